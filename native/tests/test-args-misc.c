/* The remaining argument checks: accept flags, wait events, bad fds. */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(args_misc) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    ASSERT_EQ(psk_accept(listener, NULL, SOCK_CLOEXEC), -EINVAL);
    ASSERT_EQ(psk_accept(listener, NULL, MSG_PEEK), -EINVAL);
    ASSERT_EQ(psk_accept_timed(listener, NULL, 0x40000000, SECONDS), -EINVAL);

    ASSERT_EQ(psk_wait(listener, 8, 0), -EINVAL);
    ASSERT_EQ(psk_wait(listener, PSK_ERROR, 0), -EINVAL);
    ASSERT_EQ(psk_wait(-1, PSK_READABLE, -1), -EBADF);
    ASSERT_EQ(psk_wait(-1, PSK_READABLE, 0), -EBADF);

    ASSERT_EQ(psk_socket(12345, SOCK_STREAM, 0), -EAFNOSUPPORT);
    ASSERT_EQ(psk_dup(-1), -EBADF);
    ASSERT_EQ(psk_shutdown(-1, SHUT_RDWR), -EBADF);
    ASSERT_EQ(psk_shutdown(listener, 99), -EINVAL);
    ASSERT_EQ(psk_set_nonblocking(-1, 1), -EBADF);
    ASSERT_EQ(psk_get_inheritable(-1), -EBADF);
    ASSERT_EQ(psk_set_inheritable(-1, 1), -EBADF);
    ASSERT_EQ(psk_getsockopt_int(-1, SOL_SOCKET, SO_TYPE), -EBADF);

    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
