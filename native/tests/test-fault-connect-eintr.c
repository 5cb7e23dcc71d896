/*
 * A blocking connect that reports EINTR is made again (psk_connect): here the first one
 * completed, so the second answers EISCONN, which means connected, and psk_connect returns 0.
 * A non-blocking fd gets -EINTR (CPython's InterruptedError, R10). The seam makes the real
 * connect, then reports EINTR.
 */
#include "task.h"
#include "testing/fault.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(fault_connect_eintr) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    psk__fault_inject(PSK__CONNECT, EINTR, 1);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    psk_addr peer;
    ASSERT_EQ(psk_getpeername(client, &peer), 0);
    ASSERT_EQ(peer.port, bound.port);

    int nb = psk_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(nb, 0);
    psk__fault_inject(PSK__CONNECT, EINTR, 1);
    ASSERT_EQ(psk_connect(nb, &bound), -EINTR);

    /* connect_timed treats EINTR as "in progress" and waits with its deadline. */
    int timed = psk_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(timed, 0);
    psk__fault_inject(PSK__CONNECT, EINTR, 1);
    psk__fault_inject(PSK__POLL, EINTR, 2);
    ASSERT_EQ(psk_connect_timed(timed, &bound, 2 * SECONDS), 0);
    ASSERT_EQ(psk_getpeername(timed, &peer), 0);

    int fds[] = {timed, nb, client, listener};
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
    return 0;
}
