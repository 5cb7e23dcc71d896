/* SCM_RIGHTS (scenario 71, R37): two pipe ends sent in one item arrive as two new, distinct,
 * close-on-exec descriptors (MSG_CMSG_CLOEXEC); writing through the received write end is
 * read from the original read end. 253 descriptors (SCM_MAX_FD) go in one message. */
#include "task.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

TEST_IMPL(message_fds) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    int p[2];
    ASSERT_EQ(pipe(p), 0);

    unsigned char items[64];
    int off = 0;
    put_item(items, &off, SOL_SOCKET, SCM_RIGHTS, p, (int)sizeof p);
    unsigned char control[CMSG_SPACE(sizeof p)];
    struct iovec hello = {"hello", 5};
    ASSERT_EQ(psk_sendmsg(sv[0], &hello, 1, items, off, control, sizeof control, 0, NULL), 5);

    char buf[16];
    struct iovec in = {buf, sizeof buf};
    unsigned char rcontrol[CMSG_SPACE(4 * sizeof(int))];
    unsigned char ritems[sizeof rcontrol];
    int32_t res[3];
    psk_addr from;
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, rcontrol, sizeof rcontrol, ritems, sizeof ritems, 0, &from, res), 5);
    ASSERT(memcmp(buf, "hello", 5) == 0);
    ASSERT_EQ(res[0], 0);
    ASSERT_EQ(res[2], 1);
    ASSERT_EQ(res[1], PSK_ITEM_SPACE(8));
    psk_cmsg_item item = item_at(ritems, 0);
    ASSERT_EQ(item.level, SOL_SOCKET);
    ASSERT_EQ(item.type, SCM_RIGHTS);
    ASSERT_EQ(item.len, 8);
    int got[2];
    memcpy(got, ritems + sizeof item, sizeof got);
    for (int i = 0; i < 2; i++) {
        ASSERT(got[i] != p[0] && got[i] != p[1]);
        ASSERT_EQ(fcntl(got[i], F_GETFD) & FD_CLOEXEC, FD_CLOEXEC);
    }
    ASSERT_NE(got[0], got[1]);
    ASSERT_EQ(write(got[1], "via", 3), 3);
    ASSERT_EQ(read(p[0], buf, sizeof buf), 3);
    ASSERT(memcmp(buf, "via", 3) == 0);
    close(got[0]);
    close(got[1]);

    /* 253 descriptors in one item: all arrive. */
    enum { MANY = 253 };
    int many[MANY];
    for (int i = 0; i < MANY; i++) {
        many[i] = p[i % 2];
    }
    static unsigned char big_items[PSK_ITEM_SPACE(MANY * 4)];
    static unsigned char big_control[CMSG_SPACE(MANY * 4)];
    off = 0;
    put_item(big_items, &off, SOL_SOCKET, SCM_RIGHTS, many, (int)sizeof many);
    struct iovec one = {"x", 1};
    ASSERT_EQ(psk_sendmsg(sv[0], &one, 1, big_items, off, big_control, sizeof big_control, 0, NULL), 1);
    int before = count_open_fds();
    static unsigned char r_items[CMSG_SPACE(MANY * 4)];
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, big_control, sizeof big_control, r_items, sizeof r_items, 0, &from, res), 1);
    ASSERT_EQ(res[0], 0);
    ASSERT_EQ(res[2], 1);
    ASSERT_EQ(item_at(r_items, 0).len, MANY * 4);
    ASSERT_EQ(count_open_fds(), before + MANY);
    for (int i = 0; i < MANY; i++) {
        int fd;
        memcpy(&fd, r_items + sizeof item + 4 * i, sizeof fd);
        ASSERT_EQ(close(fd), 0);
    }
    ASSERT_EQ(count_open_fds(), before);

    close(p[0]);
    close(p[1]);
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    return 0;
}
