/* connect_timed to a listener connects. Connecting again: the first repeat completes the
 * socket's state (0), later ones give -EISCONN (R6: connect_ex gives 115, 0, then 106). */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(connect_timed_success) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(psk_set_nonblocking(fd, 1), 0);
    ASSERT_EQ(psk_connect_timed(fd, &bound, 2 * SECONDS), 0);

    psk_addr peer;
    ASSERT_EQ(psk_getpeername(fd, &peer), 0);
    ASSERT(memcmp(&peer, &bound, sizeof peer) == 0);
    ASSERT_EQ(psk_connect_timed(fd, &bound, 2 * SECONDS), 0);
    ASSERT_EQ(psk_connect_timed(fd, &bound, 2 * SECONDS), -EISCONN);
    ASSERT_EQ(psk_connect(fd, &bound), -EISCONN);

    int server = psk_accept(listener, NULL, 0);
    ASSERT_GE(server, 0);
    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
