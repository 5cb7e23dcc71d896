/* psk_wait with a limit keeps its original deadline across signals, as recv_timed. */
#include "task.h"

TEST_IMPL(eintr_wait_timed) {
    int client, server;
    tcp_pair(&client, &server);

    alarm_start(150, 100);
    int64_t start = now_ns();
    int ready = psk_wait(client, PSK_READABLE, 600 * MS);
    double took = elapsed_s(start);
    int signals = alarm_stop();

    ASSERT_EQ(ready, 0);
    ASSERT(took >= 0.6 && took <= 1.0);
    ASSERT_GE(signals, 3);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
