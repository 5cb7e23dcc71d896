/*
 * Signals do not extend a deadline (R2; CPython: recv with timeout 0.5 and a signal at
 * 0.2 still times out at 0.50 s). A signal every 100 ms during a 1 s recv_timed: a poll
 * restarted with the full timeout would never end; one restarted with the time left
 * ends at 1 s.
 */
#include "task.h"

TEST_IMPL(eintr_recv_timed) {
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    char buf[16];
    alarm_start(150, 100);
    int64_t start = now_ns();
    int n = psk_recv_timed(client, buf, sizeof buf, 0, 1 * SECONDS);
    double took = elapsed_s(start);
    int signals = alarm_stop();

    ASSERT_EQ(n, PSK_TIMEOUT);
    ASSERT(took >= 1.0 && took <= 1.4);
    ASSERT_GE(signals, 5);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
