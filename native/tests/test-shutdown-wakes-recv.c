/* shutdown(SHUT_RDWR) from another thread wakes a thread blocked in psk_recv with EOF (0)
 * promptly (R18; close() never relies on it, see docs/close.md, but users may). */
#include "task.h"

#include <sys/socket.h>

static int recv_call(struct in_thread *c) {
    char buf[16];
    return psk_recv(c->fd, buf, sizeof buf, 0);
}

TEST_IMPL(shutdown_wakes_recv) {
    int client, server;
    tcp_pair(&client, &server);

    struct in_thread c = {.call = recv_call, .fd = client};
    in_thread_start(&c);
    int64_t start = now_ns();
    ASSERT_EQ(psk_shutdown(client, SHUT_RDWR), 0);
    in_thread_join(&c, start);
    ASSERT_EQ(c.result, 0);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
