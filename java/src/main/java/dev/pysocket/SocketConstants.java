package dev.pysocket;

import dev.pysocket.internal.Platform;

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
    int EBADF = Platform.constant("EBADF");
    int EAGAIN = Platform.constant("EAGAIN");
    int EWOULDBLOCK = Platform.constant("EWOULDBLOCK");

    // AF_*: address families (Python's AddressFamily)
    int AF_ALG = Platform.constant("AF_ALG");
    int AF_APPLETALK = Platform.constant("AF_APPLETALK");
    int AF_ASH = Platform.constant("AF_ASH");
    int AF_ATMPVC = Platform.constant("AF_ATMPVC");
    int AF_ATMSVC = Platform.constant("AF_ATMSVC");
    int AF_AX25 = Platform.constant("AF_AX25");
    int AF_BRIDGE = Platform.constant("AF_BRIDGE");
    int AF_CAN = Platform.constant("AF_CAN");
    int AF_ECONET = Platform.constant("AF_ECONET");
    int AF_IPX = Platform.constant("AF_IPX");
    int AF_IRDA = Platform.constant("AF_IRDA");
    int AF_KEY = Platform.constant("AF_KEY");
    int AF_LLC = Platform.constant("AF_LLC");
    int AF_NETBEUI = Platform.constant("AF_NETBEUI");
    int AF_NETLINK = Platform.constant("AF_NETLINK");
    int AF_NETROM = Platform.constant("AF_NETROM");
    int AF_PACKET = Platform.constant("AF_PACKET");
    int AF_PPPOX = Platform.constant("AF_PPPOX");
    int AF_QIPCRTR = Platform.constant("AF_QIPCRTR");
    int AF_RDS = Platform.constant("AF_RDS");
    int AF_ROSE = Platform.constant("AF_ROSE");
    int AF_ROUTE = Platform.constant("AF_ROUTE");
    int AF_SECURITY = Platform.constant("AF_SECURITY");
    int AF_SNA = Platform.constant("AF_SNA");
    int AF_TIPC = Platform.constant("AF_TIPC");
    int AF_VSOCK = Platform.constant("AF_VSOCK");
    int AF_WANPIPE = Platform.constant("AF_WANPIPE");
    int AF_X25 = Platform.constant("AF_X25");

    // PF_*: protocol-family aliases
    int PF_CAN = Platform.constant("PF_CAN");
    int PF_PACKET = Platform.constant("PF_PACKET");
    int PF_RDS = Platform.constant("PF_RDS");

    // SOCK_*: socket types (SocketKind)
    int SOCK_RDM = Platform.constant("SOCK_RDM");

    // SOL_*: option levels
    int SOL_ALG = Platform.constant("SOL_ALG");
    int SOL_CAN_BASE = Platform.constant("SOL_CAN_BASE");
    int SOL_CAN_RAW = Platform.constant("SOL_CAN_RAW");
    int SOL_IP = Platform.constant("SOL_IP");
    int SOL_RDS = Platform.constant("SOL_RDS");
    int SOL_TCP = Platform.constant("SOL_TCP");
    int SOL_TIPC = Platform.constant("SOL_TIPC");
    int SOL_UDP = Platform.constant("SOL_UDP");

    // SO_*: socket-level options (SOL_SOCKET)
    int SO_BINDTODEVICE = Platform.constant("SO_BINDTODEVICE");
    int SO_DEBUG = Platform.constant("SO_DEBUG");
    int SO_DONTROUTE = Platform.constant("SO_DONTROUTE");
    int SO_INCOMING_CPU = Platform.constant("SO_INCOMING_CPU");
    int SO_J1939_ERRQUEUE = Platform.constant("SO_J1939_ERRQUEUE");
    int SO_J1939_FILTER = Platform.constant("SO_J1939_FILTER");
    int SO_J1939_PROMISC = Platform.constant("SO_J1939_PROMISC");
    int SO_J1939_SEND_PRIO = Platform.constant("SO_J1939_SEND_PRIO");
    int SO_MARK = Platform.constant("SO_MARK");
    int SO_PASSCRED = Platform.constant("SO_PASSCRED");
    int SO_PASSSEC = Platform.constant("SO_PASSSEC");
    int SO_PEERSEC = Platform.constant("SO_PEERSEC");
    int SO_PRIORITY = Platform.constant("SO_PRIORITY");
    int SO_VM_SOCKETS_BUFFER_MAX_SIZE = Platform.constant("SO_VM_SOCKETS_BUFFER_MAX_SIZE");
    int SO_VM_SOCKETS_BUFFER_MIN_SIZE = Platform.constant("SO_VM_SOCKETS_BUFFER_MIN_SIZE");
    int SO_VM_SOCKETS_BUFFER_SIZE = Platform.constant("SO_VM_SOCKETS_BUFFER_SIZE");

    // SCM_*: ancillary message types
    int SCM_CREDENTIALS = Platform.constant("SCM_CREDENTIALS");
    int SCM_J1939_DEST_ADDR = Platform.constant("SCM_J1939_DEST_ADDR");
    int SCM_J1939_DEST_NAME = Platform.constant("SCM_J1939_DEST_NAME");
    int SCM_J1939_ERRQUEUE = Platform.constant("SCM_J1939_ERRQUEUE");
    int SCM_J1939_PRIO = Platform.constant("SCM_J1939_PRIO");

    // IPPROTO_*: IP protocol numbers
    int IPPROTO_AH = Platform.constant("IPPROTO_AH");
    int IPPROTO_DSTOPTS = Platform.constant("IPPROTO_DSTOPTS");
    int IPPROTO_EGP = Platform.constant("IPPROTO_EGP");
    int IPPROTO_ESP = Platform.constant("IPPROTO_ESP");
    int IPPROTO_FRAGMENT = Platform.constant("IPPROTO_FRAGMENT");
    int IPPROTO_GRE = Platform.constant("IPPROTO_GRE");
    int IPPROTO_HOPOPTS = Platform.constant("IPPROTO_HOPOPTS");
    int IPPROTO_ICMP = Platform.constant("IPPROTO_ICMP");
    int IPPROTO_ICMPV6 = Platform.constant("IPPROTO_ICMPV6");
    int IPPROTO_IDP = Platform.constant("IPPROTO_IDP");
    int IPPROTO_IGMP = Platform.constant("IPPROTO_IGMP");
    int IPPROTO_IPIP = Platform.constant("IPPROTO_IPIP");
    int IPPROTO_MPTCP = Platform.constant("IPPROTO_MPTCP");
    int IPPROTO_NONE = Platform.constant("IPPROTO_NONE");
    int IPPROTO_PIM = Platform.constant("IPPROTO_PIM");
    int IPPROTO_PUP = Platform.constant("IPPROTO_PUP");
    int IPPROTO_RAW = Platform.constant("IPPROTO_RAW");
    int IPPROTO_ROUTING = Platform.constant("IPPROTO_ROUTING");
    int IPPROTO_RSVP = Platform.constant("IPPROTO_RSVP");
    int IPPROTO_SCTP = Platform.constant("IPPROTO_SCTP");
    int IPPROTO_TP = Platform.constant("IPPROTO_TP");
    int IPPROTO_UDPLITE = Platform.constant("IPPROTO_UDPLITE");

    // IPPORT_*: reserved port bounds
    int IPPORT_RESERVED = Platform.constant("IPPORT_RESERVED");
    int IPPORT_USERRESERVED = Platform.constant("IPPORT_USERRESERVED");

    // INADDR_*: IPv4 addresses, host order
    long INADDR_ALLHOSTS_GROUP = Platform.constantLong("INADDR_ALLHOSTS_GROUP");
    int INADDR_ANY = Platform.constant("INADDR_ANY");
    long INADDR_BROADCAST = Platform.constantLong("INADDR_BROADCAST");
    int INADDR_LOOPBACK = Platform.constant("INADDR_LOOPBACK");
    long INADDR_MAX_LOCAL_GROUP = Platform.constantLong("INADDR_MAX_LOCAL_GROUP");
    long INADDR_NONE = Platform.constantLong("INADDR_NONE");
    long INADDR_UNSPEC_GROUP = Platform.constantLong("INADDR_UNSPEC_GROUP");

    // IP_*: IPPROTO_IP options
    int IP_BIND_ADDRESS_NO_PORT = Platform.constant("IP_BIND_ADDRESS_NO_PORT");
    int IP_DEFAULT_MULTICAST_LOOP = Platform.constant("IP_DEFAULT_MULTICAST_LOOP");
    int IP_DEFAULT_MULTICAST_TTL = Platform.constant("IP_DEFAULT_MULTICAST_TTL");
    int IP_HDRINCL = Platform.constant("IP_HDRINCL");
    int IP_MAX_MEMBERSHIPS = Platform.constant("IP_MAX_MEMBERSHIPS");
    int IP_MULTICAST_IF = Platform.constant("IP_MULTICAST_IF");
    int IP_OPTIONS = Platform.constant("IP_OPTIONS");
    int IP_RECVOPTS = Platform.constant("IP_RECVOPTS");
    int IP_RECVRETOPTS = Platform.constant("IP_RECVRETOPTS");
    int IP_RECVTOS = Platform.constant("IP_RECVTOS");
    int IP_RETOPTS = Platform.constant("IP_RETOPTS");
    int IP_TRANSPARENT = Platform.constant("IP_TRANSPARENT");

    // IPV6_*: IPPROTO_IPV6 options
    int IPV6_CHECKSUM = Platform.constant("IPV6_CHECKSUM");
    int IPV6_DONTFRAG = Platform.constant("IPV6_DONTFRAG");
    int IPV6_DSTOPTS = Platform.constant("IPV6_DSTOPTS");
    int IPV6_HOPLIMIT = Platform.constant("IPV6_HOPLIMIT");
    int IPV6_HOPOPTS = Platform.constant("IPV6_HOPOPTS");
    int IPV6_JOIN_GROUP = Platform.constant("IPV6_JOIN_GROUP");
    int IPV6_LEAVE_GROUP = Platform.constant("IPV6_LEAVE_GROUP");
    int IPV6_MULTICAST_HOPS = Platform.constant("IPV6_MULTICAST_HOPS");
    int IPV6_MULTICAST_IF = Platform.constant("IPV6_MULTICAST_IF");
    int IPV6_MULTICAST_LOOP = Platform.constant("IPV6_MULTICAST_LOOP");
    int IPV6_NEXTHOP = Platform.constant("IPV6_NEXTHOP");
    int IPV6_PATHMTU = Platform.constant("IPV6_PATHMTU");
    int IPV6_PKTINFO = Platform.constant("IPV6_PKTINFO");
    int IPV6_RECVDSTOPTS = Platform.constant("IPV6_RECVDSTOPTS");
    int IPV6_RECVHOPLIMIT = Platform.constant("IPV6_RECVHOPLIMIT");
    int IPV6_RECVHOPOPTS = Platform.constant("IPV6_RECVHOPOPTS");
    int IPV6_RECVPATHMTU = Platform.constant("IPV6_RECVPATHMTU");
    int IPV6_RECVPKTINFO = Platform.constant("IPV6_RECVPKTINFO");
    int IPV6_RECVRTHDR = Platform.constant("IPV6_RECVRTHDR");
    int IPV6_RECVTCLASS = Platform.constant("IPV6_RECVTCLASS");
    int IPV6_RTHDR = Platform.constant("IPV6_RTHDR");
    int IPV6_RTHDRDSTOPTS = Platform.constant("IPV6_RTHDRDSTOPTS");
    int IPV6_RTHDR_TYPE_0 = Platform.constant("IPV6_RTHDR_TYPE_0");
    int IPV6_TCLASS = Platform.constant("IPV6_TCLASS");
    int IPV6_UNICAST_HOPS = Platform.constant("IPV6_UNICAST_HOPS");

    // TCP_*: IPPROTO_TCP options
    int TCP_CONGESTION = Platform.constant("TCP_CONGESTION");
    int TCP_CORK = Platform.constant("TCP_CORK");
    int TCP_DEFER_ACCEPT = Platform.constant("TCP_DEFER_ACCEPT");
    int TCP_FASTOPEN = Platform.constant("TCP_FASTOPEN");
    int TCP_LINGER2 = Platform.constant("TCP_LINGER2");
    int TCP_NOTSENT_LOWAT = Platform.constant("TCP_NOTSENT_LOWAT");
    int TCP_SYNCNT = Platform.constant("TCP_SYNCNT");
    int TCP_USER_TIMEOUT = Platform.constant("TCP_USER_TIMEOUT");
    int TCP_WINDOW_CLAMP = Platform.constant("TCP_WINDOW_CLAMP");

    // UDPLITE_*: UDP-Lite options
    int UDPLITE_RECV_CSCOV = Platform.constant("UDPLITE_RECV_CSCOV");
    int UDPLITE_SEND_CSCOV = Platform.constant("UDPLITE_SEND_CSCOV");

    // MSG_*: send/recv flags (MsgFlag)
    int MSG_CMSG_CLOEXEC = Platform.constant("MSG_CMSG_CLOEXEC");
    int MSG_CONFIRM = Platform.constant("MSG_CONFIRM");
    int MSG_ERRQUEUE = Platform.constant("MSG_ERRQUEUE");
    int MSG_FASTOPEN = Platform.constant("MSG_FASTOPEN");
    int MSG_MORE = Platform.constant("MSG_MORE");

    // AI_*: getaddrinfo flags (AddressInfo)
    int AI_ADDRCONFIG = Platform.constant("AI_ADDRCONFIG");
    int AI_ALL = Platform.constant("AI_ALL");
    int AI_V4MAPPED = Platform.constant("AI_V4MAPPED");

    // NI_*: getnameinfo flags and buffer sizes
    int NI_DGRAM = Platform.constant("NI_DGRAM");
    int NI_MAXHOST = Platform.constant("NI_MAXHOST");
    int NI_MAXSERV = Platform.constant("NI_MAXSERV");
    int NI_NOFQDN = Platform.constant("NI_NOFQDN");

    // EAI_*: getaddrinfo error codes (GaiError.errno())
    int EAI_ADDRFAMILY = Platform.constant("EAI_ADDRFAMILY");
    int EAI_AGAIN = Platform.constant("EAI_AGAIN");
    int EAI_BADFLAGS = Platform.constant("EAI_BADFLAGS");
    int EAI_FAIL = Platform.constant("EAI_FAIL");
    int EAI_FAMILY = Platform.constant("EAI_FAMILY");
    int EAI_MEMORY = Platform.constant("EAI_MEMORY");
    int EAI_NODATA = Platform.constant("EAI_NODATA");
    int EAI_NONAME = Platform.constant("EAI_NONAME");
    int EAI_OVERFLOW = Platform.constant("EAI_OVERFLOW");
    int EAI_SERVICE = Platform.constant("EAI_SERVICE");
    int EAI_SOCKTYPE = Platform.constant("EAI_SOCKTYPE");
    int EAI_SYSTEM = Platform.constant("EAI_SYSTEM");

    // ALG_*: AF_ALG (kernel crypto)
    int ALG_OP_DECRYPT = Platform.constant("ALG_OP_DECRYPT");
    int ALG_OP_ENCRYPT = Platform.constant("ALG_OP_ENCRYPT");
    int ALG_OP_SIGN = Platform.constant("ALG_OP_SIGN");
    int ALG_OP_VERIFY = Platform.constant("ALG_OP_VERIFY");
    int ALG_SET_AEAD_ASSOCLEN = Platform.constant("ALG_SET_AEAD_ASSOCLEN");
    int ALG_SET_AEAD_AUTHSIZE = Platform.constant("ALG_SET_AEAD_AUTHSIZE");
    int ALG_SET_IV = Platform.constant("ALG_SET_IV");
    int ALG_SET_KEY = Platform.constant("ALG_SET_KEY");
    int ALG_SET_OP = Platform.constant("ALG_SET_OP");
    int ALG_SET_PUBKEY = Platform.constant("ALG_SET_PUBKEY");

    // CAN_*: AF_CAN (raw, BCM, ISO-TP, J1939)
    int CAN_BCM = Platform.constant("CAN_BCM");
    int CAN_BCM_CAN_FD_FRAME = Platform.constant("CAN_BCM_CAN_FD_FRAME");
    int CAN_BCM_RX_ANNOUNCE_RESUME = Platform.constant("CAN_BCM_RX_ANNOUNCE_RESUME");
    int CAN_BCM_RX_CHANGED = Platform.constant("CAN_BCM_RX_CHANGED");
    int CAN_BCM_RX_CHECK_DLC = Platform.constant("CAN_BCM_RX_CHECK_DLC");
    int CAN_BCM_RX_DELETE = Platform.constant("CAN_BCM_RX_DELETE");
    int CAN_BCM_RX_FILTER_ID = Platform.constant("CAN_BCM_RX_FILTER_ID");
    int CAN_BCM_RX_NO_AUTOTIMER = Platform.constant("CAN_BCM_RX_NO_AUTOTIMER");
    int CAN_BCM_RX_READ = Platform.constant("CAN_BCM_RX_READ");
    int CAN_BCM_RX_RTR_FRAME = Platform.constant("CAN_BCM_RX_RTR_FRAME");
    int CAN_BCM_RX_SETUP = Platform.constant("CAN_BCM_RX_SETUP");
    int CAN_BCM_RX_STATUS = Platform.constant("CAN_BCM_RX_STATUS");
    int CAN_BCM_RX_TIMEOUT = Platform.constant("CAN_BCM_RX_TIMEOUT");
    int CAN_BCM_SETTIMER = Platform.constant("CAN_BCM_SETTIMER");
    int CAN_BCM_STARTTIMER = Platform.constant("CAN_BCM_STARTTIMER");
    int CAN_BCM_TX_ANNOUNCE = Platform.constant("CAN_BCM_TX_ANNOUNCE");
    int CAN_BCM_TX_COUNTEVT = Platform.constant("CAN_BCM_TX_COUNTEVT");
    int CAN_BCM_TX_CP_CAN_ID = Platform.constant("CAN_BCM_TX_CP_CAN_ID");
    int CAN_BCM_TX_DELETE = Platform.constant("CAN_BCM_TX_DELETE");
    int CAN_BCM_TX_EXPIRED = Platform.constant("CAN_BCM_TX_EXPIRED");
    int CAN_BCM_TX_READ = Platform.constant("CAN_BCM_TX_READ");
    int CAN_BCM_TX_RESET_MULTI_IDX = Platform.constant("CAN_BCM_TX_RESET_MULTI_IDX");
    int CAN_BCM_TX_SEND = Platform.constant("CAN_BCM_TX_SEND");
    int CAN_BCM_TX_SETUP = Platform.constant("CAN_BCM_TX_SETUP");
    int CAN_BCM_TX_STATUS = Platform.constant("CAN_BCM_TX_STATUS");
    long CAN_EFF_FLAG = Platform.constantLong("CAN_EFF_FLAG");
    int CAN_EFF_MASK = Platform.constant("CAN_EFF_MASK");
    int CAN_ERR_FLAG = Platform.constant("CAN_ERR_FLAG");
    int CAN_ERR_MASK = Platform.constant("CAN_ERR_MASK");
    int CAN_ISOTP = Platform.constant("CAN_ISOTP");
    int CAN_J1939 = Platform.constant("CAN_J1939");
    int CAN_RAW = Platform.constant("CAN_RAW");
    int CAN_RAW_FD_FRAMES = Platform.constant("CAN_RAW_FD_FRAMES");
    int CAN_RAW_FILTER = Platform.constant("CAN_RAW_FILTER");
    int CAN_RAW_JOIN_FILTERS = Platform.constant("CAN_RAW_JOIN_FILTERS");
    int CAN_RAW_LOOPBACK = Platform.constant("CAN_RAW_LOOPBACK");
    int CAN_RAW_RECV_OWN_MSGS = Platform.constant("CAN_RAW_RECV_OWN_MSGS");
    int CAN_RTR_FLAG = Platform.constant("CAN_RTR_FLAG");
    int CAN_SFF_MASK = Platform.constant("CAN_SFF_MASK");

    // J1939_*: CAN J1939
    int J1939_EE_INFO_NONE = Platform.constant("J1939_EE_INFO_NONE");
    int J1939_EE_INFO_TX_ABORT = Platform.constant("J1939_EE_INFO_TX_ABORT");
    int J1939_FILTER_MAX = Platform.constant("J1939_FILTER_MAX");
    int J1939_IDLE_ADDR = Platform.constant("J1939_IDLE_ADDR");
    int J1939_MAX_UNICAST_ADDR = Platform.constant("J1939_MAX_UNICAST_ADDR");
    int J1939_NLA_BYTES_ACKED = Platform.constant("J1939_NLA_BYTES_ACKED");
    int J1939_NLA_PAD = Platform.constant("J1939_NLA_PAD");
    int J1939_NO_ADDR = Platform.constant("J1939_NO_ADDR");
    int J1939_NO_NAME = Platform.constant("J1939_NO_NAME");
    int J1939_NO_PGN = Platform.constant("J1939_NO_PGN");
    int J1939_PGN_ADDRESS_CLAIMED = Platform.constant("J1939_PGN_ADDRESS_CLAIMED");
    int J1939_PGN_ADDRESS_COMMANDED = Platform.constant("J1939_PGN_ADDRESS_COMMANDED");
    int J1939_PGN_MAX = Platform.constant("J1939_PGN_MAX");
    int J1939_PGN_PDU1_MAX = Platform.constant("J1939_PGN_PDU1_MAX");
    int J1939_PGN_REQUEST = Platform.constant("J1939_PGN_REQUEST");

    // TIPC_*: AF_TIPC
    int TIPC_ADDR_ID = Platform.constant("TIPC_ADDR_ID");
    int TIPC_ADDR_NAME = Platform.constant("TIPC_ADDR_NAME");
    int TIPC_ADDR_NAMESEQ = Platform.constant("TIPC_ADDR_NAMESEQ");
    int TIPC_CFG_SRV = Platform.constant("TIPC_CFG_SRV");
    int TIPC_CLUSTER_SCOPE = Platform.constant("TIPC_CLUSTER_SCOPE");
    int TIPC_CONN_TIMEOUT = Platform.constant("TIPC_CONN_TIMEOUT");
    int TIPC_CRITICAL_IMPORTANCE = Platform.constant("TIPC_CRITICAL_IMPORTANCE");
    int TIPC_DEST_DROPPABLE = Platform.constant("TIPC_DEST_DROPPABLE");
    int TIPC_HIGH_IMPORTANCE = Platform.constant("TIPC_HIGH_IMPORTANCE");
    int TIPC_IMPORTANCE = Platform.constant("TIPC_IMPORTANCE");
    int TIPC_LOW_IMPORTANCE = Platform.constant("TIPC_LOW_IMPORTANCE");
    int TIPC_MEDIUM_IMPORTANCE = Platform.constant("TIPC_MEDIUM_IMPORTANCE");
    int TIPC_NODE_SCOPE = Platform.constant("TIPC_NODE_SCOPE");
    int TIPC_PUBLISHED = Platform.constant("TIPC_PUBLISHED");
    int TIPC_SRC_DROPPABLE = Platform.constant("TIPC_SRC_DROPPABLE");
    int TIPC_SUBSCR_TIMEOUT = Platform.constant("TIPC_SUBSCR_TIMEOUT");
    int TIPC_SUB_CANCEL = Platform.constant("TIPC_SUB_CANCEL");
    int TIPC_SUB_PORTS = Platform.constant("TIPC_SUB_PORTS");
    int TIPC_SUB_SERVICE = Platform.constant("TIPC_SUB_SERVICE");
    int TIPC_TOP_SRV = Platform.constant("TIPC_TOP_SRV");
    int TIPC_WAIT_FOREVER = Platform.constant("TIPC_WAIT_FOREVER");
    int TIPC_WITHDRAWN = Platform.constant("TIPC_WITHDRAWN");
    int TIPC_ZONE_SCOPE = Platform.constant("TIPC_ZONE_SCOPE");

    // NETLINK_*: AF_NETLINK protocols
    int NETLINK_CRYPTO = Platform.constant("NETLINK_CRYPTO");
    int NETLINK_DNRTMSG = Platform.constant("NETLINK_DNRTMSG");
    int NETLINK_FIREWALL = Platform.constant("NETLINK_FIREWALL");
    int NETLINK_IP6_FW = Platform.constant("NETLINK_IP6_FW");
    int NETLINK_NFLOG = Platform.constant("NETLINK_NFLOG");
    int NETLINK_ROUTE = Platform.constant("NETLINK_ROUTE");
    int NETLINK_USERSOCK = Platform.constant("NETLINK_USERSOCK");
    int NETLINK_XFRM = Platform.constant("NETLINK_XFRM");

    // PACKET_*: AF_PACKET packet types
    int PACKET_BROADCAST = Platform.constant("PACKET_BROADCAST");
    int PACKET_FASTROUTE = Platform.constant("PACKET_FASTROUTE");
    int PACKET_HOST = Platform.constant("PACKET_HOST");
    int PACKET_LOOPBACK = Platform.constant("PACKET_LOOPBACK");
    int PACKET_MULTICAST = Platform.constant("PACKET_MULTICAST");
    int PACKET_OTHERHOST = Platform.constant("PACKET_OTHERHOST");
    int PACKET_OUTGOING = Platform.constant("PACKET_OUTGOING");

    // VMADDR_*: AF_VSOCK addresses
    long VMADDR_CID_ANY = Platform.constantLong("VMADDR_CID_ANY");
    int VMADDR_CID_HOST = Platform.constant("VMADDR_CID_HOST");
    long VMADDR_PORT_ANY = Platform.constantLong("VMADDR_PORT_ANY");

    // VM_*: AF_VSOCK
    long VM_SOCKETS_INVALID_VERSION = Platform.constantLong("VM_SOCKETS_INVALID_VERSION");

    // IOCTL_*: AF_VSOCK ioctl
    int IOCTL_VM_SOCKETS_GET_LOCAL_CID = Platform.constant("IOCTL_VM_SOCKETS_GET_LOCAL_CID");
    // END generated constants
}
