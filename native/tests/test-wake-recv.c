/* close's wake-up of a thread blocked in psk_recv (docs/close.md): psk_preclose puts the dead
 * socket in place of the descriptor, psk_wake_thread interrupts the recv, and its EINTR retry
 * reads EOF from the dead socket within a second. A duplicate of the socket sees nothing of
 * it: the peer's data still arrives through the duplicate, and the duplicate can still send. */
#include "task.h"

#include <string.h>

static int recv_call(struct in_thread *c) {
    char buf[16];
    return psk_recv(c->fd, buf, sizeof buf, 0);
}

TEST_IMPL(wake_recv) {
    int client, server;
    tcp_pair(&client, &server);
    int copy = psk_dup(client);
    ASSERT_GE(copy, 0);

    struct in_thread c = {.call = recv_call, .fd = client};
    in_thread_start(&c);
    in_thread_wake(&c);
    ASSERT_EQ(c.result, 0); /* EOF from the dead socket */

    /* The duplicate still carries the connection both ways. */
    ASSERT_EQ(psk_sendall(server, "ping", 4, 0), 4);
    char buf[8];
    ASSERT_EQ(psk_recv(copy, buf, sizeof buf, 0), 4);
    ASSERT(memcmp(buf, "ping", 4) == 0);
    ASSERT_EQ(psk_sendall(copy, "pong", 4, 0), 4);
    ASSERT_EQ(psk_recv(server, buf, sizeof buf, 0), 4);
    ASSERT(memcmp(buf, "pong", 4) == 0);

    ASSERT_EQ(psk_close(client), 0); /* the number, which now names the dead socket */
    ASSERT_EQ(psk_close(copy), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
