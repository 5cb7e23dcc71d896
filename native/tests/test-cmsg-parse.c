/* The parser on control data the kernel never makes (R36): an SCM_RIGHTS item cut by the end
 * of the data has each whole descriptor in it closed and is left out; a cut item of another
 * type keeps the bytes that arrived; a header shorter than CMSG_LEN(0) ends the parse; an
 * item that does not fit into the items area is left out with its descriptors closed. */
#include "task.h"

#include "cmsg.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int closed[8];
static int nclosed;

static void record_close(int fd) {
    ASSERT_LT(nclosed, 8);
    closed[nclosed++] = fd;
    close(fd);
}

static int is_open(int fd) {
    return fcntl(fd, F_GETFD) != -1;
}

TEST_IMPL(cmsg_parse) {
    union {
        struct cmsghdr align;
        unsigned char bytes[256];
    } control;
    unsigned char items[256];
    int p[2];
    ASSERT_EQ(pipe(p), 0);

    /* An SCM_RIGHTS message claiming 3 fds, of which 2 and a half arrived. */
    memset(&control, 0, sizeof control);
    struct cmsghdr *c = &control.align;
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(12);
    memcpy(CMSG_DATA(c), p, sizeof p);
    nclosed = 0;
    struct psk__cmsg_parsed r = psk__cmsg_parse(&control, CMSG_LEN(10), items, sizeof items, record_close);
    ASSERT_EQ(r.count, 0);
    ASSERT_EQ(r.used, 0);
    ASSERT_EQ(r.dropped, 1);
    ASSERT_EQ(nclosed, 2);
    ASSERT(!is_open(p[0]) && !is_open(p[1]));

    /* The same cut on another type: kept with the 10 bytes that arrived. */
    c->cmsg_type = SCM_CREDENTIALS;
    nclosed = 0;
    r = psk__cmsg_parse(&control, CMSG_LEN(10), items, sizeof items, record_close);
    ASSERT_EQ(r.count, 1);
    ASSERT_EQ(r.dropped, 1);
    ASSERT_EQ(item_at(items, 0).len, 10);
    ASSERT_EQ(nclosed, 0);

    /* A cmsg_len below CMSG_LEN(0) ends the parse after the items before it. */
    c->cmsg_len = CMSG_LEN(4);
    struct cmsghdr *next = (struct cmsghdr *)(control.bytes + CMSG_SPACE(4));
    next->cmsg_len = 3;
    r = psk__cmsg_parse(&control, CMSG_SPACE(4) + CMSG_LEN(0), items, sizeof items, record_close);
    ASSERT_EQ(r.count, 1);
    ASSERT_EQ(r.dropped, 1);

    /* No room in items for an SCM_RIGHTS item: its descriptor is closed, the item left out. */
    ASSERT_EQ(pipe(p), 0);
    memset(&control, 0, sizeof control);
    c->cmsg_level = SOL_SOCKET;
    c->cmsg_type = SCM_RIGHTS;
    c->cmsg_len = CMSG_LEN(8);
    memcpy(CMSG_DATA(c), p, sizeof p);
    nclosed = 0;
    r = psk__cmsg_parse(&control, CMSG_SPACE(8), items, PSK_ITEM_SPACE(8) - 1, record_close);
    ASSERT_EQ(r.count, 0);
    ASSERT_EQ(r.dropped, 1);
    ASSERT_EQ(nclosed, 2);
    ASSERT(!is_open(p[0]) && !is_open(p[1]));

    /* Empty or absent control data: nothing. */
    r = psk__cmsg_parse(NULL, 0, items, sizeof items, record_close);
    ASSERT_EQ(r.count + r.used + r.dropped, 0);
    r = psk__cmsg_parse(&control, sizeof(struct cmsghdr) - 1, items, sizeof items, record_close);
    ASSERT_EQ(r.count + r.used, 0);

    /* Round trip: build two items, parse them back byte for byte. */
    unsigned char in[64];
    memset(in, 0, sizeof in);
    int off = 0;
    put_item(in, &off, 1, 2, "abc", 3);
    put_item(in, &off, 41, 42, "", 0);
    int used = psk__cmsg_build(in, off, &control, sizeof control);
    ASSERT_EQ(used, CMSG_SPACE(3) + CMSG_SPACE(0));
    r = psk__cmsg_parse(&control, (size_t)used, items, sizeof items, record_close);
    ASSERT_EQ(r.count, 2);
    ASSERT_EQ(r.dropped, 0);
    ASSERT_EQ(r.used, off);
    ASSERT(memcmp(items, in, (size_t)off) == 0);
    return 0;
}
