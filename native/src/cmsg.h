/*
 * cmsg.h - the ancillary-data builder and parser of message.c, on their own so that the fuzz
 * target (native/fuzz/fuzz-cmsg.c) compiles exactly this code and nothing that makes syscalls.
 * Items are pysocket.h's psk_cmsg_item records; control data is the kernel's cmsghdr list.
 */
#ifndef PSK_CMSG_H
#define PSK_CMSG_H

#include "pysocket.h"

#include <stddef.h>

/*
 * psk__cmsg_build writes the control data for the items at items (itemslen bytes) into
 * control (controllen bytes, cleared first; may be NULL when controllen is 0) with
 * CMSG_FIRSTHDR/CMSG_NXTHDR, and returns the control bytes used (the sum of CMSG_SPACE of the
 * items' lengths), or -EINVAL when an item is malformed (a header or data past itemslen, a
 * negative len) or -ENOBUFS when control is too small. Nothing is read past itemslen nor
 * written past controllen.
 */
int psk__cmsg_build(const void *items, int itemslen, void *control, int controllen);

/* psk__cmsg_close: how the parser closes a descriptor it cannot hand over (close(2) in the
 * library; the fuzz target records instead of closing). */
typedef void (*psk__cmsg_close)(int fd);

/* What psk__cmsg_parse made: item bytes written, items, and whether any item was dropped or cut. */
struct psk__cmsg_parsed {
    int used;
    int count;
    int dropped;
};

/*
 * psk__cmsg_parse reads the control data the kernel wrote (control, controllen bytes, aligned
 * for struct cmsghdr) as CPython's sock_recvmsg_guts does, and writes one item per control
 * message into items (itemslen bytes). Every header is checked against controllen before it
 * is read: a header that does not fit or whose cmsg_len is below CMSG_LEN(0) ends the parse;
 * data that cmsg_len claims past the end is cut to what arrived. An SCM_RIGHTS item that is
 * cut, or does not fit into items, is not written: each whole descriptor in it goes to
 * close_fd. dropped is set for every item left out or cut. Never reads past controllen nor
 * writes past itemslen.
 */
struct psk__cmsg_parsed psk__cmsg_parse(const void *control, size_t controllen, void *items,
                                        int itemslen, psk__cmsg_close close_fd);

#endif
