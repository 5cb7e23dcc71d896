/* close's wake-up of a thread blocked in psk_accept: it returns at once after psk_preclose and
 * psk_wake_thread (the dead socket does not listen: -EINVAL), and a duplicate of the listener
 * still accepts. */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

static int accept_call(struct in_thread *c) {
    return psk_accept(c->fd, NULL, 0);
}

TEST_IMPL(wake_accept) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    int copy = psk_dup(listener);
    ASSERT_GE(copy, 0);

    struct in_thread c = {.call = accept_call, .fd = listener};
    in_thread_start(&c);
    in_thread_wake(&c);
    ASSERT_EQ(c.result, -EINVAL);

    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    int conn = psk_accept(copy, NULL, 0);
    ASSERT_GE(conn, 0);

    int fds[] = {conn, client, copy, listener};
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
    return 0;
}
