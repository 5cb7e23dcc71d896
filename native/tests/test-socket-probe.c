/* psk_socket_probe reads what socket(fileno=) detects, and refuses closed fds and files. */
#include "task.h"

#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

TEST_IMPL(socket_probe) {
    int32_t out[3] = {0, 0, 0};

    int tcp = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(tcp, 0);
    ASSERT_EQ(psk_socket_probe(tcp, out), 0);
    ASSERT_EQ(out[0], AF_INET);
    ASSERT_EQ(out[1], SOCK_STREAM);
    ASSERT_EQ(out[2], IPPROTO_TCP); /* proto 0 at creation reads back as 6 (R16) */

    int unix_dgram = psk_socket(AF_UNIX, SOCK_DGRAM, 0);
    ASSERT_GE(unix_dgram, 0);
    ASSERT_EQ(psk_socket_probe(unix_dgram, out), 0);
    ASSERT_EQ(out[0], AF_UNIX);
    ASSERT_EQ(out[1], SOCK_DGRAM);
    ASSERT_EQ(out[2], 0);

    int file = open("/dev/null", O_RDONLY | O_CLOEXEC);
    ASSERT_GE(file, 0);
    ASSERT_EQ(psk_socket_probe(file, out), -ENOTSOCK);

    ASSERT_EQ(psk_socket_probe(tcp, NULL), -EINVAL);

    ASSERT_EQ(close(file), 0);
    ASSERT_EQ(psk_close(unix_dgram), 0);
    ASSERT_EQ(psk_close(tcp), 0);
    ASSERT_EQ(psk_socket_probe(tcp, out), -EBADF);
    ASSERT_EQ(psk_socket_probe(-1, out), -EBADF);
    return 0;
}
