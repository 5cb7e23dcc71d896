/* A blocking psk_recv interrupted by signals (no SA_RESTART) keeps waiting and returns
 * the data a thread sends later, not -EINTR (PEP 475, R10). */
#include "task.h"

#include <string.h>

static void *send_later(void *arg) {
    sleep_ms(300);
    ASSERT_EQ(psk_send(*(int *)arg, "late", 4, 0), 4);
    return NULL;
}

TEST_IMPL(eintr_recv) {
    int client, server;
    tcp_pair(&client, &server);

    pthread_t t = start_thread(send_later, &server);
    alarm_start(50, 50);
    char buf[16];
    int n = psk_recv(client, buf, sizeof buf, 0);
    int signals = alarm_stop();
    join_thread(t);

    ASSERT_EQ(n, 4);
    ASSERT(memcmp(buf, "late", 4) == 0);
    ASSERT_GE(signals, 2);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
