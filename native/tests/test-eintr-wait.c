/* psk_wait without a limit, interrupted by signals, keeps waiting until readable. */
#include "task.h"

static void *send_later(void *arg) {
    sleep_ms(300);
    ASSERT_EQ(psk_send(*(int *)arg, "x", 1, 0), 1);
    return NULL;
}

TEST_IMPL(eintr_wait) {
    int client, server;
    tcp_pair(&client, &server);

    pthread_t t = start_thread(send_later, &server);
    alarm_start(50, 50);
    int ready = psk_wait(client, PSK_READABLE, -1);
    int signals = alarm_stop();
    join_thread(t);

    ASSERT_EQ(ready, PSK_READABLE);
    ASSERT_GE(signals, 2);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
