/* psk_select interrupted by signals keeps its deadline (PEP 475) and restores the caller's
 * sets before each retry, so the descriptor that becomes ready later is still watched. */
#include "task.h"

#include <sys/select.h>

static void *send_later(void *arg) {
    sleep_ms(300);
    ASSERT_EQ(psk_send(*(int *)arg, "x", 1, 0), 1);
    return NULL;
}

TEST_IMPL(select_eintr) {
    int client, server;
    tcp_pair(&client, &server);

    fd_set r;
    FD_ZERO(&r);
    FD_SET(client, &r);
    alarm_start(50, 50);
    int64_t start = now_ns();
    ASSERT_EQ(psk_select(client + 1, &r, NULL, NULL, 500 * MS), 0);
    ASSERT_ELAPSED(start, 0.49, 0.9);
    int signals = alarm_stop();
    ASSERT_GE(signals, 3);
    ASSERT(!FD_ISSET(client, &r));

    pthread_t t = start_thread(send_later, &server);
    FD_ZERO(&r);
    FD_SET(client, &r);
    alarm_start(50, 50);
    ASSERT_EQ(psk_select(client + 1, &r, NULL, NULL, -1), 1);
    signals = alarm_stop();
    join_thread(t);
    ASSERT_GE(signals, 2);
    ASSERT(FD_ISSET(client, &r));

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
