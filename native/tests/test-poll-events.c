/* psk_poll: readiness as poll(2) reports it: POLLIN after data, POLLIN|POLLOUT|POLLHUP (21)
 * after the peer of a socketpair closed, POLLNVAL (not an error) for a closed descriptor. */
#include "task.h"

#include <errno.h>
#include <poll.h>
#include <sys/socket.h>

TEST_IMPL(poll_events) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);

    struct pollfd p[2] = {{.fd = sv[0], .events = POLLIN}, {.fd = sv[1], .events = POLLIN | POLLOUT}};
    ASSERT_EQ(psk_poll(p, 2, 0), 1);
    ASSERT_EQ(p[0].revents, 0);
    ASSERT_EQ(p[1].revents, POLLOUT);

    ASSERT_EQ(psk_send(sv[1], "x", 1, 0), 1);
    ASSERT_EQ(psk_poll(p, 1, 2 * SECONDS), 1);
    ASSERT_EQ(p[0].revents, POLLIN);

    ASSERT_EQ(psk_close(sv[1]), 0);
    p[0].events = POLLIN | POLLPRI | POLLOUT;
    ASSERT_EQ(psk_poll(p, 1, 0), 1);
    ASSERT_EQ(p[0].revents, POLLIN | POLLOUT | POLLHUP);

    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_poll(p, 1, 0), 1);
    ASSERT_EQ(p[0].revents, POLLNVAL);

    /* An empty set just sleeps for the timeout. */
    int64_t start = now_ns();
    ASSERT_EQ(psk_poll(NULL, 0, 50 * MS), 0);
    ASSERT_ELAPSED(start, 0.045, 0.5);
    ASSERT_EQ(psk_poll(NULL, 1, 0), -EINVAL);
    ASSERT_EQ(psk_poll(p, -1, 0), -EINVAL);
    return 0;
}
