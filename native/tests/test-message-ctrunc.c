/* Truncated control data never leaks a descriptor (R36, R37, scenario 73): with no control
 * buffer the kernel drops the sent descriptors and reports MSG_CTRUNC; with room for one of
 * two, one arrives (the kernel closes the other) and MSG_CTRUNC is set; the process holds
 * exactly the descriptors handed over. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static void send_two(int fd, int a, int b) {
    int two[2] = {a, b};
    unsigned char items[64], control[CMSG_SPACE(sizeof two)];
    int off = 0;
    put_item(items, &off, SOL_SOCKET, SCM_RIGHTS, two, (int)sizeof two);
    struct iovec x = {"x", 1};
    ASSERT_EQ(psk_sendmsg(fd, &x, 1, items, off, control, sizeof control, 0, NULL), 1);
}

TEST_IMPL(message_ctrunc) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    int p[2];
    ASSERT_EQ(pipe(p), 0);
    int before = count_open_fds();
    char buf[8];
    struct iovec in = {buf, sizeof buf};
    unsigned char control[64], items[64];
    int32_t res[3];
    psk_addr from;

    send_two(sv[0], p[0], p[1]);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, NULL, 0, items, sizeof items, 0, &from, res), 1);
    ASSERT_EQ(res[0], MSG_CTRUNC);
    ASSERT_EQ(res[2], 0);
    ASSERT_EQ(count_open_fds(), before);

    send_two(sv[0], p[0], p[1]);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, CMSG_LEN(sizeof(int)), items, sizeof items, 0, &from, res), 1);
    ASSERT_EQ(res[0], MSG_CTRUNC);
    ASSERT_EQ(res[2], 1);
    ASSERT_EQ(item_at(items, 0).len, 4);
    int fd;
    memcpy(&fd, items + sizeof(psk_cmsg_item), sizeof fd);
    ASSERT_EQ(count_open_fds(), before + 1);
    ASSERT_EQ(close(fd), 0);
    ASSERT_EQ(count_open_fds(), before);

    close(p[0]);
    close(p[1]);
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    return 0;
}
