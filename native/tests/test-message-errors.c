/* psk_sendmsg's and psk_recvmsg's refusals (R35, scenario 75): a closed descriptor in
 * SCM_RIGHTS is the kernel's EBADF, an unknown type EINVAL; malformed items, a control area
 * too small, bad iovecs and NULL out-parameters are -EINVAL / -ENOBUFS before any syscall;
 * a broken stream is EPIPE, never SIGPIPE (R34). */
#include "task.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

TEST_IMPL(message_errors) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    struct iovec x = {"x", 1};
    unsigned char items[64], control[64];
    int off = 0;
    int bad = 9999;
    put_item(items, &off, SOL_SOCKET, SCM_RIGHTS, &bad, 4);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, off, control, sizeof control, 0, NULL), -EBADF);
    off = 0;
    put_item(items, &off, SOL_SOCKET, 999, "", 0);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, off, control, sizeof control, 0, NULL), -EINVAL);

    /* Malformed items: a short header, a len past the end, a negative len. */
    off = 0;
    put_item(items, &off, SOL_SOCKET, SCM_RIGHTS, &bad, 4);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, 15, control, sizeof control, 0, NULL), -EINVAL);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, 19, control, sizeof control, 0, NULL), -EINVAL);
    psk_cmsg_item neg = {SOL_SOCKET, SCM_RIGHTS, -4, 0};
    memcpy(items, &neg, sizeof neg);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, 24, control, sizeof control, 0, NULL), -EINVAL);
    /* The control area must hold CMSG_SPACE(4) = 24 bytes. */
    off = 0;
    put_item(items, &off, SOL_SOCKET, SCM_RIGHTS, &sv[0], 4);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, off, control, (int)CMSG_SPACE(4) - 1, 0, NULL), -ENOBUFS);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, off, NULL, 0, 0, NULL), -ENOBUFS);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, items, -1, control, sizeof control, 0, NULL), -EINVAL);

    /* iovecs: NULL with a count, a negative count, NULL base with a length, more than INT_MAX. */
    ASSERT_EQ(psk_sendmsg(sv[0], NULL, 1, NULL, 0, NULL, 0, 0, NULL), -EINVAL);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, -1, NULL, 0, NULL, 0, 0, NULL), -EINVAL);
    struct iovec null_base = {NULL, 1};
    ASSERT_EQ(psk_sendmsg(sv[0], &null_base, 1, NULL, 0, NULL, 0, 0, NULL), -EINVAL);
    struct iovec huge[2] = {{"a", (size_t)1 << 30}, {"b", (size_t)1 << 30}};
    ASSERT_EQ(psk_sendmsg(sv[0], huge, 2, NULL, 0, NULL, 0, 0, NULL), -EINVAL);

    /* recvmsg: the items area must be at least the control area; out and from are required. */
    char buf[4];
    struct iovec in = {buf, sizeof buf};
    int32_t res[3];
    psk_addr from;
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, 64, items, 63, 0, &from, res), -EINVAL);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, 64, items, 64, 0, NULL, res), -EINVAL);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, 64, items, 64, 0, &from, NULL), -EINVAL);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, NULL, 8, items, 64, 0, &from, res), -EINVAL);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, 64, items, 64, MSG_DONTWAIT, &from, res), -EAGAIN);

    /* A broken stream: EPIPE with SIGPIPE at its default action. */
    ASSERT(signal(SIGPIPE, SIG_DFL) != SIG_ERR);
    ASSERT_EQ(psk_close(sv[1]), 0);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, NULL, 0, NULL, 0, 0, NULL), -EPIPE);
    ASSERT_EQ(psk_set_nonblocking(sv[0], 1), 0);
    ASSERT_EQ(psk_sendmsg_timed(sv[0], &x, 1, NULL, 0, NULL, 0, 0, NULL, SECONDS), -EPIPE);
    ASSERT_EQ(psk_close(sv[0]), 0);
    return 0;
}
