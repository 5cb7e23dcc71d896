/* cmsg.c - ancillary data: psk_cmsg_item records to and from the kernel's control messages. */
#include "cmsg.h"

#include <errno.h>
#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

/* The item header is read and written with memcpy: callers' buffers (and the fuzzer's) need
 * not be aligned for it. */

/* item_space: PSK_ITEM_SPACE in size_t, where a length near INT_MAX cannot overflow. */
static size_t item_space(size_t len) {
    return sizeof(psk_cmsg_item) + ((len + PSK_ITEM_ALIGN - 1) & ~(size_t)(PSK_ITEM_ALIGN - 1));
}

/*
 * next_header: CMSG_NXTHDR by glibc's rule (its __cmsg_nxthdr), the same on every libc: NULL
 * when cmsg's own length is below a header, or when the next header, or the aligned length
 * that header claims, would end past msg_controllen. musl's macro differs at the edge (it stops
 * when the next header would exactly fill the rest, so a last message with no data was lost).
 * Offsets, not pointers, so no pointer is ever formed past the buffer.
 */
/* align_len: glibc's CMSG_ALIGN (a length rounded up to a size_t), which musl spells alike. */
static size_t align_len(size_t len) {
    return (len + sizeof(size_t) - 1) & ~(sizeof(size_t) - 1);
}

static struct cmsghdr *next_header(const struct msghdr *msg, const struct cmsghdr *cmsg) {
    size_t end = msg->msg_controllen;
    size_t offset = (size_t)((const unsigned char *)cmsg - (const unsigned char *)msg->msg_control);
    if (cmsg->cmsg_len < sizeof(struct cmsghdr)) {
        return NULL;
    }
    size_t step = align_len((size_t)cmsg->cmsg_len);
    if (step < (size_t)cmsg->cmsg_len || step > end - offset) {
        return NULL;
    }
    size_t next = offset + step;
    if (end - next < sizeof(struct cmsghdr)) {
        return NULL;
    }
    struct cmsghdr *h = (struct cmsghdr *)((unsigned char *)msg->msg_control + next);
    size_t claimed = align_len((size_t)h->cmsg_len);
    if (claimed < (size_t)h->cmsg_len || claimed > end - next) {
        return NULL;
    }
    return h;
}

int psk__cmsg_build(const void *items, int itemslen, void *control, int controllen) {
    if (itemslen < 0 || controllen < 0 || (items == NULL && itemslen > 0) ||
        (control == NULL && controllen > 0)) {
        return -EINVAL;
    }
    if (controllen > 0) {
        /* next_header reads the next header's cmsg_len: it must be 0, not garbage (and the
         * kernel reads musl's cmsghdr padding as part of cmsg_len, so it must be 0 too). */
        memset(control, 0, (size_t)controllen);
    }
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_control = control;
    msg.msg_controllen = (size_t)controllen;

    const unsigned char *p = items;
    size_t offset = 0;
    size_t used = 0;
    struct cmsghdr *cmsg = NULL;
    while (offset < (size_t)itemslen) {
        size_t left = (size_t)itemslen - offset;
        psk_cmsg_item item;
        if (left < sizeof item) {
            return -EINVAL;
        }
        memcpy(&item, p + offset, sizeof item);
        if (item.len < 0 || (size_t)item.len > left - sizeof item) {
            return -EINVAL;
        }
        size_t space = CMSG_SPACE((size_t)item.len);
        if (space > (size_t)controllen - used) {
            return -ENOBUFS;
        }
        /* The first header is CMSG_FIRSTHDR; each next one CMSG_NXTHDR of the one just
         * written, which returns NULL only if our own size check above were wrong. */
        cmsg = cmsg == NULL ? CMSG_FIRSTHDR(&msg) : next_header(&msg, cmsg);
        if (cmsg == NULL) {
            return -ENOBUFS;
        }
        cmsg->cmsg_level = item.level;
        cmsg->cmsg_type = item.type;
        cmsg->cmsg_len = CMSG_LEN((size_t)item.len);
        if (item.len > 0) {
            memcpy(CMSG_DATA(cmsg), p + offset + sizeof item, (size_t)item.len);
        }
        used += space;
        /* The last item's padding may be left out of itemslen. */
        size_t step = item_space((size_t)item.len);
        offset += step < left ? step : left;
    }
    return (int)used;
}

/* close_whole_fds hands every whole int of data[0, len) to close_fd. */
static void close_whole_fds(const unsigned char *data, size_t len, psk__cmsg_close close_fd) {
    for (size_t i = 0; i + sizeof(int) <= len; i += sizeof(int)) {
        int fd;
        memcpy(&fd, data + i, sizeof fd);
        close_fd(fd);
    }
}

struct psk__cmsg_parsed psk__cmsg_parse(const void *control, size_t controllen, void *items,
                                        int itemslen, psk__cmsg_close close_fd) {
    struct psk__cmsg_parsed r = {0, 0, 0};
    if (control == NULL || controllen == 0) {
        return r;
    }
    struct msghdr msg;
    memset(&msg, 0, sizeof msg);
    msg.msg_control = (void *)control;
    msg.msg_controllen = controllen;
    unsigned char *out = items;
    size_t room = items == NULL || itemslen < 0 ? 0 : (size_t)itemslen;

    for (struct cmsghdr *cmsg = CMSG_FIRSTHDR(&msg); cmsg != NULL; cmsg = next_header(&msg, cmsg)) {
        size_t offset = (size_t)((const unsigned char *)cmsg - (const unsigned char *)control);
        /* CPython's cmsg_min_space: the whole header must lie inside what arrived. */
        if (offset > controllen || controllen - offset < CMSG_LEN(0) ||
            cmsg->cmsg_len < CMSG_LEN(0)) {
            r.dropped = 1;
            break;
        }
        size_t arrived = controllen - offset - CMSG_LEN(0);
        size_t len = cmsg->cmsg_len - CMSG_LEN(0);
        int cut = len > arrived;
        if (cut) {
            len = arrived; /* CPython keeps what arrived ("improperly-truncated") */
            r.dropped = 1;
        }
        const unsigned char *data = CMSG_DATA(cmsg);
        int fds = cmsg->cmsg_level == SOL_SOCKET && cmsg->cmsg_type == SCM_RIGHTS;
        /* An item's len is an int32_t: a longer one could never be handed over. */
        size_t need = len > (size_t)INT32_MAX - 2 * sizeof(psk_cmsg_item) ? SIZE_MAX : item_space(len);
        if ((fds && cut) || need > room - (size_t)r.used) {
            if (fds) {
                close_whole_fds(data, len, close_fd);
            }
            r.dropped = 1;
        } else {
            psk_cmsg_item item = {cmsg->cmsg_level, cmsg->cmsg_type, (int32_t)len, 0};
            memcpy(out + r.used, &item, sizeof item);
            if (len > 0) {
                memcpy(out + r.used + sizeof item, data, len);
            }
            /* The padding is zeroed: no stale byte of items is ever read as data. */
            memset(out + r.used + sizeof item + len, 0, need - sizeof item - len);
            r.used += (int)need;
            r.count++;
        }
        if (cut) {
            break; /* nothing follows data that ran past the end */
        }
    }
    return r;
}
