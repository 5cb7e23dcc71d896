/* close's wake-up of a thread waiting in poll (psk_wait, and psk_recv_timed's poll): after
 * psk_preclose and psk_wake_thread the retried poll sees the dead socket at once (hang-up,
 * readable at EOF), and recv_timed returns EOF, long before its 20 s timeout. */
#include "task.h"

static int wait_call(struct in_thread *c) {
    return psk_wait(c->fd, PSK_READABLE, -1);
}

static int recv_timed_call(struct in_thread *c) {
    char buf[8];
    return psk_recv_timed(c->fd, buf, sizeof buf, 0, c->timeout_ns);
}

static void wake_one(int (*call)(struct in_thread *c)) {
    int client, server;
    tcp_pair(&client, &server);
    struct in_thread c = {.call = call, .fd = client, .timeout_ns = 20 * SECONDS};
    in_thread_start(&c);
    in_thread_wake(&c);
    if (call == wait_call) {
        ASSERT_EQ(c.result & PSK_ERROR, PSK_ERROR);
    } else {
        ASSERT_EQ(c.result, 0);
    }
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
}

TEST_IMPL(wake_poll) {
    wake_one(wait_call);
    wake_one(recv_timed_call);
    return 0;
}
