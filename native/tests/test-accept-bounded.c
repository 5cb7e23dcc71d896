/* accept_bounded: -EAGAIN at once on a blocking listener with nothing queued (it must not
 * wait); EINVAL for a bound of 0 or a flag other than SOCK_NONBLOCK; the new fd and the peer
 * once a connection is queued. (A lost race, whose accept4 the timer ends, cannot be forced
 * from here: VirtualThreadTest's two acceptors on one listener make it happen.) */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(accept_bounded) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    int64_t start = now_ns();
    ASSERT_EQ(psk_accept_bounded(listener, NULL, 0, 50 * MS), -EAGAIN);
    ASSERT_ELAPSED(start, 0.0, 0.04);
    ASSERT_EQ(psk_accept_bounded(listener, NULL, 0, 0), -EINVAL);
    ASSERT_EQ(psk_accept_bounded(listener, NULL, 1, 50 * MS), -EINVAL);

    int client = psk_socket(AF_INET, SOCK_STREAM, 0); /* queued: the backlog has room */
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    psk_addr peer;
    int server = psk_accept_bounded(listener, &peer, 0, 50 * MS);
    ASSERT_GE(server, 0);
    psk_addr client_name;
    ASSERT_EQ(psk_getsockname(client, &client_name), 0);
    ASSERT(memcmp(&peer, &client_name, sizeof peer) == 0);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
