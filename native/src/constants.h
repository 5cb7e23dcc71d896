/*
 * constants.h - what init.c needs to expand PSK_CONSTANTS (native/constants.list): the headers
 * that define the names, the cases a generic fallback cannot handle, and last the generated
 * fallbacks (constants_absent.h), which make every other missing name PSK_ABSENT, so that
 * Sockets.has answers false for it. Included by init.c only.
 *
 * A name from a header not included below needs that header here once; test-init-constants
 * (no name absent on Linux) and PlatformTest (the headers' values are the list's Linux values)
 * fail until it is.
 *
 * The protocol-family headers are Linux-only; each is used where it exists, as CPython's
 * configure does (HAVE_LINUX_CAN_H, ...), and the names it would supply become absent.
 */
#ifndef PSK_CONSTANTS_H
#define PSK_CONSTANTS_H

#include <limits.h> /* PIPE_BUF */
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <netinet/udp.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/socket.h>

#if defined(__linux__) && defined(__has_include)
/* poll.h above and sys/epoll.h here: the POLL* and EPOLL* names of Python's select module. */
#if __has_include(<sys/epoll.h>)
#include <sys/epoll.h>
#endif
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

/* Every other name is a macro where it exists, and absent where it does not. */
#include "constants_absent.h"

#endif
