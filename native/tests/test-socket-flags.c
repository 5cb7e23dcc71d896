/* New and dup'ed fds are close-on-exec (PEP 446); inheritable and O_NONBLOCK toggle, and
 * O_NONBLOCK is shared by dups because it lives on the open file description (R1). */
#include "task.h"

#include <sys/socket.h>

TEST_IMPL(socket_flags) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(psk_get_inheritable(fd), 0);
    ASSERT_EQ(is_nonblocking(fd), 0);

    ASSERT_EQ(psk_set_inheritable(fd, 1), 0);
    ASSERT_EQ(psk_get_inheritable(fd), 1);
    ASSERT_EQ(psk_set_inheritable(fd, 1), 0);
    ASSERT_EQ(psk_get_inheritable(fd), 1);
    ASSERT_EQ(psk_set_inheritable(fd, 0), 0);
    ASSERT_EQ(psk_get_inheritable(fd), 0);

    ASSERT_EQ(psk_set_inheritable(fd, 1), 0);
    int copy = psk_dup(fd);
    ASSERT_GE(copy, 0);
    ASSERT_NE(copy, fd);
    ASSERT_EQ(psk_get_inheritable(copy), 0); /* the dup is close-on-exec regardless */

    ASSERT_EQ(psk_set_nonblocking(fd, 1), 0);
    ASSERT_EQ(is_nonblocking(fd), 1);
    ASSERT_EQ(is_nonblocking(copy), 1);
    ASSERT_EQ(psk_set_nonblocking(copy, 0), 0);
    ASSERT_EQ(is_nonblocking(fd), 0);

    int nb = psk_socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(nb, 0);
    ASSERT_EQ(is_nonblocking(nb), 1);
    ASSERT_EQ(psk_get_inheritable(nb), 0);

    ASSERT_EQ(psk_close(nb), 0);
    ASSERT_EQ(psk_close(copy), 0);
    ASSERT_EQ(psk_close(fd), 0);
    return 0;
}
