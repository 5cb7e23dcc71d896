/* recv_timed returns data that arrives before the deadline, as soon as it arrives. */
#include "task.h"

#include <string.h>

static void *send_later(void *arg) {
    sleep_ms(100);
    ASSERT_EQ(psk_send(*(int *)arg, "hello", 5, 0), 5);
    return NULL;
}

TEST_IMPL(tcp_recv_timed_data) {
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    pthread_t t = start_thread(send_later, &server);
    char buf[16];
    int64_t start = now_ns();
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 5 * SECONDS), 5);
    ASSERT_ELAPSED(start, 0.05, 2.0);
    ASSERT(memcmp(buf, "hello", 5) == 0);
    join_thread(t);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
