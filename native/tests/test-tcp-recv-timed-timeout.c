/* recv_timed with no data gives PSK_TIMEOUT after the timeout, not before (R2). */
#include "task.h"

TEST_IMPL(tcp_recv_timed_timeout) {
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    char buf[16];
    int64_t start = now_ns();
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 300 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.3, 0.8);

    /* A deadline that has already passed times out without waiting. */
    start = now_ns();
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 0), PSK_TIMEOUT);
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, -5), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.0, 0.1);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
