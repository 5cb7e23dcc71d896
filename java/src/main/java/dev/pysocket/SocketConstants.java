package dev.pysocket;

import dev.pysocket.internal.Os;

/**
 * SocketConstants: the rest of Python's Linux {@code socket} constants (docs/python-semantics.md §1.4),
 * beyond the everyday ones {@link Sockets} declares itself. {@link Sockets} implements this
 * interface, so {@code import static dev.pysocket.Sockets.*;} brings in every constant, as
 * {@code from socket import *} does.
 *
 * <p>Values are the running platform's, read at load from the C headers (native library) or
 * from the Linux table (jdk backend without the library). A name the platform lacks holds
 * {@code Integer.MIN_VALUE} ({@code Long.MIN_VALUE} for the long ones) and
 * {@link Sockets#has(String)} answers false for it.
 *
 * <p>Deviation: the nine constants whose value exceeds 2^31-1 (INADDR_BROADCAST,
 * INADDR_NONE, INADDR_ALLHOSTS_GROUP, INADDR_MAX_LOCAL_GROUP, INADDR_UNSPEC_GROUP,
 * CAN_EFF_FLAG, VMADDR_CID_ANY, VMADDR_PORT_ANY, VM_SOCKETS_INVALID_VERSION) are
 * {@code long}, so that they hold Python's value (4294967295, not -1) and pass
 * {@link Sockets#htonl(long)}.
 */
public interface SocketConstants {
    // BEGIN generated constants: from native/constants.list by python3 tools/gen_constants.py; do not edit by hand
    // errno: the errors sockets raise (socket re-exports EAGAIN, EBADF and EWOULDBLOCK)
    /** EBADF: Python's {@code socket.EBADF} (Linux x86_64: 9). */
    int EBADF = Os.EBADF;
    /** EAGAIN: Python's {@code socket.EAGAIN} (Linux x86_64: 11). */
    int EAGAIN = Os.EAGAIN;
    /** EWOULDBLOCK: Python's {@code socket.EWOULDBLOCK} (Linux x86_64: 11). */
    int EWOULDBLOCK = Os.EWOULDBLOCK;

    // AF_*: address families (Python's AddressFamily)
    /** AF_ALG: Python's {@code socket.AF_ALG} (Linux x86_64: 38). */
    int AF_ALG = Os.AF_ALG;
    /** AF_APPLETALK: Python's {@code socket.AF_APPLETALK} (Linux x86_64: 5). */
    int AF_APPLETALK = Os.AF_APPLETALK;
    /** AF_ASH: Python's {@code socket.AF_ASH} (Linux x86_64: 18). */
    int AF_ASH = Os.AF_ASH;
    /** AF_ATMPVC: Python's {@code socket.AF_ATMPVC} (Linux x86_64: 8). */
    int AF_ATMPVC = Os.AF_ATMPVC;
    /** AF_ATMSVC: Python's {@code socket.AF_ATMSVC} (Linux x86_64: 20). */
    int AF_ATMSVC = Os.AF_ATMSVC;
    /** AF_AX25: Python's {@code socket.AF_AX25} (Linux x86_64: 3). */
    int AF_AX25 = Os.AF_AX25;
    /** AF_BRIDGE: Python's {@code socket.AF_BRIDGE} (Linux x86_64: 7). */
    int AF_BRIDGE = Os.AF_BRIDGE;
    /** AF_CAN: Python's {@code socket.AF_CAN} (Linux x86_64: 29). */
    int AF_CAN = Os.AF_CAN;
    /** AF_ECONET: Python's {@code socket.AF_ECONET} (Linux x86_64: 19). */
    int AF_ECONET = Os.AF_ECONET;
    /** AF_IPX: Python's {@code socket.AF_IPX} (Linux x86_64: 4). */
    int AF_IPX = Os.AF_IPX;
    /** AF_IRDA: Python's {@code socket.AF_IRDA} (Linux x86_64: 23). */
    int AF_IRDA = Os.AF_IRDA;
    /** AF_KEY: Python's {@code socket.AF_KEY} (Linux x86_64: 15). */
    int AF_KEY = Os.AF_KEY;
    /** AF_LLC: Python's {@code socket.AF_LLC} (Linux x86_64: 26). */
    int AF_LLC = Os.AF_LLC;
    /** AF_NETBEUI: Python's {@code socket.AF_NETBEUI} (Linux x86_64: 13). */
    int AF_NETBEUI = Os.AF_NETBEUI;
    /** AF_NETLINK: Python's {@code socket.AF_NETLINK} (Linux x86_64: 16). */
    int AF_NETLINK = Os.AF_NETLINK;
    /** AF_NETROM: Python's {@code socket.AF_NETROM} (Linux x86_64: 6). */
    int AF_NETROM = Os.AF_NETROM;
    /** AF_PACKET: Python's {@code socket.AF_PACKET} (Linux x86_64: 17). */
    int AF_PACKET = Os.AF_PACKET;
    /** AF_PPPOX: Python's {@code socket.AF_PPPOX} (Linux x86_64: 24). */
    int AF_PPPOX = Os.AF_PPPOX;
    /** AF_QIPCRTR: Python's {@code socket.AF_QIPCRTR} (Linux x86_64: 42). */
    int AF_QIPCRTR = Os.AF_QIPCRTR;
    /** AF_RDS: Python's {@code socket.AF_RDS} (Linux x86_64: 21). */
    int AF_RDS = Os.AF_RDS;
    /** AF_ROSE: Python's {@code socket.AF_ROSE} (Linux x86_64: 11). */
    int AF_ROSE = Os.AF_ROSE;
    /** AF_ROUTE: Python's {@code socket.AF_ROUTE} (Linux x86_64: 16). */
    int AF_ROUTE = Os.AF_ROUTE;
    /** AF_SECURITY: Python's {@code socket.AF_SECURITY} (Linux x86_64: 14). */
    int AF_SECURITY = Os.AF_SECURITY;
    /** AF_SNA: Python's {@code socket.AF_SNA} (Linux x86_64: 22). */
    int AF_SNA = Os.AF_SNA;
    /** AF_TIPC: Python's {@code socket.AF_TIPC} (Linux x86_64: 30). */
    int AF_TIPC = Os.AF_TIPC;
    /** AF_VSOCK: Python's {@code socket.AF_VSOCK} (Linux x86_64: 40). */
    int AF_VSOCK = Os.AF_VSOCK;
    /** AF_WANPIPE: Python's {@code socket.AF_WANPIPE} (Linux x86_64: 25). */
    int AF_WANPIPE = Os.AF_WANPIPE;
    /** AF_X25: Python's {@code socket.AF_X25} (Linux x86_64: 9). */
    int AF_X25 = Os.AF_X25;

    // PF_*: protocol-family aliases
    /** PF_CAN: Python's {@code socket.PF_CAN} (Linux x86_64: 29). */
    int PF_CAN = Os.PF_CAN;
    /** PF_PACKET: Python's {@code socket.PF_PACKET} (Linux x86_64: 17). */
    int PF_PACKET = Os.PF_PACKET;
    /** PF_RDS: Python's {@code socket.PF_RDS} (Linux x86_64: 21). */
    int PF_RDS = Os.PF_RDS;

    // SOCK_*: socket types (SocketKind)
    /** SOCK_RDM: Python's {@code socket.SOCK_RDM} (Linux x86_64: 4). */
    int SOCK_RDM = Os.SOCK_RDM;

    // SOL_*: option levels
    /** SOL_ALG: Python's {@code socket.SOL_ALG} (Linux x86_64: 279). */
    int SOL_ALG = Os.SOL_ALG;
    /** SOL_CAN_BASE: Python's {@code socket.SOL_CAN_BASE} (Linux x86_64: 100). */
    int SOL_CAN_BASE = Os.SOL_CAN_BASE;
    /** SOL_CAN_RAW: Python's {@code socket.SOL_CAN_RAW} (Linux x86_64: 101). */
    int SOL_CAN_RAW = Os.SOL_CAN_RAW;
    /** SOL_IP: Python's {@code socket.SOL_IP} (Linux x86_64: 0). */
    int SOL_IP = Os.SOL_IP;
    /** SOL_RDS: Python's {@code socket.SOL_RDS} (Linux x86_64: 276). */
    int SOL_RDS = Os.SOL_RDS;
    /** SOL_TCP: Python's {@code socket.SOL_TCP} (Linux x86_64: 6). */
    int SOL_TCP = Os.SOL_TCP;
    /** SOL_TIPC: Python's {@code socket.SOL_TIPC} (Linux x86_64: 271). */
    int SOL_TIPC = Os.SOL_TIPC;
    /** SOL_UDP: Python's {@code socket.SOL_UDP} (Linux x86_64: 17). */
    int SOL_UDP = Os.SOL_UDP;

    // SO_*: socket-level options (SOL_SOCKET)
    /** SO_BINDTODEVICE: Python's {@code socket.SO_BINDTODEVICE} (Linux x86_64: 25). */
    int SO_BINDTODEVICE = Os.SO_BINDTODEVICE;
    /** SO_DEBUG: Python's {@code socket.SO_DEBUG} (Linux x86_64: 1). */
    int SO_DEBUG = Os.SO_DEBUG;
    /** SO_DONTROUTE: Python's {@code socket.SO_DONTROUTE} (Linux x86_64: 5). */
    int SO_DONTROUTE = Os.SO_DONTROUTE;
    /** SO_INCOMING_CPU: Python's {@code socket.SO_INCOMING_CPU} (Linux x86_64: 49). */
    int SO_INCOMING_CPU = Os.SO_INCOMING_CPU;
    /** SO_J1939_ERRQUEUE: Python's {@code socket.SO_J1939_ERRQUEUE} (Linux x86_64: 4). */
    int SO_J1939_ERRQUEUE = Os.SO_J1939_ERRQUEUE;
    /** SO_J1939_FILTER: Python's {@code socket.SO_J1939_FILTER} (Linux x86_64: 1). */
    int SO_J1939_FILTER = Os.SO_J1939_FILTER;
    /** SO_J1939_PROMISC: Python's {@code socket.SO_J1939_PROMISC} (Linux x86_64: 2). */
    int SO_J1939_PROMISC = Os.SO_J1939_PROMISC;
    /** SO_J1939_SEND_PRIO: Python's {@code socket.SO_J1939_SEND_PRIO} (Linux x86_64: 3). */
    int SO_J1939_SEND_PRIO = Os.SO_J1939_SEND_PRIO;
    /** SO_MARK: Python's {@code socket.SO_MARK} (Linux x86_64: 36). */
    int SO_MARK = Os.SO_MARK;
    /** SO_PASSCRED: Python's {@code socket.SO_PASSCRED} (Linux x86_64: 16). */
    int SO_PASSCRED = Os.SO_PASSCRED;
    /** SO_PASSSEC: Python's {@code socket.SO_PASSSEC} (Linux x86_64: 34). */
    int SO_PASSSEC = Os.SO_PASSSEC;
    /** SO_PEERSEC: Python's {@code socket.SO_PEERSEC} (Linux x86_64: 31). */
    int SO_PEERSEC = Os.SO_PEERSEC;
    /** SO_PRIORITY: Python's {@code socket.SO_PRIORITY} (Linux x86_64: 12). */
    int SO_PRIORITY = Os.SO_PRIORITY;
    /** SO_VM_SOCKETS_BUFFER_MAX_SIZE: Python's {@code socket.SO_VM_SOCKETS_BUFFER_MAX_SIZE} (Linux x86_64: 2). */
    int SO_VM_SOCKETS_BUFFER_MAX_SIZE = Os.SO_VM_SOCKETS_BUFFER_MAX_SIZE;
    /** SO_VM_SOCKETS_BUFFER_MIN_SIZE: Python's {@code socket.SO_VM_SOCKETS_BUFFER_MIN_SIZE} (Linux x86_64: 1). */
    int SO_VM_SOCKETS_BUFFER_MIN_SIZE = Os.SO_VM_SOCKETS_BUFFER_MIN_SIZE;
    /** SO_VM_SOCKETS_BUFFER_SIZE: Python's {@code socket.SO_VM_SOCKETS_BUFFER_SIZE} (Linux x86_64: 0). */
    int SO_VM_SOCKETS_BUFFER_SIZE = Os.SO_VM_SOCKETS_BUFFER_SIZE;

    // SCM_*: ancillary message types
    /** SCM_CREDENTIALS: Python's {@code socket.SCM_CREDENTIALS} (Linux x86_64: 2). */
    int SCM_CREDENTIALS = Os.SCM_CREDENTIALS;
    /** SCM_J1939_DEST_ADDR: Python's {@code socket.SCM_J1939_DEST_ADDR} (Linux x86_64: 1). */
    int SCM_J1939_DEST_ADDR = Os.SCM_J1939_DEST_ADDR;
    /** SCM_J1939_DEST_NAME: Python's {@code socket.SCM_J1939_DEST_NAME} (Linux x86_64: 2). */
    int SCM_J1939_DEST_NAME = Os.SCM_J1939_DEST_NAME;
    /** SCM_J1939_ERRQUEUE: Python's {@code socket.SCM_J1939_ERRQUEUE} (Linux x86_64: 4). */
    int SCM_J1939_ERRQUEUE = Os.SCM_J1939_ERRQUEUE;
    /** SCM_J1939_PRIO: Python's {@code socket.SCM_J1939_PRIO} (Linux x86_64: 3). */
    int SCM_J1939_PRIO = Os.SCM_J1939_PRIO;

    // IPPROTO_*: IP protocol numbers
    /** IPPROTO_AH: Python's {@code socket.IPPROTO_AH} (Linux x86_64: 51). */
    int IPPROTO_AH = Os.IPPROTO_AH;
    /** IPPROTO_DSTOPTS: Python's {@code socket.IPPROTO_DSTOPTS} (Linux x86_64: 60). */
    int IPPROTO_DSTOPTS = Os.IPPROTO_DSTOPTS;
    /** IPPROTO_EGP: Python's {@code socket.IPPROTO_EGP} (Linux x86_64: 8). */
    int IPPROTO_EGP = Os.IPPROTO_EGP;
    /** IPPROTO_ESP: Python's {@code socket.IPPROTO_ESP} (Linux x86_64: 50). */
    int IPPROTO_ESP = Os.IPPROTO_ESP;
    /** IPPROTO_FRAGMENT: Python's {@code socket.IPPROTO_FRAGMENT} (Linux x86_64: 44). */
    int IPPROTO_FRAGMENT = Os.IPPROTO_FRAGMENT;
    /** IPPROTO_GRE: Python's {@code socket.IPPROTO_GRE} (Linux x86_64: 47). */
    int IPPROTO_GRE = Os.IPPROTO_GRE;
    /** IPPROTO_HOPOPTS: Python's {@code socket.IPPROTO_HOPOPTS} (Linux x86_64: 0). */
    int IPPROTO_HOPOPTS = Os.IPPROTO_HOPOPTS;
    /** IPPROTO_ICMP: Python's {@code socket.IPPROTO_ICMP} (Linux x86_64: 1). */
    int IPPROTO_ICMP = Os.IPPROTO_ICMP;
    /** IPPROTO_ICMPV6: Python's {@code socket.IPPROTO_ICMPV6} (Linux x86_64: 58). */
    int IPPROTO_ICMPV6 = Os.IPPROTO_ICMPV6;
    /** IPPROTO_IDP: Python's {@code socket.IPPROTO_IDP} (Linux x86_64: 22). */
    int IPPROTO_IDP = Os.IPPROTO_IDP;
    /** IPPROTO_IGMP: Python's {@code socket.IPPROTO_IGMP} (Linux x86_64: 2). */
    int IPPROTO_IGMP = Os.IPPROTO_IGMP;
    /** IPPROTO_IPIP: Python's {@code socket.IPPROTO_IPIP} (Linux x86_64: 4). */
    int IPPROTO_IPIP = Os.IPPROTO_IPIP;
    /** IPPROTO_MPTCP: Python's {@code socket.IPPROTO_MPTCP} (Linux x86_64: 262). */
    int IPPROTO_MPTCP = Os.IPPROTO_MPTCP;
    /** IPPROTO_NONE: Python's {@code socket.IPPROTO_NONE} (Linux x86_64: 59). */
    int IPPROTO_NONE = Os.IPPROTO_NONE;
    /** IPPROTO_PIM: Python's {@code socket.IPPROTO_PIM} (Linux x86_64: 103). */
    int IPPROTO_PIM = Os.IPPROTO_PIM;
    /** IPPROTO_PUP: Python's {@code socket.IPPROTO_PUP} (Linux x86_64: 12). */
    int IPPROTO_PUP = Os.IPPROTO_PUP;
    /** IPPROTO_RAW: Python's {@code socket.IPPROTO_RAW} (Linux x86_64: 255). */
    int IPPROTO_RAW = Os.IPPROTO_RAW;
    /** IPPROTO_ROUTING: Python's {@code socket.IPPROTO_ROUTING} (Linux x86_64: 43). */
    int IPPROTO_ROUTING = Os.IPPROTO_ROUTING;
    /** IPPROTO_RSVP: Python's {@code socket.IPPROTO_RSVP} (Linux x86_64: 46). */
    int IPPROTO_RSVP = Os.IPPROTO_RSVP;
    /** IPPROTO_SCTP: Python's {@code socket.IPPROTO_SCTP} (Linux x86_64: 132). */
    int IPPROTO_SCTP = Os.IPPROTO_SCTP;
    /** IPPROTO_TP: Python's {@code socket.IPPROTO_TP} (Linux x86_64: 29). */
    int IPPROTO_TP = Os.IPPROTO_TP;
    /** IPPROTO_UDPLITE: Python's {@code socket.IPPROTO_UDPLITE} (Linux x86_64: 136). */
    int IPPROTO_UDPLITE = Os.IPPROTO_UDPLITE;

    // IPPORT_*: reserved port bounds
    /** IPPORT_RESERVED: Python's {@code socket.IPPORT_RESERVED} (Linux x86_64: 1024). */
    int IPPORT_RESERVED = Os.IPPORT_RESERVED;
    /** IPPORT_USERRESERVED: Python's {@code socket.IPPORT_USERRESERVED} (Linux x86_64: 5000). */
    int IPPORT_USERRESERVED = Os.IPPORT_USERRESERVED;

    // INADDR_*: IPv4 addresses, host order
    /** INADDR_ALLHOSTS_GROUP: Python's {@code socket.INADDR_ALLHOSTS_GROUP} (Linux x86_64: 3758096385). */
    long INADDR_ALLHOSTS_GROUP = Os.INADDR_ALLHOSTS_GROUP;
    /** INADDR_ANY: Python's {@code socket.INADDR_ANY} (Linux x86_64: 0). */
    int INADDR_ANY = Os.INADDR_ANY;
    /** INADDR_BROADCAST: Python's {@code socket.INADDR_BROADCAST} (Linux x86_64: 4294967295). */
    long INADDR_BROADCAST = Os.INADDR_BROADCAST;
    /** INADDR_LOOPBACK: Python's {@code socket.INADDR_LOOPBACK} (Linux x86_64: 2130706433). */
    int INADDR_LOOPBACK = Os.INADDR_LOOPBACK;
    /** INADDR_MAX_LOCAL_GROUP: Python's {@code socket.INADDR_MAX_LOCAL_GROUP} (Linux x86_64: 3758096639). */
    long INADDR_MAX_LOCAL_GROUP = Os.INADDR_MAX_LOCAL_GROUP;
    /** INADDR_NONE: Python's {@code socket.INADDR_NONE} (Linux x86_64: 4294967295). */
    long INADDR_NONE = Os.INADDR_NONE;
    /** INADDR_UNSPEC_GROUP: Python's {@code socket.INADDR_UNSPEC_GROUP} (Linux x86_64: 3758096384). */
    long INADDR_UNSPEC_GROUP = Os.INADDR_UNSPEC_GROUP;

    // IP_*: IPPROTO_IP options
    /** IP_BIND_ADDRESS_NO_PORT: Python's {@code socket.IP_BIND_ADDRESS_NO_PORT} (Linux x86_64: 24). */
    int IP_BIND_ADDRESS_NO_PORT = Os.IP_BIND_ADDRESS_NO_PORT;
    /** IP_DEFAULT_MULTICAST_LOOP: Python's {@code socket.IP_DEFAULT_MULTICAST_LOOP} (Linux x86_64: 1). */
    int IP_DEFAULT_MULTICAST_LOOP = Os.IP_DEFAULT_MULTICAST_LOOP;
    /** IP_DEFAULT_MULTICAST_TTL: Python's {@code socket.IP_DEFAULT_MULTICAST_TTL} (Linux x86_64: 1). */
    int IP_DEFAULT_MULTICAST_TTL = Os.IP_DEFAULT_MULTICAST_TTL;
    /** IP_HDRINCL: Python's {@code socket.IP_HDRINCL} (Linux x86_64: 3). */
    int IP_HDRINCL = Os.IP_HDRINCL;
    /** IP_MAX_MEMBERSHIPS: Python's {@code socket.IP_MAX_MEMBERSHIPS} (Linux x86_64: 20). */
    int IP_MAX_MEMBERSHIPS = Os.IP_MAX_MEMBERSHIPS;
    /** IP_MULTICAST_IF: Python's {@code socket.IP_MULTICAST_IF} (Linux x86_64: 32). */
    int IP_MULTICAST_IF = Os.IP_MULTICAST_IF;
    /** IP_OPTIONS: Python's {@code socket.IP_OPTIONS} (Linux x86_64: 4). */
    int IP_OPTIONS = Os.IP_OPTIONS;
    /** IP_RECVOPTS: Python's {@code socket.IP_RECVOPTS} (Linux x86_64: 6). */
    int IP_RECVOPTS = Os.IP_RECVOPTS;
    /** IP_RECVRETOPTS: Python's {@code socket.IP_RECVRETOPTS} (Linux x86_64: 7). */
    int IP_RECVRETOPTS = Os.IP_RECVRETOPTS;
    /** IP_RECVTOS: Python's {@code socket.IP_RECVTOS} (Linux x86_64: 13). */
    int IP_RECVTOS = Os.IP_RECVTOS;
    /** IP_RETOPTS: Python's {@code socket.IP_RETOPTS} (Linux x86_64: 7). */
    int IP_RETOPTS = Os.IP_RETOPTS;
    /** IP_TRANSPARENT: Python's {@code socket.IP_TRANSPARENT} (Linux x86_64: 19). */
    int IP_TRANSPARENT = Os.IP_TRANSPARENT;

    // IPV6_*: IPPROTO_IPV6 options
    /** IPV6_CHECKSUM: Python's {@code socket.IPV6_CHECKSUM} (Linux x86_64: 7). */
    int IPV6_CHECKSUM = Os.IPV6_CHECKSUM;
    /** IPV6_DONTFRAG: Python's {@code socket.IPV6_DONTFRAG} (Linux x86_64: 62). */
    int IPV6_DONTFRAG = Os.IPV6_DONTFRAG;
    /** IPV6_DSTOPTS: Python's {@code socket.IPV6_DSTOPTS} (Linux x86_64: 59). */
    int IPV6_DSTOPTS = Os.IPV6_DSTOPTS;
    /** IPV6_HOPLIMIT: Python's {@code socket.IPV6_HOPLIMIT} (Linux x86_64: 52). */
    int IPV6_HOPLIMIT = Os.IPV6_HOPLIMIT;
    /** IPV6_HOPOPTS: Python's {@code socket.IPV6_HOPOPTS} (Linux x86_64: 54). */
    int IPV6_HOPOPTS = Os.IPV6_HOPOPTS;
    /** IPV6_JOIN_GROUP: Python's {@code socket.IPV6_JOIN_GROUP} (Linux x86_64: 20). */
    int IPV6_JOIN_GROUP = Os.IPV6_JOIN_GROUP;
    /** IPV6_LEAVE_GROUP: Python's {@code socket.IPV6_LEAVE_GROUP} (Linux x86_64: 21). */
    int IPV6_LEAVE_GROUP = Os.IPV6_LEAVE_GROUP;
    /** IPV6_MULTICAST_HOPS: Python's {@code socket.IPV6_MULTICAST_HOPS} (Linux x86_64: 18). */
    int IPV6_MULTICAST_HOPS = Os.IPV6_MULTICAST_HOPS;
    /** IPV6_MULTICAST_IF: Python's {@code socket.IPV6_MULTICAST_IF} (Linux x86_64: 17). */
    int IPV6_MULTICAST_IF = Os.IPV6_MULTICAST_IF;
    /** IPV6_MULTICAST_LOOP: Python's {@code socket.IPV6_MULTICAST_LOOP} (Linux x86_64: 19). */
    int IPV6_MULTICAST_LOOP = Os.IPV6_MULTICAST_LOOP;
    /** IPV6_NEXTHOP: Python's {@code socket.IPV6_NEXTHOP} (Linux x86_64: 9). */
    int IPV6_NEXTHOP = Os.IPV6_NEXTHOP;
    /** IPV6_PATHMTU: Python's {@code socket.IPV6_PATHMTU} (Linux x86_64: 61). */
    int IPV6_PATHMTU = Os.IPV6_PATHMTU;
    /** IPV6_PKTINFO: Python's {@code socket.IPV6_PKTINFO} (Linux x86_64: 50). */
    int IPV6_PKTINFO = Os.IPV6_PKTINFO;
    /** IPV6_RECVDSTOPTS: Python's {@code socket.IPV6_RECVDSTOPTS} (Linux x86_64: 58). */
    int IPV6_RECVDSTOPTS = Os.IPV6_RECVDSTOPTS;
    /** IPV6_RECVHOPLIMIT: Python's {@code socket.IPV6_RECVHOPLIMIT} (Linux x86_64: 51). */
    int IPV6_RECVHOPLIMIT = Os.IPV6_RECVHOPLIMIT;
    /** IPV6_RECVHOPOPTS: Python's {@code socket.IPV6_RECVHOPOPTS} (Linux x86_64: 53). */
    int IPV6_RECVHOPOPTS = Os.IPV6_RECVHOPOPTS;
    /** IPV6_RECVPATHMTU: Python's {@code socket.IPV6_RECVPATHMTU} (Linux x86_64: 60). */
    int IPV6_RECVPATHMTU = Os.IPV6_RECVPATHMTU;
    /** IPV6_RECVPKTINFO: Python's {@code socket.IPV6_RECVPKTINFO} (Linux x86_64: 49). */
    int IPV6_RECVPKTINFO = Os.IPV6_RECVPKTINFO;
    /** IPV6_RECVRTHDR: Python's {@code socket.IPV6_RECVRTHDR} (Linux x86_64: 56). */
    int IPV6_RECVRTHDR = Os.IPV6_RECVRTHDR;
    /** IPV6_RECVTCLASS: Python's {@code socket.IPV6_RECVTCLASS} (Linux x86_64: 66). */
    int IPV6_RECVTCLASS = Os.IPV6_RECVTCLASS;
    /** IPV6_RTHDR: Python's {@code socket.IPV6_RTHDR} (Linux x86_64: 57). */
    int IPV6_RTHDR = Os.IPV6_RTHDR;
    /** IPV6_RTHDRDSTOPTS: Python's {@code socket.IPV6_RTHDRDSTOPTS} (Linux x86_64: 55). */
    int IPV6_RTHDRDSTOPTS = Os.IPV6_RTHDRDSTOPTS;
    /** IPV6_RTHDR_TYPE_0: Python's {@code socket.IPV6_RTHDR_TYPE_0} (Linux x86_64: 0). */
    int IPV6_RTHDR_TYPE_0 = Os.IPV6_RTHDR_TYPE_0;
    /** IPV6_TCLASS: Python's {@code socket.IPV6_TCLASS} (Linux x86_64: 67). */
    int IPV6_TCLASS = Os.IPV6_TCLASS;
    /** IPV6_UNICAST_HOPS: Python's {@code socket.IPV6_UNICAST_HOPS} (Linux x86_64: 16). */
    int IPV6_UNICAST_HOPS = Os.IPV6_UNICAST_HOPS;

    // TCP_*: IPPROTO_TCP options
    /** TCP_CONGESTION: Python's {@code socket.TCP_CONGESTION} (Linux x86_64: 13). */
    int TCP_CONGESTION = Os.TCP_CONGESTION;
    /** TCP_CORK: Python's {@code socket.TCP_CORK} (Linux x86_64: 3). */
    int TCP_CORK = Os.TCP_CORK;
    /** TCP_DEFER_ACCEPT: Python's {@code socket.TCP_DEFER_ACCEPT} (Linux x86_64: 9). */
    int TCP_DEFER_ACCEPT = Os.TCP_DEFER_ACCEPT;
    /** TCP_FASTOPEN: Python's {@code socket.TCP_FASTOPEN} (Linux x86_64: 23). */
    int TCP_FASTOPEN = Os.TCP_FASTOPEN;
    /** TCP_LINGER2: Python's {@code socket.TCP_LINGER2} (Linux x86_64: 8). */
    int TCP_LINGER2 = Os.TCP_LINGER2;
    /** TCP_NOTSENT_LOWAT: Python's {@code socket.TCP_NOTSENT_LOWAT} (Linux x86_64: 25). */
    int TCP_NOTSENT_LOWAT = Os.TCP_NOTSENT_LOWAT;
    /** TCP_SYNCNT: Python's {@code socket.TCP_SYNCNT} (Linux x86_64: 7). */
    int TCP_SYNCNT = Os.TCP_SYNCNT;
    /** TCP_USER_TIMEOUT: Python's {@code socket.TCP_USER_TIMEOUT} (Linux x86_64: 18). */
    int TCP_USER_TIMEOUT = Os.TCP_USER_TIMEOUT;
    /** TCP_WINDOW_CLAMP: Python's {@code socket.TCP_WINDOW_CLAMP} (Linux x86_64: 10). */
    int TCP_WINDOW_CLAMP = Os.TCP_WINDOW_CLAMP;

    // UDPLITE_*: UDP-Lite options
    /** UDPLITE_RECV_CSCOV: Python's {@code socket.UDPLITE_RECV_CSCOV} (Linux x86_64: 11). */
    int UDPLITE_RECV_CSCOV = Os.UDPLITE_RECV_CSCOV;
    /** UDPLITE_SEND_CSCOV: Python's {@code socket.UDPLITE_SEND_CSCOV} (Linux x86_64: 10). */
    int UDPLITE_SEND_CSCOV = Os.UDPLITE_SEND_CSCOV;

    // MSG_*: send/recv flags (MsgFlag)
    /** MSG_CMSG_CLOEXEC: Python's {@code socket.MSG_CMSG_CLOEXEC} (Linux x86_64: 1073741824). */
    int MSG_CMSG_CLOEXEC = Os.MSG_CMSG_CLOEXEC;
    /** MSG_CONFIRM: Python's {@code socket.MSG_CONFIRM} (Linux x86_64: 2048). */
    int MSG_CONFIRM = Os.MSG_CONFIRM;
    /** MSG_ERRQUEUE: Python's {@code socket.MSG_ERRQUEUE} (Linux x86_64: 8192). */
    int MSG_ERRQUEUE = Os.MSG_ERRQUEUE;
    /** MSG_FASTOPEN: Python's {@code socket.MSG_FASTOPEN} (Linux x86_64: 536870912). */
    int MSG_FASTOPEN = Os.MSG_FASTOPEN;
    /** MSG_MORE: Python's {@code socket.MSG_MORE} (Linux x86_64: 32768). */
    int MSG_MORE = Os.MSG_MORE;

    // AI_*: getaddrinfo flags (AddressInfo)
    /** AI_ADDRCONFIG: Python's {@code socket.AI_ADDRCONFIG} (Linux x86_64: 32). */
    int AI_ADDRCONFIG = Os.AI_ADDRCONFIG;
    /** AI_ALL: Python's {@code socket.AI_ALL} (Linux x86_64: 16). */
    int AI_ALL = Os.AI_ALL;
    /** AI_V4MAPPED: Python's {@code socket.AI_V4MAPPED} (Linux x86_64: 8). */
    int AI_V4MAPPED = Os.AI_V4MAPPED;

    // NI_*: getnameinfo flags and buffer sizes
    /** NI_DGRAM: Python's {@code socket.NI_DGRAM} (Linux x86_64: 16). */
    int NI_DGRAM = Os.NI_DGRAM;
    /** NI_MAXHOST: Python's {@code socket.NI_MAXHOST} (Linux x86_64: 1025). */
    int NI_MAXHOST = Os.NI_MAXHOST;
    /** NI_MAXSERV: Python's {@code socket.NI_MAXSERV} (Linux x86_64: 32). */
    int NI_MAXSERV = Os.NI_MAXSERV;
    /** NI_NOFQDN: Python's {@code socket.NI_NOFQDN} (Linux x86_64: 4). */
    int NI_NOFQDN = Os.NI_NOFQDN;

    // EAI_*: getaddrinfo error codes (GaiError.errno())
    /** EAI_ADDRFAMILY: Python's {@code socket.EAI_ADDRFAMILY} (Linux x86_64: -9). */
    int EAI_ADDRFAMILY = Os.EAI_ADDRFAMILY;
    /** EAI_AGAIN: Python's {@code socket.EAI_AGAIN} (Linux x86_64: -3). */
    int EAI_AGAIN = Os.EAI_AGAIN;
    /** EAI_BADFLAGS: Python's {@code socket.EAI_BADFLAGS} (Linux x86_64: -1). */
    int EAI_BADFLAGS = Os.EAI_BADFLAGS;
    /** EAI_FAIL: Python's {@code socket.EAI_FAIL} (Linux x86_64: -4). */
    int EAI_FAIL = Os.EAI_FAIL;
    /** EAI_FAMILY: Python's {@code socket.EAI_FAMILY} (Linux x86_64: -6). */
    int EAI_FAMILY = Os.EAI_FAMILY;
    /** EAI_MEMORY: Python's {@code socket.EAI_MEMORY} (Linux x86_64: -10). */
    int EAI_MEMORY = Os.EAI_MEMORY;
    /** EAI_NODATA: Python's {@code socket.EAI_NODATA} (Linux x86_64: -5). */
    int EAI_NODATA = Os.EAI_NODATA;
    /** EAI_NONAME: Python's {@code socket.EAI_NONAME} (Linux x86_64: -2). */
    int EAI_NONAME = Os.EAI_NONAME;
    /** EAI_OVERFLOW: Python's {@code socket.EAI_OVERFLOW} (Linux x86_64: -12). */
    int EAI_OVERFLOW = Os.EAI_OVERFLOW;
    /** EAI_SERVICE: Python's {@code socket.EAI_SERVICE} (Linux x86_64: -8). */
    int EAI_SERVICE = Os.EAI_SERVICE;
    /** EAI_SOCKTYPE: Python's {@code socket.EAI_SOCKTYPE} (Linux x86_64: -7). */
    int EAI_SOCKTYPE = Os.EAI_SOCKTYPE;
    /** EAI_SYSTEM: Python's {@code socket.EAI_SYSTEM} (Linux x86_64: -11). */
    int EAI_SYSTEM = Os.EAI_SYSTEM;

    // ALG_*: AF_ALG (kernel crypto)
    /** ALG_OP_DECRYPT: Python's {@code socket.ALG_OP_DECRYPT} (Linux x86_64: 0). */
    int ALG_OP_DECRYPT = Os.ALG_OP_DECRYPT;
    /** ALG_OP_ENCRYPT: Python's {@code socket.ALG_OP_ENCRYPT} (Linux x86_64: 1). */
    int ALG_OP_ENCRYPT = Os.ALG_OP_ENCRYPT;
    /** ALG_OP_SIGN: Python's {@code socket.ALG_OP_SIGN} (Linux x86_64: 2). */
    int ALG_OP_SIGN = Os.ALG_OP_SIGN;
    /** ALG_OP_VERIFY: Python's {@code socket.ALG_OP_VERIFY} (Linux x86_64: 3). */
    int ALG_OP_VERIFY = Os.ALG_OP_VERIFY;
    /** ALG_SET_AEAD_ASSOCLEN: Python's {@code socket.ALG_SET_AEAD_ASSOCLEN} (Linux x86_64: 4). */
    int ALG_SET_AEAD_ASSOCLEN = Os.ALG_SET_AEAD_ASSOCLEN;
    /** ALG_SET_AEAD_AUTHSIZE: Python's {@code socket.ALG_SET_AEAD_AUTHSIZE} (Linux x86_64: 5). */
    int ALG_SET_AEAD_AUTHSIZE = Os.ALG_SET_AEAD_AUTHSIZE;
    /** ALG_SET_IV: Python's {@code socket.ALG_SET_IV} (Linux x86_64: 2). */
    int ALG_SET_IV = Os.ALG_SET_IV;
    /** ALG_SET_KEY: Python's {@code socket.ALG_SET_KEY} (Linux x86_64: 1). */
    int ALG_SET_KEY = Os.ALG_SET_KEY;
    /** ALG_SET_OP: Python's {@code socket.ALG_SET_OP} (Linux x86_64: 3). */
    int ALG_SET_OP = Os.ALG_SET_OP;
    /** ALG_SET_PUBKEY: Python's {@code socket.ALG_SET_PUBKEY} (Linux x86_64: 6). */
    int ALG_SET_PUBKEY = Os.ALG_SET_PUBKEY;

    // CAN_*: AF_CAN (raw, BCM, ISO-TP, J1939)
    /** CAN_BCM: Python's {@code socket.CAN_BCM} (Linux x86_64: 2). */
    int CAN_BCM = Os.CAN_BCM;
    /** CAN_BCM_CAN_FD_FRAME: Python's {@code socket.CAN_BCM_CAN_FD_FRAME} (Linux x86_64: 2048). */
    int CAN_BCM_CAN_FD_FRAME = Os.CAN_BCM_CAN_FD_FRAME;
    /** CAN_BCM_RX_ANNOUNCE_RESUME: Python's {@code socket.CAN_BCM_RX_ANNOUNCE_RESUME} (Linux x86_64: 256). */
    int CAN_BCM_RX_ANNOUNCE_RESUME = Os.CAN_BCM_RX_ANNOUNCE_RESUME;
    /** CAN_BCM_RX_CHANGED: Python's {@code socket.CAN_BCM_RX_CHANGED} (Linux x86_64: 12). */
    int CAN_BCM_RX_CHANGED = Os.CAN_BCM_RX_CHANGED;
    /** CAN_BCM_RX_CHECK_DLC: Python's {@code socket.CAN_BCM_RX_CHECK_DLC} (Linux x86_64: 64). */
    int CAN_BCM_RX_CHECK_DLC = Os.CAN_BCM_RX_CHECK_DLC;
    /** CAN_BCM_RX_DELETE: Python's {@code socket.CAN_BCM_RX_DELETE} (Linux x86_64: 6). */
    int CAN_BCM_RX_DELETE = Os.CAN_BCM_RX_DELETE;
    /** CAN_BCM_RX_FILTER_ID: Python's {@code socket.CAN_BCM_RX_FILTER_ID} (Linux x86_64: 32). */
    int CAN_BCM_RX_FILTER_ID = Os.CAN_BCM_RX_FILTER_ID;
    /** CAN_BCM_RX_NO_AUTOTIMER: Python's {@code socket.CAN_BCM_RX_NO_AUTOTIMER} (Linux x86_64: 128). */
    int CAN_BCM_RX_NO_AUTOTIMER = Os.CAN_BCM_RX_NO_AUTOTIMER;
    /** CAN_BCM_RX_READ: Python's {@code socket.CAN_BCM_RX_READ} (Linux x86_64: 7). */
    int CAN_BCM_RX_READ = Os.CAN_BCM_RX_READ;
    /** CAN_BCM_RX_RTR_FRAME: Python's {@code socket.CAN_BCM_RX_RTR_FRAME} (Linux x86_64: 1024). */
    int CAN_BCM_RX_RTR_FRAME = Os.CAN_BCM_RX_RTR_FRAME;
    /** CAN_BCM_RX_SETUP: Python's {@code socket.CAN_BCM_RX_SETUP} (Linux x86_64: 5). */
    int CAN_BCM_RX_SETUP = Os.CAN_BCM_RX_SETUP;
    /** CAN_BCM_RX_STATUS: Python's {@code socket.CAN_BCM_RX_STATUS} (Linux x86_64: 10). */
    int CAN_BCM_RX_STATUS = Os.CAN_BCM_RX_STATUS;
    /** CAN_BCM_RX_TIMEOUT: Python's {@code socket.CAN_BCM_RX_TIMEOUT} (Linux x86_64: 11). */
    int CAN_BCM_RX_TIMEOUT = Os.CAN_BCM_RX_TIMEOUT;
    /** CAN_BCM_SETTIMER: Python's {@code socket.CAN_BCM_SETTIMER} (Linux x86_64: 1). */
    int CAN_BCM_SETTIMER = Os.CAN_BCM_SETTIMER;
    /** CAN_BCM_STARTTIMER: Python's {@code socket.CAN_BCM_STARTTIMER} (Linux x86_64: 2). */
    int CAN_BCM_STARTTIMER = Os.CAN_BCM_STARTTIMER;
    /** CAN_BCM_TX_ANNOUNCE: Python's {@code socket.CAN_BCM_TX_ANNOUNCE} (Linux x86_64: 8). */
    int CAN_BCM_TX_ANNOUNCE = Os.CAN_BCM_TX_ANNOUNCE;
    /** CAN_BCM_TX_COUNTEVT: Python's {@code socket.CAN_BCM_TX_COUNTEVT} (Linux x86_64: 4). */
    int CAN_BCM_TX_COUNTEVT = Os.CAN_BCM_TX_COUNTEVT;
    /** CAN_BCM_TX_CP_CAN_ID: Python's {@code socket.CAN_BCM_TX_CP_CAN_ID} (Linux x86_64: 16). */
    int CAN_BCM_TX_CP_CAN_ID = Os.CAN_BCM_TX_CP_CAN_ID;
    /** CAN_BCM_TX_DELETE: Python's {@code socket.CAN_BCM_TX_DELETE} (Linux x86_64: 2). */
    int CAN_BCM_TX_DELETE = Os.CAN_BCM_TX_DELETE;
    /** CAN_BCM_TX_EXPIRED: Python's {@code socket.CAN_BCM_TX_EXPIRED} (Linux x86_64: 9). */
    int CAN_BCM_TX_EXPIRED = Os.CAN_BCM_TX_EXPIRED;
    /** CAN_BCM_TX_READ: Python's {@code socket.CAN_BCM_TX_READ} (Linux x86_64: 3). */
    int CAN_BCM_TX_READ = Os.CAN_BCM_TX_READ;
    /** CAN_BCM_TX_RESET_MULTI_IDX: Python's {@code socket.CAN_BCM_TX_RESET_MULTI_IDX} (Linux x86_64: 512). */
    int CAN_BCM_TX_RESET_MULTI_IDX = Os.CAN_BCM_TX_RESET_MULTI_IDX;
    /** CAN_BCM_TX_SEND: Python's {@code socket.CAN_BCM_TX_SEND} (Linux x86_64: 4). */
    int CAN_BCM_TX_SEND = Os.CAN_BCM_TX_SEND;
    /** CAN_BCM_TX_SETUP: Python's {@code socket.CAN_BCM_TX_SETUP} (Linux x86_64: 1). */
    int CAN_BCM_TX_SETUP = Os.CAN_BCM_TX_SETUP;
    /** CAN_BCM_TX_STATUS: Python's {@code socket.CAN_BCM_TX_STATUS} (Linux x86_64: 8). */
    int CAN_BCM_TX_STATUS = Os.CAN_BCM_TX_STATUS;
    /** CAN_EFF_FLAG: Python's {@code socket.CAN_EFF_FLAG} (Linux x86_64: 2147483648). */
    long CAN_EFF_FLAG = Os.CAN_EFF_FLAG;
    /** CAN_EFF_MASK: Python's {@code socket.CAN_EFF_MASK} (Linux x86_64: 536870911). */
    int CAN_EFF_MASK = Os.CAN_EFF_MASK;
    /** CAN_ERR_FLAG: Python's {@code socket.CAN_ERR_FLAG} (Linux x86_64: 536870912). */
    int CAN_ERR_FLAG = Os.CAN_ERR_FLAG;
    /** CAN_ERR_MASK: Python's {@code socket.CAN_ERR_MASK} (Linux x86_64: 536870911). */
    int CAN_ERR_MASK = Os.CAN_ERR_MASK;
    /** CAN_ISOTP: Python's {@code socket.CAN_ISOTP} (Linux x86_64: 6). */
    int CAN_ISOTP = Os.CAN_ISOTP;
    /** CAN_J1939: Python's {@code socket.CAN_J1939} (Linux x86_64: 7). */
    int CAN_J1939 = Os.CAN_J1939;
    /** CAN_RAW: Python's {@code socket.CAN_RAW} (Linux x86_64: 1). */
    int CAN_RAW = Os.CAN_RAW;
    /** CAN_RAW_FD_FRAMES: Python's {@code socket.CAN_RAW_FD_FRAMES} (Linux x86_64: 5). */
    int CAN_RAW_FD_FRAMES = Os.CAN_RAW_FD_FRAMES;
    /** CAN_RAW_FILTER: Python's {@code socket.CAN_RAW_FILTER} (Linux x86_64: 1). */
    int CAN_RAW_FILTER = Os.CAN_RAW_FILTER;
    /** CAN_RAW_JOIN_FILTERS: Python's {@code socket.CAN_RAW_JOIN_FILTERS} (Linux x86_64: 6). */
    int CAN_RAW_JOIN_FILTERS = Os.CAN_RAW_JOIN_FILTERS;
    /** CAN_RAW_LOOPBACK: Python's {@code socket.CAN_RAW_LOOPBACK} (Linux x86_64: 3). */
    int CAN_RAW_LOOPBACK = Os.CAN_RAW_LOOPBACK;
    /** CAN_RAW_RECV_OWN_MSGS: Python's {@code socket.CAN_RAW_RECV_OWN_MSGS} (Linux x86_64: 4). */
    int CAN_RAW_RECV_OWN_MSGS = Os.CAN_RAW_RECV_OWN_MSGS;
    /** CAN_RTR_FLAG: Python's {@code socket.CAN_RTR_FLAG} (Linux x86_64: 1073741824). */
    int CAN_RTR_FLAG = Os.CAN_RTR_FLAG;
    /** CAN_SFF_MASK: Python's {@code socket.CAN_SFF_MASK} (Linux x86_64: 2047). */
    int CAN_SFF_MASK = Os.CAN_SFF_MASK;

    // J1939_*: CAN J1939
    /** J1939_EE_INFO_NONE: Python's {@code socket.J1939_EE_INFO_NONE} (Linux x86_64: 0). */
    int J1939_EE_INFO_NONE = Os.J1939_EE_INFO_NONE;
    /** J1939_EE_INFO_TX_ABORT: Python's {@code socket.J1939_EE_INFO_TX_ABORT} (Linux x86_64: 1). */
    int J1939_EE_INFO_TX_ABORT = Os.J1939_EE_INFO_TX_ABORT;
    /** J1939_FILTER_MAX: Python's {@code socket.J1939_FILTER_MAX} (Linux x86_64: 512). */
    int J1939_FILTER_MAX = Os.J1939_FILTER_MAX;
    /** J1939_IDLE_ADDR: Python's {@code socket.J1939_IDLE_ADDR} (Linux x86_64: 254). */
    int J1939_IDLE_ADDR = Os.J1939_IDLE_ADDR;
    /** J1939_MAX_UNICAST_ADDR: Python's {@code socket.J1939_MAX_UNICAST_ADDR} (Linux x86_64: 253). */
    int J1939_MAX_UNICAST_ADDR = Os.J1939_MAX_UNICAST_ADDR;
    /** J1939_NLA_BYTES_ACKED: Python's {@code socket.J1939_NLA_BYTES_ACKED} (Linux x86_64: 1). */
    int J1939_NLA_BYTES_ACKED = Os.J1939_NLA_BYTES_ACKED;
    /** J1939_NLA_PAD: Python's {@code socket.J1939_NLA_PAD} (Linux x86_64: 0). */
    int J1939_NLA_PAD = Os.J1939_NLA_PAD;
    /** J1939_NO_ADDR: Python's {@code socket.J1939_NO_ADDR} (Linux x86_64: 255). */
    int J1939_NO_ADDR = Os.J1939_NO_ADDR;
    /** J1939_NO_NAME: Python's {@code socket.J1939_NO_NAME} (Linux x86_64: 0). */
    int J1939_NO_NAME = Os.J1939_NO_NAME;
    /** J1939_NO_PGN: Python's {@code socket.J1939_NO_PGN} (Linux x86_64: 262144). */
    int J1939_NO_PGN = Os.J1939_NO_PGN;
    /** J1939_PGN_ADDRESS_CLAIMED: Python's {@code socket.J1939_PGN_ADDRESS_CLAIMED} (Linux x86_64: 60928). */
    int J1939_PGN_ADDRESS_CLAIMED = Os.J1939_PGN_ADDRESS_CLAIMED;
    /** J1939_PGN_ADDRESS_COMMANDED: Python's {@code socket.J1939_PGN_ADDRESS_COMMANDED} (Linux x86_64: 65240). */
    int J1939_PGN_ADDRESS_COMMANDED = Os.J1939_PGN_ADDRESS_COMMANDED;
    /** J1939_PGN_MAX: Python's {@code socket.J1939_PGN_MAX} (Linux x86_64: 262143). */
    int J1939_PGN_MAX = Os.J1939_PGN_MAX;
    /** J1939_PGN_PDU1_MAX: Python's {@code socket.J1939_PGN_PDU1_MAX} (Linux x86_64: 261888). */
    int J1939_PGN_PDU1_MAX = Os.J1939_PGN_PDU1_MAX;
    /** J1939_PGN_REQUEST: Python's {@code socket.J1939_PGN_REQUEST} (Linux x86_64: 59904). */
    int J1939_PGN_REQUEST = Os.J1939_PGN_REQUEST;

    // TIPC_*: AF_TIPC
    /** TIPC_ADDR_ID: Python's {@code socket.TIPC_ADDR_ID} (Linux x86_64: 3). */
    int TIPC_ADDR_ID = Os.TIPC_ADDR_ID;
    /** TIPC_ADDR_NAME: Python's {@code socket.TIPC_ADDR_NAME} (Linux x86_64: 2). */
    int TIPC_ADDR_NAME = Os.TIPC_ADDR_NAME;
    /** TIPC_ADDR_NAMESEQ: Python's {@code socket.TIPC_ADDR_NAMESEQ} (Linux x86_64: 1). */
    int TIPC_ADDR_NAMESEQ = Os.TIPC_ADDR_NAMESEQ;
    /** TIPC_CFG_SRV: Python's {@code socket.TIPC_CFG_SRV} (Linux x86_64: 0). */
    int TIPC_CFG_SRV = Os.TIPC_CFG_SRV;
    /** TIPC_CLUSTER_SCOPE: Python's {@code socket.TIPC_CLUSTER_SCOPE} (Linux x86_64: 2). */
    int TIPC_CLUSTER_SCOPE = Os.TIPC_CLUSTER_SCOPE;
    /** TIPC_CONN_TIMEOUT: Python's {@code socket.TIPC_CONN_TIMEOUT} (Linux x86_64: 130). */
    int TIPC_CONN_TIMEOUT = Os.TIPC_CONN_TIMEOUT;
    /** TIPC_CRITICAL_IMPORTANCE: Python's {@code socket.TIPC_CRITICAL_IMPORTANCE} (Linux x86_64: 3). */
    int TIPC_CRITICAL_IMPORTANCE = Os.TIPC_CRITICAL_IMPORTANCE;
    /** TIPC_DEST_DROPPABLE: Python's {@code socket.TIPC_DEST_DROPPABLE} (Linux x86_64: 129). */
    int TIPC_DEST_DROPPABLE = Os.TIPC_DEST_DROPPABLE;
    /** TIPC_HIGH_IMPORTANCE: Python's {@code socket.TIPC_HIGH_IMPORTANCE} (Linux x86_64: 2). */
    int TIPC_HIGH_IMPORTANCE = Os.TIPC_HIGH_IMPORTANCE;
    /** TIPC_IMPORTANCE: Python's {@code socket.TIPC_IMPORTANCE} (Linux x86_64: 127). */
    int TIPC_IMPORTANCE = Os.TIPC_IMPORTANCE;
    /** TIPC_LOW_IMPORTANCE: Python's {@code socket.TIPC_LOW_IMPORTANCE} (Linux x86_64: 0). */
    int TIPC_LOW_IMPORTANCE = Os.TIPC_LOW_IMPORTANCE;
    /** TIPC_MEDIUM_IMPORTANCE: Python's {@code socket.TIPC_MEDIUM_IMPORTANCE} (Linux x86_64: 1). */
    int TIPC_MEDIUM_IMPORTANCE = Os.TIPC_MEDIUM_IMPORTANCE;
    /** TIPC_NODE_SCOPE: Python's {@code socket.TIPC_NODE_SCOPE} (Linux x86_64: 3). */
    int TIPC_NODE_SCOPE = Os.TIPC_NODE_SCOPE;
    /** TIPC_PUBLISHED: Python's {@code socket.TIPC_PUBLISHED} (Linux x86_64: 1). */
    int TIPC_PUBLISHED = Os.TIPC_PUBLISHED;
    /** TIPC_SRC_DROPPABLE: Python's {@code socket.TIPC_SRC_DROPPABLE} (Linux x86_64: 128). */
    int TIPC_SRC_DROPPABLE = Os.TIPC_SRC_DROPPABLE;
    /** TIPC_SUBSCR_TIMEOUT: Python's {@code socket.TIPC_SUBSCR_TIMEOUT} (Linux x86_64: 3). */
    int TIPC_SUBSCR_TIMEOUT = Os.TIPC_SUBSCR_TIMEOUT;
    /** TIPC_SUB_CANCEL: Python's {@code socket.TIPC_SUB_CANCEL} (Linux x86_64: 4). */
    int TIPC_SUB_CANCEL = Os.TIPC_SUB_CANCEL;
    /** TIPC_SUB_PORTS: Python's {@code socket.TIPC_SUB_PORTS} (Linux x86_64: 1). */
    int TIPC_SUB_PORTS = Os.TIPC_SUB_PORTS;
    /** TIPC_SUB_SERVICE: Python's {@code socket.TIPC_SUB_SERVICE} (Linux x86_64: 2). */
    int TIPC_SUB_SERVICE = Os.TIPC_SUB_SERVICE;
    /** TIPC_TOP_SRV: Python's {@code socket.TIPC_TOP_SRV} (Linux x86_64: 1). */
    int TIPC_TOP_SRV = Os.TIPC_TOP_SRV;
    /** TIPC_WAIT_FOREVER: Python's {@code socket.TIPC_WAIT_FOREVER} (Linux x86_64: -1). */
    int TIPC_WAIT_FOREVER = Os.TIPC_WAIT_FOREVER;
    /** TIPC_WITHDRAWN: Python's {@code socket.TIPC_WITHDRAWN} (Linux x86_64: 2). */
    int TIPC_WITHDRAWN = Os.TIPC_WITHDRAWN;
    /** TIPC_ZONE_SCOPE: Python's {@code socket.TIPC_ZONE_SCOPE} (Linux x86_64: 1). */
    int TIPC_ZONE_SCOPE = Os.TIPC_ZONE_SCOPE;

    // NETLINK_*: AF_NETLINK protocols
    /** NETLINK_CRYPTO: Python's {@code socket.NETLINK_CRYPTO} (Linux x86_64: 21). */
    int NETLINK_CRYPTO = Os.NETLINK_CRYPTO;
    /** NETLINK_DNRTMSG: Python's {@code socket.NETLINK_DNRTMSG} (Linux x86_64: 14). */
    int NETLINK_DNRTMSG = Os.NETLINK_DNRTMSG;
    /** NETLINK_FIREWALL: Python's {@code socket.NETLINK_FIREWALL} (Linux x86_64: 3). */
    int NETLINK_FIREWALL = Os.NETLINK_FIREWALL;
    /** NETLINK_IP6_FW: Python's {@code socket.NETLINK_IP6_FW} (Linux x86_64: 13). */
    int NETLINK_IP6_FW = Os.NETLINK_IP6_FW;
    /** NETLINK_NFLOG: Python's {@code socket.NETLINK_NFLOG} (Linux x86_64: 5). */
    int NETLINK_NFLOG = Os.NETLINK_NFLOG;
    /** NETLINK_ROUTE: Python's {@code socket.NETLINK_ROUTE} (Linux x86_64: 0). */
    int NETLINK_ROUTE = Os.NETLINK_ROUTE;
    /** NETLINK_USERSOCK: Python's {@code socket.NETLINK_USERSOCK} (Linux x86_64: 2). */
    int NETLINK_USERSOCK = Os.NETLINK_USERSOCK;
    /** NETLINK_XFRM: Python's {@code socket.NETLINK_XFRM} (Linux x86_64: 6). */
    int NETLINK_XFRM = Os.NETLINK_XFRM;

    // PACKET_*: AF_PACKET packet types
    /** PACKET_BROADCAST: Python's {@code socket.PACKET_BROADCAST} (Linux x86_64: 1). */
    int PACKET_BROADCAST = Os.PACKET_BROADCAST;
    /** PACKET_FASTROUTE: Python's {@code socket.PACKET_FASTROUTE} (Linux x86_64: 6). */
    int PACKET_FASTROUTE = Os.PACKET_FASTROUTE;
    /** PACKET_HOST: Python's {@code socket.PACKET_HOST} (Linux x86_64: 0). */
    int PACKET_HOST = Os.PACKET_HOST;
    /** PACKET_LOOPBACK: Python's {@code socket.PACKET_LOOPBACK} (Linux x86_64: 5). */
    int PACKET_LOOPBACK = Os.PACKET_LOOPBACK;
    /** PACKET_MULTICAST: Python's {@code socket.PACKET_MULTICAST} (Linux x86_64: 2). */
    int PACKET_MULTICAST = Os.PACKET_MULTICAST;
    /** PACKET_OTHERHOST: Python's {@code socket.PACKET_OTHERHOST} (Linux x86_64: 3). */
    int PACKET_OTHERHOST = Os.PACKET_OTHERHOST;
    /** PACKET_OUTGOING: Python's {@code socket.PACKET_OUTGOING} (Linux x86_64: 4). */
    int PACKET_OUTGOING = Os.PACKET_OUTGOING;

    // VMADDR_*: AF_VSOCK addresses
    /** VMADDR_CID_ANY: Python's {@code socket.VMADDR_CID_ANY} (Linux x86_64: 4294967295). */
    long VMADDR_CID_ANY = Os.VMADDR_CID_ANY;
    /** VMADDR_CID_HOST: Python's {@code socket.VMADDR_CID_HOST} (Linux x86_64: 2). */
    int VMADDR_CID_HOST = Os.VMADDR_CID_HOST;
    /** VMADDR_PORT_ANY: Python's {@code socket.VMADDR_PORT_ANY} (Linux x86_64: 4294967295). */
    long VMADDR_PORT_ANY = Os.VMADDR_PORT_ANY;

    // VM_*: AF_VSOCK
    /** VM_SOCKETS_INVALID_VERSION: Python's {@code socket.VM_SOCKETS_INVALID_VERSION} (Linux x86_64: 4294967295). */
    long VM_SOCKETS_INVALID_VERSION = Os.VM_SOCKETS_INVALID_VERSION;

    // IOCTL_*: AF_VSOCK ioctl
    /** IOCTL_VM_SOCKETS_GET_LOCAL_CID: Python's {@code socket.IOCTL_VM_SOCKETS_GET_LOCAL_CID} (Linux x86_64: 1977). */
    int IOCTL_VM_SOCKETS_GET_LOCAL_CID = Os.IOCTL_VM_SOCKETS_GET_LOCAL_CID;
    // END generated constants
}
