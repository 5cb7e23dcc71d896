/*
 * A non-blocking connect to a refused loopback port gives -EINPROGRESS; the refusal
 * arrives later through SO_ERROR, which reading clears (R3, R6: 115, then 111, then 0).
 */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(connect_nonblocking) {
    int holder;
    psk_addr closed = refused_addr(&holder);

    int fd = psk_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(fd, 0);
    ASSERT(is_nonblocking(fd));
    ASSERT_EQ(psk_connect(fd, &closed), -EINPROGRESS);

    int ready = psk_wait(fd, PSK_WRITABLE, 2 * SECONDS);
    ASSERT(ready & PSK_WRITABLE);
    ASSERT_EQ(psk_getsockopt_int(fd, SOL_SOCKET, SO_ERROR), ECONNREFUSED);
    ASSERT_EQ(psk_getsockopt_int(fd, SOL_SOCKET, SO_ERROR), 0);

    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(psk_close(holder), 0);
    return 0;
}
