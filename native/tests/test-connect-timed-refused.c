/* connect_timed to a port nobody listens on reads ECONNREFUSED from SO_ERROR (R6). */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(connect_timed_refused) {
    int holder;
    psk_addr closed = refused_addr(&holder);

    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(psk_set_nonblocking(fd, 1), 0);
    int64_t start = now_ns();
    ASSERT_EQ(psk_connect_timed(fd, &closed, 2 * SECONDS), -ECONNREFUSED);
    ASSERT_ELAPSED(start, 0.0, 1.0);

    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(psk_close(holder), 0);
    return 0;
}
