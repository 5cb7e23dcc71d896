/* ECONNABORTED from accept4 (a client reset while queued) is returned as is, for Java
 * to decide; the next accept works. Injected through the PSK_TESTING seam. */
#include "task.h"
#include "testing/fault.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(fault_accept_aborted) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);

    psk__fault_inject(PSK__ACCEPT, ECONNABORTED, 1);
    ASSERT_EQ(psk_accept(listener, NULL, 0), -ECONNABORTED);
    int server = psk_accept(listener, NULL, 0);
    ASSERT_GE(server, 0);

    /* EINTR is retried inside, also in the timed form. */
    int second = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(second, 0);
    ASSERT_EQ(psk_connect(second, &bound), 0);
    ASSERT_EQ(psk_set_nonblocking(listener, 1), 0);
    psk__fault_inject(PSK__ACCEPT, EINTR, 3);
    int server2 = psk_accept_timed(listener, NULL, 0, SECONDS);
    ASSERT_GE(server2, 0);

    int fds[] = {server2, second, server, client, listener};
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
    return 0;
}
