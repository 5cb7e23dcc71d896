/* layout.c - psk_layout: the sizes and offsets of pysocket.h's records, for Java to read at load. */
#include "internal.h"

#include <stddef.h>
#include <stdio.h>
#include <sys/uio.h>

/* Java reads and writes every int32_t field below as a 4-byte int: a wider field would be
 * read in part, so it must fail here, not there. */
#define INT32_FIELD(type, field) \
    _Static_assert(sizeof(((type *)0)->field) == 4, #type "." #field " is read as a 4-byte int")
INT32_FIELD(psk_addr, family);
INT32_FIELD(psk_addr, port);
INT32_FIELD(psk_addr, flowinfo);
INT32_FIELD(psk_addr, scope_id);
INT32_FIELD(psk_addr, len);
INT32_FIELD(psk_ai_entry, family);
INT32_FIELD(psk_ai_entry, socktype);
INT32_FIELD(psk_ai_entry, protocol);
INT32_FIELD(psk_ai_entry, canonname);
INT32_FIELD(psk_hostent, addrtype);
INT32_FIELD(psk_hostent, addrlen);
INT32_FIELD(psk_hostent, naliases);
INT32_FIELD(psk_hostent, naddrs);
INT32_FIELD(psk_if_entry, index);
INT32_FIELD(psk_cmsg_item, level);
INT32_FIELD(psk_cmsg_item, type);
INT32_FIELD(psk_cmsg_item, len);
#undef INT32_FIELD

/* Java writes struct iovec's two fields as 8-byte longs (a pointer and a size_t). */
_Static_assert(sizeof(((struct iovec *)0)->iov_base) == 8, "iovec.iov_base is written as a long");
_Static_assert(sizeof(((struct iovec *)0)->iov_len) == 8, "iovec.iov_len is written as a long");

#define FIELD_SIZE(type, field) sizeof(((type *)0)->field)

/* LAYOUT(X): X(name, value) for every number psk_layout reports; Java's Layout reads each. */
#define LAYOUT(X)                                              \
    X(ADDR_SIZE, sizeof(psk_addr))                             \
    X(ADDR_FAMILY, offsetof(psk_addr, family))                 \
    X(ADDR_PORT, offsetof(psk_addr, port))                     \
    X(ADDR_FLOWINFO, offsetof(psk_addr, flowinfo))             \
    X(ADDR_SCOPE_ID, offsetof(psk_addr, scope_id))             \
    X(ADDR_LEN, offsetof(psk_addr, len))                       \
    X(ADDR_DATA, offsetof(psk_addr, data))                     \
    X(ADDR_DATA_MAX, FIELD_SIZE(psk_addr, data))               \
    X(AI_HEADER, PSK_AI_HEADER)                                \
    X(AI_ENTRY_SIZE, sizeof(psk_ai_entry))                     \
    X(AI_FAMILY, offsetof(psk_ai_entry, family))               \
    X(AI_SOCKTYPE, offsetof(psk_ai_entry, socktype))           \
    X(AI_PROTOCOL, offsetof(psk_ai_entry, protocol))           \
    X(AI_CANONNAME, offsetof(psk_ai_entry, canonname))         \
    X(AI_ADDR, offsetof(psk_ai_entry, addr))                   \
    X(NI_SIZE, PSK_NI_SIZE)                                    \
    X(NI_SERV_OFFSET, PSK_NI_SERV_OFFSET)                      \
    X(HOSTENT_SIZE, sizeof(psk_hostent))                       \
    X(HOSTENT_ADDRTYPE, offsetof(psk_hostent, addrtype))       \
    X(HOSTENT_ADDRLEN, offsetof(psk_hostent, addrlen))         \
    X(HOSTENT_NALIASES, offsetof(psk_hostent, naliases))       \
    X(HOSTENT_NADDRS, offsetof(psk_hostent, naddrs))           \
    X(IF_ENTRY_SIZE, sizeof(psk_if_entry))                     \
    X(IF_INDEX, offsetof(psk_if_entry, index))                 \
    X(IF_NAME, offsetof(psk_if_entry, name))                   \
    X(IF_NAME_MAX, FIELD_SIZE(psk_if_entry, name))             \
    X(IOV_SIZE, sizeof(struct iovec))                          \
    X(IOV_BASE, offsetof(struct iovec, iov_base))              \
    X(IOV_LEN, offsetof(struct iovec, iov_len))                \
    X(ITEM_SIZE, sizeof(psk_cmsg_item))                        \
    X(ITEM_LEVEL, offsetof(psk_cmsg_item, level))              \
    X(ITEM_TYPE, offsetof(psk_cmsg_item, type))                \
    X(ITEM_LEN, offsetof(psk_cmsg_item, len))                  \
    X(ITEM_ALIGN, PSK_ITEM_ALIGN)

#define LINE(name, value) #name "=%zu\n"
#define VALUE(name, value) , (size_t)(value)

/*
 * psk_layout: see pysocket.h. snprintf with one format for the whole list: it never writes
 * past buflen and always terminates, and its result is the full length, so "too small" is
 * a result >= buflen.
 */
int psk_layout(char *buf, int buflen) {
    if (buf == NULL || buflen < 0) {
        return -EINVAL;
    }
    int n = snprintf(buf, (size_t)buflen, LAYOUT(LINE) LAYOUT(VALUE));
    if (n < 0) {
        return -EINVAL;
    }
    return n >= buflen ? -ENOBUFS : n;
}
