/* The int form of getsockopt/setsockopt: values read back, errors as -errno. */
#include "task.h"

#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

TEST_IMPL(sockopt_int) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);

    ASSERT_GT(psk_getsockopt_int(fd, SOL_SOCKET, SO_RCVBUF), 0);
    ASSERT_EQ(psk_getsockopt_int(fd, SOL_SOCKET, SO_TYPE), SOCK_STREAM);
    ASSERT_EQ(psk_getsockopt_int(fd, SOL_SOCKET, SO_DOMAIN), AF_INET);

    ASSERT_EQ(psk_getsockopt_int(fd, IPPROTO_TCP, TCP_NODELAY), 0);
    ASSERT_EQ(psk_setsockopt_int(fd, IPPROTO_TCP, TCP_NODELAY, 1), 0);
    ASSERT_EQ(psk_getsockopt_int(fd, IPPROTO_TCP, TCP_NODELAY), 1);

    /* IP_TOS is a byte in the kernel, still read as a 4-byte int like CPython does. */
    ASSERT_EQ(psk_setsockopt_int(fd, IPPROTO_IP, IP_TOS, 0x10), 0);
    ASSERT_EQ(psk_getsockopt_int(fd, IPPROTO_IP, IP_TOS), 0x10);

    ASSERT_EQ(psk_getsockopt_int(fd, SOL_SOCKET, 0x7fff), -ENOPROTOOPT);
    ASSERT_EQ(psk_setsockopt_int(fd, SOL_SOCKET, 0x7fff, 1), -ENOPROTOOPT);
    ASSERT_EQ(psk_setsockopt_int(-1, SOL_SOCKET, SO_KEEPALIVE, 1), -EBADF);

    ASSERT_EQ(psk_close(fd), 0);
    return 0;
}
