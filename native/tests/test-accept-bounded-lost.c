/* accept_bounded_lost: psk_accept_bounded whose poll saw a connection that another acceptor
 * took before its accept4 (the PSK__ACCEPT_RACE seam: the queue is in fact empty) gives up
 * with -EAGAIN once its bound has passed, not at the next connection; and the wake signal its
 * timer sent leaves the next call alone. */
#include "task.h"
#include "testing/fault.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(accept_bounded_lost) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    psk__fault_inject(PSK__ACCEPT_RACE, 0, 1);
    int64_t start = now_ns();
    ASSERT_EQ(psk_accept_bounded(listener, NULL, 0, 100 * MS), -EAGAIN);
    ASSERT_ELAPSED(start, 0.1, 0.6);

    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    int server = psk_accept_bounded(listener, NULL, 0, 100 * MS);
    ASSERT_GE(server, 0);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
