/* psk_epoll_*: a close-on-exec epoll descriptor; ADD twice is EEXIST, MOD/DEL of an unknown fd
 * ENOENT; events come back as {fd, events} pairs; EPOLLET reports an edge once, EPOLLONESHOT
 * disarms after one event until MOD re-arms it. */
#include "task.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>

TEST_IMPL(epoll_basic) {
    int ep = psk_epoll_create();
    ASSERT_GE(ep, 0);
    ASSERT(fcntl(ep, F_GETFD) & FD_CLOEXEC);

    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_ADD, sv[0], EPOLLIN | EPOLLET), 0);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_ADD, sv[0], EPOLLIN), -EEXIST);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_MOD, sv[1], EPOLLIN), -ENOENT);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_DEL, sv[1], 0), -ENOENT);

    int32_t out[4 * PSK_EPOLL_EVENT_SPACE / 4];
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 0), 0);
    ASSERT_EQ(psk_send(sv[1], "ab", 2, 0), 2);
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 2 * SECONDS), 1);
    ASSERT_EQ(out[0], sv[0]);
    ASSERT_EQ(out[1], EPOLLIN);
    /* Edge-triggered: the same unread data is not reported again. */
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 0), 0);

    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_ADD, sv[1], EPOLLOUT | EPOLLONESHOT), 0);
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 0), 1);
    ASSERT_EQ(out[0], sv[1]);
    ASSERT_EQ(out[1], EPOLLOUT);
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 0), 0);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_MOD, sv[1], EPOLLOUT | EPOLLONESHOT), 0);
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 0), 1);

    /* Several events: every pair is rewritten in place, none lost. */
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_MOD, sv[0], EPOLLIN | EPOLLOUT), 0);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_MOD, sv[1], EPOLLOUT), 0);
    ASSERT_EQ(psk_epoll_wait(ep, out, 4, 0), 2);
    int seen0 = (out[0] == sv[0] ? out[1] : out[3]);
    int seen1 = (out[0] == sv[1] ? out[1] : out[3]);
    ASSERT_EQ(seen0, EPOLLIN | EPOLLOUT);
    ASSERT_EQ(seen1, EPOLLOUT);
    ASSERT_EQ(psk_epoll_wait(ep, out, 1, 0), 1);

    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_DEL, sv[1], 0), 0);
    ASSERT_EQ(psk_epoll_wait(ep, out, 0, 0), -EINVAL);
    ASSERT_EQ(psk_epoll_wait(ep, NULL, 1, 0), -EINVAL);
    ASSERT_EQ(psk_epoll_wait(sv[0], out, 1, 0), -EINVAL);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_ADD, -1, EPOLLIN), -EBADF);

    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    ASSERT_EQ(psk_close(ep), 0);
    return 0;
}
