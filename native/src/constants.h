/*
 * constants.h - the headers behind the rest of Python's Linux constant set (PSK_CONSTANTS
 * after EIO) and the fallbacks init.c needs for names a platform lacks: PSK_ABSENT, so that
 * Sockets.has answers false for them (conformance 1.4). Included by init.c only.
 *
 * The protocol-family headers are Linux-only; each is used where it exists, as CPython's
 * configure does (HAVE_LINUX_CAN_H, ...), and the names it would supply become absent.
 */
#ifndef PSK_CONSTANTS_H
#define PSK_CONSTANTS_H

#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#if defined(__linux__) && defined(__has_include)
#if __has_include(<linux/netlink.h>)
#include <linux/netlink.h>
#endif
#if __has_include(<netpacket/packet.h>)
#include <netpacket/packet.h>
#endif
#if __has_include(<linux/tipc.h>)
#include <linux/tipc.h>
#define PSK_HAVE_LINUX_TIPC_H 1
#endif
#if __has_include(<linux/can.h>)
#include <linux/can.h>
#endif
#if __has_include(<linux/can/raw.h>)
#include <linux/can/raw.h>
#define PSK_HAVE_LINUX_CAN_RAW_H 1
#endif
#if __has_include(<linux/can/bcm.h>)
#include <linux/can/bcm.h>
#define PSK_HAVE_LINUX_CAN_BCM_H 1
#endif
#if __has_include(<linux/can/isotp.h>)
#include <linux/can/isotp.h>
#endif
#if __has_include(<linux/can/j1939.h>)
#include <linux/can/j1939.h>
#define PSK_HAVE_LINUX_CAN_J1939_H 1
#endif
#if __has_include(<linux/vm_sockets.h>)
#include <linux/vm_sockets.h>
#endif
#if __has_include(<linux/if_alg.h>)
#include <linux/if_alg.h>
#define PSK_HAVE_LINUX_IF_ALG_H 1
#endif
#if __has_include(<linux/qrtr.h>)
#include <linux/qrtr.h>
#endif
#endif

/* CAN_BCM_*: Python prefixes the names of <linux/can/bcm.h> (TX_SETUP, SETTIMER, ...). */
#ifdef PSK_HAVE_LINUX_CAN_BCM_H
#define CAN_BCM_CAN_FD_FRAME CAN_FD_FRAME
#define CAN_BCM_RX_ANNOUNCE_RESUME RX_ANNOUNCE_RESUME
#define CAN_BCM_RX_CHANGED RX_CHANGED
#define CAN_BCM_RX_CHECK_DLC RX_CHECK_DLC
#define CAN_BCM_RX_DELETE RX_DELETE
#define CAN_BCM_RX_FILTER_ID RX_FILTER_ID
#define CAN_BCM_RX_NO_AUTOTIMER RX_NO_AUTOTIMER
#define CAN_BCM_RX_READ RX_READ
#define CAN_BCM_RX_RTR_FRAME RX_RTR_FRAME
#define CAN_BCM_RX_SETUP RX_SETUP
#define CAN_BCM_RX_STATUS RX_STATUS
#define CAN_BCM_RX_TIMEOUT RX_TIMEOUT
#define CAN_BCM_SETTIMER SETTIMER
#define CAN_BCM_STARTTIMER STARTTIMER
#define CAN_BCM_TX_ANNOUNCE TX_ANNOUNCE
#define CAN_BCM_TX_COUNTEVT TX_COUNTEVT
#define CAN_BCM_TX_CP_CAN_ID TX_CP_CAN_ID
#define CAN_BCM_TX_DELETE TX_DELETE
#define CAN_BCM_TX_EXPIRED TX_EXPIRED
#define CAN_BCM_TX_READ TX_READ
#define CAN_BCM_TX_RESET_MULTI_IDX TX_RESET_MULTI_IDX
#define CAN_BCM_TX_SEND TX_SEND
#define CAN_BCM_TX_SETUP TX_SETUP
#define CAN_BCM_TX_STATUS TX_STATUS
#else
#define CAN_BCM_CAN_FD_FRAME PSK_ABSENT
#define CAN_BCM_RX_ANNOUNCE_RESUME PSK_ABSENT
#define CAN_BCM_RX_CHANGED PSK_ABSENT
#define CAN_BCM_RX_CHECK_DLC PSK_ABSENT
#define CAN_BCM_RX_DELETE PSK_ABSENT
#define CAN_BCM_RX_FILTER_ID PSK_ABSENT
#define CAN_BCM_RX_NO_AUTOTIMER PSK_ABSENT
#define CAN_BCM_RX_READ PSK_ABSENT
#define CAN_BCM_RX_RTR_FRAME PSK_ABSENT
#define CAN_BCM_RX_SETUP PSK_ABSENT
#define CAN_BCM_RX_STATUS PSK_ABSENT
#define CAN_BCM_RX_TIMEOUT PSK_ABSENT
#define CAN_BCM_SETTIMER PSK_ABSENT
#define CAN_BCM_STARTTIMER PSK_ABSENT
#define CAN_BCM_TX_ANNOUNCE PSK_ABSENT
#define CAN_BCM_TX_COUNTEVT PSK_ABSENT
#define CAN_BCM_TX_CP_CAN_ID PSK_ABSENT
#define CAN_BCM_TX_DELETE PSK_ABSENT
#define CAN_BCM_TX_EXPIRED PSK_ABSENT
#define CAN_BCM_TX_READ PSK_ABSENT
#define CAN_BCM_TX_RESET_MULTI_IDX PSK_ABSENT
#define CAN_BCM_TX_SEND PSK_ABSENT
#define CAN_BCM_TX_SETUP PSK_ABSENT
#define CAN_BCM_TX_STATUS PSK_ABSENT
#endif

/* Enum constants (not macros) of the Linux headers: present with their header. */
#ifndef PSK_HAVE_LINUX_CAN_RAW_H
#define CAN_RAW_FILTER PSK_ABSENT
#define CAN_RAW_LOOPBACK PSK_ABSENT
#define CAN_RAW_RECV_OWN_MSGS PSK_ABSENT
#define CAN_RAW_FD_FRAMES PSK_ABSENT
#define CAN_RAW_JOIN_FILTERS PSK_ABSENT
#endif
#ifndef PSK_HAVE_LINUX_CAN_J1939_H
#define J1939_EE_INFO_NONE PSK_ABSENT
#define J1939_EE_INFO_TX_ABORT PSK_ABSENT
#define J1939_NLA_BYTES_ACKED PSK_ABSENT
#define J1939_NLA_PAD PSK_ABSENT
#define SCM_J1939_DEST_ADDR PSK_ABSENT
#define SCM_J1939_DEST_NAME PSK_ABSENT
#define SCM_J1939_ERRQUEUE PSK_ABSENT
#define SCM_J1939_PRIO PSK_ABSENT
#define SO_J1939_ERRQUEUE PSK_ABSENT
#define SO_J1939_FILTER PSK_ABSENT
#define SO_J1939_PROMISC PSK_ABSENT
#define SO_J1939_SEND_PRIO PSK_ABSENT
#endif
#ifndef PSK_HAVE_LINUX_TIPC_H
#define TIPC_CLUSTER_SCOPE PSK_ABSENT
#define TIPC_NODE_SCOPE PSK_ABSENT
#endif

/* Values CPython supplies itself when the headers lack the macro (socketmodule.c). */
#if !defined(ALG_OP_SIGN) && defined(PSK_HAVE_LINUX_IF_ALG_H)
#define ALG_OP_SIGN 2
#endif
#if !defined(ALG_OP_VERIFY) && defined(PSK_HAVE_LINUX_IF_ALG_H)
#define ALG_OP_VERIFY 3
#endif
#if !defined(ALG_SET_PUBKEY) && defined(PSK_HAVE_LINUX_IF_ALG_H)
#define ALG_SET_PUBKEY 6
#endif
#if !defined(ALG_SET_AEAD_ASSOCLEN) && defined(PSK_HAVE_LINUX_IF_ALG_H)
#define ALG_SET_AEAD_ASSOCLEN 4
#endif
#if !defined(ALG_SET_AEAD_AUTHSIZE) && defined(PSK_HAVE_LINUX_IF_ALG_H)
#define ALG_SET_AEAD_AUTHSIZE 5
#endif
#ifndef IPPORT_RESERVED
#define IPPORT_RESERVED 1024
#endif
#ifndef IPPORT_USERRESERVED
#define IPPORT_USERRESERVED 5000
#endif
#if !defined(UDPLITE_SEND_CSCOV) && defined(IPPROTO_UDPLITE)
#define UDPLITE_SEND_CSCOV 10
#endif
#if !defined(UDPLITE_RECV_CSCOV) && defined(IPPROTO_UDPLITE)
#define UDPLITE_RECV_CSCOV 11
#endif
#ifndef SOL_TCP
#define SOL_TCP 6
#endif
#ifndef SOL_UDP
#define SOL_UDP 17
#endif

/* Every other name is a macro where it exists. */
#ifndef AF_ALG
#define AF_ALG PSK_ABSENT
#endif
#ifndef AF_APPLETALK
#define AF_APPLETALK PSK_ABSENT
#endif
#ifndef AF_ASH
#define AF_ASH PSK_ABSENT
#endif
#ifndef AF_ATMPVC
#define AF_ATMPVC PSK_ABSENT
#endif
#ifndef AF_ATMSVC
#define AF_ATMSVC PSK_ABSENT
#endif
#ifndef AF_AX25
#define AF_AX25 PSK_ABSENT
#endif
#ifndef AF_BRIDGE
#define AF_BRIDGE PSK_ABSENT
#endif
#ifndef AF_CAN
#define AF_CAN PSK_ABSENT
#endif
#ifndef AF_ECONET
#define AF_ECONET PSK_ABSENT
#endif
#ifndef AF_IPX
#define AF_IPX PSK_ABSENT
#endif
#ifndef AF_IRDA
#define AF_IRDA PSK_ABSENT
#endif
#ifndef AF_KEY
#define AF_KEY PSK_ABSENT
#endif
#ifndef AF_LLC
#define AF_LLC PSK_ABSENT
#endif
#ifndef AF_NETBEUI
#define AF_NETBEUI PSK_ABSENT
#endif
#ifndef AF_NETLINK
#define AF_NETLINK PSK_ABSENT
#endif
#ifndef AF_NETROM
#define AF_NETROM PSK_ABSENT
#endif
#ifndef AF_PACKET
#define AF_PACKET PSK_ABSENT
#endif
#ifndef AF_PPPOX
#define AF_PPPOX PSK_ABSENT
#endif
#ifndef AF_QIPCRTR
#define AF_QIPCRTR PSK_ABSENT
#endif
#ifndef AF_RDS
#define AF_RDS PSK_ABSENT
#endif
#ifndef AF_ROSE
#define AF_ROSE PSK_ABSENT
#endif
#ifndef AF_ROUTE
#define AF_ROUTE PSK_ABSENT
#endif
#ifndef AF_SECURITY
#define AF_SECURITY PSK_ABSENT
#endif
#ifndef AF_SNA
#define AF_SNA PSK_ABSENT
#endif
#ifndef AF_TIPC
#define AF_TIPC PSK_ABSENT
#endif
#ifndef AF_VSOCK
#define AF_VSOCK PSK_ABSENT
#endif
#ifndef AF_WANPIPE
#define AF_WANPIPE PSK_ABSENT
#endif
#ifndef AF_X25
#define AF_X25 PSK_ABSENT
#endif
#ifndef PF_CAN
#define PF_CAN PSK_ABSENT
#endif
#ifndef PF_PACKET
#define PF_PACKET PSK_ABSENT
#endif
#ifndef PF_RDS
#define PF_RDS PSK_ABSENT
#endif
#ifndef SOCK_RDM
#define SOCK_RDM PSK_ABSENT
#endif
#ifndef SOL_ALG
#define SOL_ALG PSK_ABSENT
#endif
#ifndef SOL_CAN_BASE
#define SOL_CAN_BASE PSK_ABSENT
#endif
#ifndef SOL_CAN_RAW
#define SOL_CAN_RAW PSK_ABSENT
#endif
#ifndef SOL_IP
#define SOL_IP PSK_ABSENT
#endif
#ifndef SOL_RDS
#define SOL_RDS PSK_ABSENT
#endif
#ifndef SOL_TCP
#define SOL_TCP PSK_ABSENT
#endif
#ifndef SOL_TIPC
#define SOL_TIPC PSK_ABSENT
#endif
#ifndef SOL_UDP
#define SOL_UDP PSK_ABSENT
#endif
#ifndef SO_BINDTODEVICE
#define SO_BINDTODEVICE PSK_ABSENT
#endif
#ifndef SO_DEBUG
#define SO_DEBUG PSK_ABSENT
#endif
#ifndef SO_DONTROUTE
#define SO_DONTROUTE PSK_ABSENT
#endif
#ifndef SO_INCOMING_CPU
#define SO_INCOMING_CPU PSK_ABSENT
#endif
#ifndef SO_MARK
#define SO_MARK PSK_ABSENT
#endif
#ifndef SO_PASSCRED
#define SO_PASSCRED PSK_ABSENT
#endif
#ifndef SO_PASSSEC
#define SO_PASSSEC PSK_ABSENT
#endif
#ifndef SO_PEERSEC
#define SO_PEERSEC PSK_ABSENT
#endif
#ifndef SO_PRIORITY
#define SO_PRIORITY PSK_ABSENT
#endif
#ifndef SO_VM_SOCKETS_BUFFER_MAX_SIZE
#define SO_VM_SOCKETS_BUFFER_MAX_SIZE PSK_ABSENT
#endif
#ifndef SO_VM_SOCKETS_BUFFER_MIN_SIZE
#define SO_VM_SOCKETS_BUFFER_MIN_SIZE PSK_ABSENT
#endif
#ifndef SO_VM_SOCKETS_BUFFER_SIZE
#define SO_VM_SOCKETS_BUFFER_SIZE PSK_ABSENT
#endif
#ifndef SCM_CREDENTIALS
#define SCM_CREDENTIALS PSK_ABSENT
#endif
#ifndef IPPROTO_AH
#define IPPROTO_AH PSK_ABSENT
#endif
#ifndef IPPROTO_DSTOPTS
#define IPPROTO_DSTOPTS PSK_ABSENT
#endif
#ifndef IPPROTO_EGP
#define IPPROTO_EGP PSK_ABSENT
#endif
#ifndef IPPROTO_ESP
#define IPPROTO_ESP PSK_ABSENT
#endif
#ifndef IPPROTO_FRAGMENT
#define IPPROTO_FRAGMENT PSK_ABSENT
#endif
#ifndef IPPROTO_GRE
#define IPPROTO_GRE PSK_ABSENT
#endif
#ifndef IPPROTO_HOPOPTS
#define IPPROTO_HOPOPTS PSK_ABSENT
#endif
#ifndef IPPROTO_ICMP
#define IPPROTO_ICMP PSK_ABSENT
#endif
#ifndef IPPROTO_ICMPV6
#define IPPROTO_ICMPV6 PSK_ABSENT
#endif
#ifndef IPPROTO_IDP
#define IPPROTO_IDP PSK_ABSENT
#endif
#ifndef IPPROTO_IGMP
#define IPPROTO_IGMP PSK_ABSENT
#endif
#ifndef IPPROTO_IPIP
#define IPPROTO_IPIP PSK_ABSENT
#endif
#ifndef IPPROTO_MPTCP
#define IPPROTO_MPTCP PSK_ABSENT
#endif
#ifndef IPPROTO_NONE
#define IPPROTO_NONE PSK_ABSENT
#endif
#ifndef IPPROTO_PIM
#define IPPROTO_PIM PSK_ABSENT
#endif
#ifndef IPPROTO_PUP
#define IPPROTO_PUP PSK_ABSENT
#endif
#ifndef IPPROTO_RAW
#define IPPROTO_RAW PSK_ABSENT
#endif
#ifndef IPPROTO_ROUTING
#define IPPROTO_ROUTING PSK_ABSENT
#endif
#ifndef IPPROTO_RSVP
#define IPPROTO_RSVP PSK_ABSENT
#endif
#ifndef IPPROTO_SCTP
#define IPPROTO_SCTP PSK_ABSENT
#endif
#ifndef IPPROTO_TP
#define IPPROTO_TP PSK_ABSENT
#endif
#ifndef IPPROTO_UDPLITE
#define IPPROTO_UDPLITE PSK_ABSENT
#endif
#ifndef IPPORT_RESERVED
#define IPPORT_RESERVED PSK_ABSENT
#endif
#ifndef IPPORT_USERRESERVED
#define IPPORT_USERRESERVED PSK_ABSENT
#endif
#ifndef INADDR_ALLHOSTS_GROUP
#define INADDR_ALLHOSTS_GROUP PSK_ABSENT
#endif
#ifndef INADDR_ANY
#define INADDR_ANY PSK_ABSENT
#endif
#ifndef INADDR_BROADCAST
#define INADDR_BROADCAST PSK_ABSENT
#endif
#ifndef INADDR_LOOPBACK
#define INADDR_LOOPBACK PSK_ABSENT
#endif
#ifndef INADDR_MAX_LOCAL_GROUP
#define INADDR_MAX_LOCAL_GROUP PSK_ABSENT
#endif
#ifndef INADDR_NONE
#define INADDR_NONE PSK_ABSENT
#endif
#ifndef INADDR_UNSPEC_GROUP
#define INADDR_UNSPEC_GROUP PSK_ABSENT
#endif
#ifndef IP_BIND_ADDRESS_NO_PORT
#define IP_BIND_ADDRESS_NO_PORT PSK_ABSENT
#endif
#ifndef IP_DEFAULT_MULTICAST_LOOP
#define IP_DEFAULT_MULTICAST_LOOP PSK_ABSENT
#endif
#ifndef IP_DEFAULT_MULTICAST_TTL
#define IP_DEFAULT_MULTICAST_TTL PSK_ABSENT
#endif
#ifndef IP_HDRINCL
#define IP_HDRINCL PSK_ABSENT
#endif
#ifndef IP_MAX_MEMBERSHIPS
#define IP_MAX_MEMBERSHIPS PSK_ABSENT
#endif
#ifndef IP_MULTICAST_IF
#define IP_MULTICAST_IF PSK_ABSENT
#endif
#ifndef IP_OPTIONS
#define IP_OPTIONS PSK_ABSENT
#endif
#ifndef IP_RECVOPTS
#define IP_RECVOPTS PSK_ABSENT
#endif
#ifndef IP_RECVRETOPTS
#define IP_RECVRETOPTS PSK_ABSENT
#endif
#ifndef IP_RECVTOS
#define IP_RECVTOS PSK_ABSENT
#endif
#ifndef IP_RETOPTS
#define IP_RETOPTS PSK_ABSENT
#endif
#ifndef IP_TRANSPARENT
#define IP_TRANSPARENT PSK_ABSENT
#endif
#ifndef IPV6_CHECKSUM
#define IPV6_CHECKSUM PSK_ABSENT
#endif
#ifndef IPV6_DONTFRAG
#define IPV6_DONTFRAG PSK_ABSENT
#endif
#ifndef IPV6_DSTOPTS
#define IPV6_DSTOPTS PSK_ABSENT
#endif
#ifndef IPV6_HOPLIMIT
#define IPV6_HOPLIMIT PSK_ABSENT
#endif
#ifndef IPV6_HOPOPTS
#define IPV6_HOPOPTS PSK_ABSENT
#endif
#ifndef IPV6_JOIN_GROUP
#define IPV6_JOIN_GROUP PSK_ABSENT
#endif
#ifndef IPV6_LEAVE_GROUP
#define IPV6_LEAVE_GROUP PSK_ABSENT
#endif
#ifndef IPV6_MULTICAST_HOPS
#define IPV6_MULTICAST_HOPS PSK_ABSENT
#endif
#ifndef IPV6_MULTICAST_IF
#define IPV6_MULTICAST_IF PSK_ABSENT
#endif
#ifndef IPV6_MULTICAST_LOOP
#define IPV6_MULTICAST_LOOP PSK_ABSENT
#endif
#ifndef IPV6_NEXTHOP
#define IPV6_NEXTHOP PSK_ABSENT
#endif
#ifndef IPV6_PATHMTU
#define IPV6_PATHMTU PSK_ABSENT
#endif
#ifndef IPV6_PKTINFO
#define IPV6_PKTINFO PSK_ABSENT
#endif
#ifndef IPV6_RECVDSTOPTS
#define IPV6_RECVDSTOPTS PSK_ABSENT
#endif
#ifndef IPV6_RECVHOPLIMIT
#define IPV6_RECVHOPLIMIT PSK_ABSENT
#endif
#ifndef IPV6_RECVHOPOPTS
#define IPV6_RECVHOPOPTS PSK_ABSENT
#endif
#ifndef IPV6_RECVPATHMTU
#define IPV6_RECVPATHMTU PSK_ABSENT
#endif
#ifndef IPV6_RECVPKTINFO
#define IPV6_RECVPKTINFO PSK_ABSENT
#endif
#ifndef IPV6_RECVRTHDR
#define IPV6_RECVRTHDR PSK_ABSENT
#endif
#ifndef IPV6_RECVTCLASS
#define IPV6_RECVTCLASS PSK_ABSENT
#endif
#ifndef IPV6_RTHDR
#define IPV6_RTHDR PSK_ABSENT
#endif
#ifndef IPV6_RTHDRDSTOPTS
#define IPV6_RTHDRDSTOPTS PSK_ABSENT
#endif
#ifndef IPV6_RTHDR_TYPE_0
#define IPV6_RTHDR_TYPE_0 PSK_ABSENT
#endif
#ifndef IPV6_TCLASS
#define IPV6_TCLASS PSK_ABSENT
#endif
#ifndef IPV6_UNICAST_HOPS
#define IPV6_UNICAST_HOPS PSK_ABSENT
#endif
#ifndef TCP_CONGESTION
#define TCP_CONGESTION PSK_ABSENT
#endif
#ifndef TCP_CORK
#define TCP_CORK PSK_ABSENT
#endif
#ifndef TCP_DEFER_ACCEPT
#define TCP_DEFER_ACCEPT PSK_ABSENT
#endif
#ifndef TCP_FASTOPEN
#define TCP_FASTOPEN PSK_ABSENT
#endif
#ifndef TCP_LINGER2
#define TCP_LINGER2 PSK_ABSENT
#endif
#ifndef TCP_NOTSENT_LOWAT
#define TCP_NOTSENT_LOWAT PSK_ABSENT
#endif
#ifndef TCP_SYNCNT
#define TCP_SYNCNT PSK_ABSENT
#endif
#ifndef TCP_USER_TIMEOUT
#define TCP_USER_TIMEOUT PSK_ABSENT
#endif
#ifndef TCP_WINDOW_CLAMP
#define TCP_WINDOW_CLAMP PSK_ABSENT
#endif
#ifndef UDPLITE_RECV_CSCOV
#define UDPLITE_RECV_CSCOV PSK_ABSENT
#endif
#ifndef UDPLITE_SEND_CSCOV
#define UDPLITE_SEND_CSCOV PSK_ABSENT
#endif
#ifndef MSG_CMSG_CLOEXEC
#define MSG_CMSG_CLOEXEC PSK_ABSENT
#endif
#ifndef MSG_CONFIRM
#define MSG_CONFIRM PSK_ABSENT
#endif
#ifndef MSG_ERRQUEUE
#define MSG_ERRQUEUE PSK_ABSENT
#endif
#ifndef MSG_FASTOPEN
#define MSG_FASTOPEN PSK_ABSENT
#endif
#ifndef MSG_MORE
#define MSG_MORE PSK_ABSENT
#endif
#ifndef AI_ADDRCONFIG
#define AI_ADDRCONFIG PSK_ABSENT
#endif
#ifndef AI_ALL
#define AI_ALL PSK_ABSENT
#endif
#ifndef AI_V4MAPPED
#define AI_V4MAPPED PSK_ABSENT
#endif
#ifndef NI_DGRAM
#define NI_DGRAM PSK_ABSENT
#endif
#ifndef NI_MAXHOST
#define NI_MAXHOST PSK_ABSENT
#endif
#ifndef NI_MAXSERV
#define NI_MAXSERV PSK_ABSENT
#endif
#ifndef NI_NOFQDN
#define NI_NOFQDN PSK_ABSENT
#endif
#ifndef EAI_ADDRFAMILY
#define EAI_ADDRFAMILY PSK_ABSENT
#endif
#ifndef EAI_AGAIN
#define EAI_AGAIN PSK_ABSENT
#endif
#ifndef EAI_BADFLAGS
#define EAI_BADFLAGS PSK_ABSENT
#endif
#ifndef EAI_FAIL
#define EAI_FAIL PSK_ABSENT
#endif
#ifndef EAI_FAMILY
#define EAI_FAMILY PSK_ABSENT
#endif
#ifndef EAI_MEMORY
#define EAI_MEMORY PSK_ABSENT
#endif
#ifndef EAI_NODATA
#define EAI_NODATA PSK_ABSENT
#endif
#ifndef EAI_NONAME
#define EAI_NONAME PSK_ABSENT
#endif
#ifndef EAI_OVERFLOW
#define EAI_OVERFLOW PSK_ABSENT
#endif
#ifndef EAI_SERVICE
#define EAI_SERVICE PSK_ABSENT
#endif
#ifndef EAI_SOCKTYPE
#define EAI_SOCKTYPE PSK_ABSENT
#endif
#ifndef EAI_SYSTEM
#define EAI_SYSTEM PSK_ABSENT
#endif
#ifndef ALG_OP_DECRYPT
#define ALG_OP_DECRYPT PSK_ABSENT
#endif
#ifndef ALG_OP_ENCRYPT
#define ALG_OP_ENCRYPT PSK_ABSENT
#endif
#ifndef ALG_OP_SIGN
#define ALG_OP_SIGN PSK_ABSENT
#endif
#ifndef ALG_OP_VERIFY
#define ALG_OP_VERIFY PSK_ABSENT
#endif
#ifndef ALG_SET_AEAD_ASSOCLEN
#define ALG_SET_AEAD_ASSOCLEN PSK_ABSENT
#endif
#ifndef ALG_SET_AEAD_AUTHSIZE
#define ALG_SET_AEAD_AUTHSIZE PSK_ABSENT
#endif
#ifndef ALG_SET_IV
#define ALG_SET_IV PSK_ABSENT
#endif
#ifndef ALG_SET_KEY
#define ALG_SET_KEY PSK_ABSENT
#endif
#ifndef ALG_SET_OP
#define ALG_SET_OP PSK_ABSENT
#endif
#ifndef ALG_SET_PUBKEY
#define ALG_SET_PUBKEY PSK_ABSENT
#endif
#ifndef CAN_BCM
#define CAN_BCM PSK_ABSENT
#endif
#ifndef CAN_EFF_FLAG
#define CAN_EFF_FLAG PSK_ABSENT
#endif
#ifndef CAN_EFF_MASK
#define CAN_EFF_MASK PSK_ABSENT
#endif
#ifndef CAN_ERR_FLAG
#define CAN_ERR_FLAG PSK_ABSENT
#endif
#ifndef CAN_ERR_MASK
#define CAN_ERR_MASK PSK_ABSENT
#endif
#ifndef CAN_ISOTP
#define CAN_ISOTP PSK_ABSENT
#endif
#ifndef CAN_J1939
#define CAN_J1939 PSK_ABSENT
#endif
#ifndef CAN_RAW
#define CAN_RAW PSK_ABSENT
#endif
#ifndef CAN_RTR_FLAG
#define CAN_RTR_FLAG PSK_ABSENT
#endif
#ifndef CAN_SFF_MASK
#define CAN_SFF_MASK PSK_ABSENT
#endif
#ifndef J1939_FILTER_MAX
#define J1939_FILTER_MAX PSK_ABSENT
#endif
#ifndef J1939_IDLE_ADDR
#define J1939_IDLE_ADDR PSK_ABSENT
#endif
#ifndef J1939_MAX_UNICAST_ADDR
#define J1939_MAX_UNICAST_ADDR PSK_ABSENT
#endif
#ifndef J1939_NO_ADDR
#define J1939_NO_ADDR PSK_ABSENT
#endif
#ifndef J1939_NO_NAME
#define J1939_NO_NAME PSK_ABSENT
#endif
#ifndef J1939_NO_PGN
#define J1939_NO_PGN PSK_ABSENT
#endif
#ifndef J1939_PGN_ADDRESS_CLAIMED
#define J1939_PGN_ADDRESS_CLAIMED PSK_ABSENT
#endif
#ifndef J1939_PGN_ADDRESS_COMMANDED
#define J1939_PGN_ADDRESS_COMMANDED PSK_ABSENT
#endif
#ifndef J1939_PGN_MAX
#define J1939_PGN_MAX PSK_ABSENT
#endif
#ifndef J1939_PGN_PDU1_MAX
#define J1939_PGN_PDU1_MAX PSK_ABSENT
#endif
#ifndef J1939_PGN_REQUEST
#define J1939_PGN_REQUEST PSK_ABSENT
#endif
#ifndef TIPC_ADDR_ID
#define TIPC_ADDR_ID PSK_ABSENT
#endif
#ifndef TIPC_ADDR_NAME
#define TIPC_ADDR_NAME PSK_ABSENT
#endif
#ifndef TIPC_ADDR_NAMESEQ
#define TIPC_ADDR_NAMESEQ PSK_ABSENT
#endif
#ifndef TIPC_CFG_SRV
#define TIPC_CFG_SRV PSK_ABSENT
#endif
#ifndef TIPC_CONN_TIMEOUT
#define TIPC_CONN_TIMEOUT PSK_ABSENT
#endif
#ifndef TIPC_CRITICAL_IMPORTANCE
#define TIPC_CRITICAL_IMPORTANCE PSK_ABSENT
#endif
#ifndef TIPC_DEST_DROPPABLE
#define TIPC_DEST_DROPPABLE PSK_ABSENT
#endif
#ifndef TIPC_HIGH_IMPORTANCE
#define TIPC_HIGH_IMPORTANCE PSK_ABSENT
#endif
#ifndef TIPC_IMPORTANCE
#define TIPC_IMPORTANCE PSK_ABSENT
#endif
#ifndef TIPC_LOW_IMPORTANCE
#define TIPC_LOW_IMPORTANCE PSK_ABSENT
#endif
#ifndef TIPC_MEDIUM_IMPORTANCE
#define TIPC_MEDIUM_IMPORTANCE PSK_ABSENT
#endif
#ifndef TIPC_PUBLISHED
#define TIPC_PUBLISHED PSK_ABSENT
#endif
#ifndef TIPC_SRC_DROPPABLE
#define TIPC_SRC_DROPPABLE PSK_ABSENT
#endif
#ifndef TIPC_SUBSCR_TIMEOUT
#define TIPC_SUBSCR_TIMEOUT PSK_ABSENT
#endif
#ifndef TIPC_SUB_CANCEL
#define TIPC_SUB_CANCEL PSK_ABSENT
#endif
#ifndef TIPC_SUB_PORTS
#define TIPC_SUB_PORTS PSK_ABSENT
#endif
#ifndef TIPC_SUB_SERVICE
#define TIPC_SUB_SERVICE PSK_ABSENT
#endif
#ifndef TIPC_TOP_SRV
#define TIPC_TOP_SRV PSK_ABSENT
#endif
#ifndef TIPC_WAIT_FOREVER
#define TIPC_WAIT_FOREVER PSK_ABSENT
#endif
#ifndef TIPC_WITHDRAWN
#define TIPC_WITHDRAWN PSK_ABSENT
#endif
#ifndef TIPC_ZONE_SCOPE
#define TIPC_ZONE_SCOPE PSK_ABSENT
#endif
#ifndef NETLINK_CRYPTO
#define NETLINK_CRYPTO PSK_ABSENT
#endif
#ifndef NETLINK_DNRTMSG
#define NETLINK_DNRTMSG PSK_ABSENT
#endif
#ifndef NETLINK_FIREWALL
#define NETLINK_FIREWALL PSK_ABSENT
#endif
#ifndef NETLINK_IP6_FW
#define NETLINK_IP6_FW PSK_ABSENT
#endif
#ifndef NETLINK_NFLOG
#define NETLINK_NFLOG PSK_ABSENT
#endif
#ifndef NETLINK_ROUTE
#define NETLINK_ROUTE PSK_ABSENT
#endif
#ifndef NETLINK_USERSOCK
#define NETLINK_USERSOCK PSK_ABSENT
#endif
#ifndef NETLINK_XFRM
#define NETLINK_XFRM PSK_ABSENT
#endif
#ifndef PACKET_BROADCAST
#define PACKET_BROADCAST PSK_ABSENT
#endif
#ifndef PACKET_FASTROUTE
#define PACKET_FASTROUTE PSK_ABSENT
#endif
#ifndef PACKET_HOST
#define PACKET_HOST PSK_ABSENT
#endif
#ifndef PACKET_LOOPBACK
#define PACKET_LOOPBACK PSK_ABSENT
#endif
#ifndef PACKET_MULTICAST
#define PACKET_MULTICAST PSK_ABSENT
#endif
#ifndef PACKET_OTHERHOST
#define PACKET_OTHERHOST PSK_ABSENT
#endif
#ifndef PACKET_OUTGOING
#define PACKET_OUTGOING PSK_ABSENT
#endif
#ifndef VMADDR_CID_ANY
#define VMADDR_CID_ANY PSK_ABSENT
#endif
#ifndef VMADDR_CID_HOST
#define VMADDR_CID_HOST PSK_ABSENT
#endif
#ifndef VMADDR_PORT_ANY
#define VMADDR_PORT_ANY PSK_ABSENT
#endif
#ifndef VM_SOCKETS_INVALID_VERSION
#define VM_SOCKETS_INVALID_VERSION PSK_ABSENT
#endif
#ifndef IOCTL_VM_SOCKETS_GET_LOCAL_CID
#define IOCTL_VM_SOCKETS_GET_LOCAL_CID PSK_ABSENT
#endif

/* errno names: macros wherever they exist. */
#ifndef E2BIG
#define E2BIG PSK_ABSENT
#endif
#ifndef ENOEXEC
#define ENOEXEC PSK_ABSENT
#endif
#ifndef ENOMEM
#define ENOMEM PSK_ABSENT
#endif
#ifndef ENOTBLK
#define ENOTBLK PSK_ABSENT
#endif
#ifndef EBUSY
#define EBUSY PSK_ABSENT
#endif
#ifndef EXDEV
#define EXDEV PSK_ABSENT
#endif
#ifndef ENODEV
#define ENODEV PSK_ABSENT
#endif
#ifndef ENFILE
#define ENFILE PSK_ABSENT
#endif
#ifndef ENOTTY
#define ENOTTY PSK_ABSENT
#endif
#ifndef ETXTBSY
#define ETXTBSY PSK_ABSENT
#endif
#ifndef EFBIG
#define EFBIG PSK_ABSENT
#endif
#ifndef ENOSPC
#define ENOSPC PSK_ABSENT
#endif
#ifndef ESPIPE
#define ESPIPE PSK_ABSENT
#endif
#ifndef EROFS
#define EROFS PSK_ABSENT
#endif
#ifndef EMLINK
#define EMLINK PSK_ABSENT
#endif
#ifndef EDOM
#define EDOM PSK_ABSENT
#endif
#ifndef ERANGE
#define ERANGE PSK_ABSENT
#endif
#ifndef EDEADLK
#define EDEADLK PSK_ABSENT
#endif
#ifndef EDEADLOCK
#define EDEADLOCK PSK_ABSENT
#endif
#ifndef ENAMETOOLONG
#define ENAMETOOLONG PSK_ABSENT
#endif
#ifndef ENOLCK
#define ENOLCK PSK_ABSENT
#endif
#ifndef ENOSYS
#define ENOSYS PSK_ABSENT
#endif
#ifndef ENOTEMPTY
#define ENOTEMPTY PSK_ABSENT
#endif
#ifndef ELOOP
#define ELOOP PSK_ABSENT
#endif
#ifndef ENOMSG
#define ENOMSG PSK_ABSENT
#endif
#ifndef EIDRM
#define EIDRM PSK_ABSENT
#endif
#ifndef ECHRNG
#define ECHRNG PSK_ABSENT
#endif
#ifndef EL2NSYNC
#define EL2NSYNC PSK_ABSENT
#endif
#ifndef EL3HLT
#define EL3HLT PSK_ABSENT
#endif
#ifndef EL3RST
#define EL3RST PSK_ABSENT
#endif
#ifndef ELNRNG
#define ELNRNG PSK_ABSENT
#endif
#ifndef EUNATCH
#define EUNATCH PSK_ABSENT
#endif
#ifndef ENOCSI
#define ENOCSI PSK_ABSENT
#endif
#ifndef EL2HLT
#define EL2HLT PSK_ABSENT
#endif
#ifndef EBADE
#define EBADE PSK_ABSENT
#endif
#ifndef EBADR
#define EBADR PSK_ABSENT
#endif
#ifndef EXFULL
#define EXFULL PSK_ABSENT
#endif
#ifndef ENOANO
#define ENOANO PSK_ABSENT
#endif
#ifndef EBADRQC
#define EBADRQC PSK_ABSENT
#endif
#ifndef EBADSLT
#define EBADSLT PSK_ABSENT
#endif
#ifndef EBFONT
#define EBFONT PSK_ABSENT
#endif
#ifndef ENOSTR
#define ENOSTR PSK_ABSENT
#endif
#ifndef ENODATA
#define ENODATA PSK_ABSENT
#endif
#ifndef ETIME
#define ETIME PSK_ABSENT
#endif
#ifndef ENOSR
#define ENOSR PSK_ABSENT
#endif
#ifndef ENONET
#define ENONET PSK_ABSENT
#endif
#ifndef ENOPKG
#define ENOPKG PSK_ABSENT
#endif
#ifndef EREMOTE
#define EREMOTE PSK_ABSENT
#endif
#ifndef ENOLINK
#define ENOLINK PSK_ABSENT
#endif
#ifndef EADV
#define EADV PSK_ABSENT
#endif
#ifndef ESRMNT
#define ESRMNT PSK_ABSENT
#endif
#ifndef ECOMM
#define ECOMM PSK_ABSENT
#endif
#ifndef EPROTO
#define EPROTO PSK_ABSENT
#endif
#ifndef EMULTIHOP
#define EMULTIHOP PSK_ABSENT
#endif
#ifndef EDOTDOT
#define EDOTDOT PSK_ABSENT
#endif
#ifndef EBADMSG
#define EBADMSG PSK_ABSENT
#endif
#ifndef EOVERFLOW
#define EOVERFLOW PSK_ABSENT
#endif
#ifndef ENOTUNIQ
#define ENOTUNIQ PSK_ABSENT
#endif
#ifndef EBADFD
#define EBADFD PSK_ABSENT
#endif
#ifndef EREMCHG
#define EREMCHG PSK_ABSENT
#endif
#ifndef ELIBACC
#define ELIBACC PSK_ABSENT
#endif
#ifndef ELIBBAD
#define ELIBBAD PSK_ABSENT
#endif
#ifndef ELIBSCN
#define ELIBSCN PSK_ABSENT
#endif
#ifndef ELIBMAX
#define ELIBMAX PSK_ABSENT
#endif
#ifndef ELIBEXEC
#define ELIBEXEC PSK_ABSENT
#endif
#ifndef EILSEQ
#define EILSEQ PSK_ABSENT
#endif
#ifndef ERESTART
#define ERESTART PSK_ABSENT
#endif
#ifndef ESTRPIPE
#define ESTRPIPE PSK_ABSENT
#endif
#ifndef EUSERS
#define EUSERS PSK_ABSENT
#endif
#ifndef ENOTSUP
#define ENOTSUP PSK_ABSENT
#endif
#ifndef EPFNOSUPPORT
#define EPFNOSUPPORT PSK_ABSENT
#endif
#ifndef ENETRESET
#define ENETRESET PSK_ABSENT
#endif
#ifndef ETOOMANYREFS
#define ETOOMANYREFS PSK_ABSENT
#endif
#ifndef EHOSTDOWN
#define EHOSTDOWN PSK_ABSENT
#endif
#ifndef ESTALE
#define ESTALE PSK_ABSENT
#endif
#ifndef EUCLEAN
#define EUCLEAN PSK_ABSENT
#endif
#ifndef ENOTNAM
#define ENOTNAM PSK_ABSENT
#endif
#ifndef ENAVAIL
#define ENAVAIL PSK_ABSENT
#endif
#ifndef EISNAM
#define EISNAM PSK_ABSENT
#endif
#ifndef EREMOTEIO
#define EREMOTEIO PSK_ABSENT
#endif
#ifndef EDQUOT
#define EDQUOT PSK_ABSENT
#endif
#ifndef ENOMEDIUM
#define ENOMEDIUM PSK_ABSENT
#endif
#ifndef EMEDIUMTYPE
#define EMEDIUMTYPE PSK_ABSENT
#endif
#ifndef ECANCELED
#define ECANCELED PSK_ABSENT
#endif
#ifndef ENOKEY
#define ENOKEY PSK_ABSENT
#endif
#ifndef EKEYEXPIRED
#define EKEYEXPIRED PSK_ABSENT
#endif
#ifndef EKEYREVOKED
#define EKEYREVOKED PSK_ABSENT
#endif
#ifndef EKEYREJECTED
#define EKEYREJECTED PSK_ABSENT
#endif
#ifndef EOWNERDEAD
#define EOWNERDEAD PSK_ABSENT
#endif
#ifndef ENOTRECOVERABLE
#define ENOTRECOVERABLE PSK_ABSENT
#endif
#ifndef ERFKILL
#define ERFKILL PSK_ABSENT
#endif

#endif
