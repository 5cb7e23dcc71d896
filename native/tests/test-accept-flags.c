/* Accepted fds are close-on-exec; SOCK_NONBLOCK makes them non-blocking (Linux does not
 * inherit O_NONBLOCK from the listener, R7); peer may be NULL. */
#include "task.h"

#include <sys/socket.h>

TEST_IMPL(accept_flags) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    int c1 = psk_socket(AF_INET, SOCK_STREAM, 0);
    int c2 = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(c1, 0);
    ASSERT_GE(c2, 0);
    ASSERT_EQ(psk_connect(c1, &bound), 0);
    ASSERT_EQ(psk_connect(c2, &bound), 0);

    ASSERT_EQ(psk_set_nonblocking(listener, 1), 0);
    int s1 = psk_accept(listener, NULL, 0);
    ASSERT_GE(s1, 0);
    ASSERT_EQ(is_nonblocking(s1), 0);
    ASSERT_EQ(psk_get_inheritable(s1), 0);

    psk_addr peer;
    int s2 = psk_accept(listener, &peer, SOCK_NONBLOCK);
    ASSERT_GE(s2, 0);
    ASSERT_EQ(is_nonblocking(s2), 1);
    ASSERT_EQ(psk_get_inheritable(s2), 0);
    ASSERT_EQ(peer.family, AF_INET);

    int fds[] = {s2, s1, c2, c1, listener};
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
    return 0;
}
