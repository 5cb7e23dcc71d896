/* Bad arguments to psk_sendto/psk_recvfrom give -EINVAL, never a crash: NULL or negative
 * buffers, a NULL or malformed address (family, length, port); a passed deadline is
 * PSK_TIMEOUT; a bad fd is the kernel's EBADF. Checks come before any syscall. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(args_dgram) {
    int fd = psk_socket(AF_INET, SOCK_DGRAM, 0);
    ASSERT_GE(fd, 0);
    char buf[8] = "abcdefg";
    psk_addr to = inet_addr_of("127.0.0.1", 9);
    psk_addr from;

    ASSERT_EQ(psk_sendto(fd, NULL, 1, 0, &to), -EINVAL);
    ASSERT_EQ(psk_sendto(fd, buf, -1, 0, &to), -EINVAL);
    ASSERT_EQ(psk_sendto(fd, buf, 1, 0, NULL), -EINVAL);
    ASSERT_EQ(psk_sendto_timed(fd, NULL, 1, 0, &to, SECONDS), -EINVAL);
    ASSERT_EQ(psk_sendto_timed(fd, buf, 1, 0, NULL, SECONDS), -EINVAL);
    ASSERT_EQ(psk_recvfrom(fd, NULL, 1, 0, &from), -EINVAL);
    ASSERT_EQ(psk_recvfrom(fd, buf, -1, 0, &from), -EINVAL);
    ASSERT_EQ(psk_recvfrom(fd, buf, 1, 0, NULL), -EINVAL);
    ASSERT_EQ(psk_recvfrom_timed(fd, NULL, 1, 0, &from, SECONDS), -EINVAL);
    ASSERT_EQ(psk_recvfrom_timed(fd, buf, 1, 0, NULL, SECONDS), -EINVAL);

    psk_addr bad = to;
    bad.len = 5;
    ASSERT_EQ(psk_sendto(fd, buf, 1, 0, &bad), -EINVAL);
    bad = to;
    bad.port = 65536;
    ASSERT_EQ(psk_sendto(fd, buf, 1, 0, &bad), -EINVAL);
    bad.port = -1;
    ASSERT_EQ(psk_sendto_timed(fd, buf, 1, 0, &bad, SECONDS), -EINVAL);
    bad = to;
    bad.family = 12345;
    ASSERT_EQ(psk_sendto(fd, buf, 1, 0, &bad), -EINVAL);
    bad.family = AF_INET6;
    ASSERT_EQ(psk_sendto(fd, buf, 1, 0, &bad), -EINVAL); /* len 4 is not an IPv6 address */

    /* The deadline has passed before the call: no syscall, PSK_TIMEOUT. */
    ASSERT_EQ(psk_sendto_timed(fd, buf, 1, 0, &to, 0), PSK_TIMEOUT);
    ASSERT_EQ(psk_recvfrom_timed(fd, buf, 1, 0, &from, -5), PSK_TIMEOUT);

    ASSERT_EQ(psk_sendto(-1, buf, 1, 0, &to), -EBADF);
    ASSERT_EQ(psk_recvfrom(-1, buf, 1, 0, &from), -EBADF);
    ASSERT_EQ(psk_recvfrom_timed(-1, buf, 1, 0, &from, SECONDS), -EBADF);

    ASSERT_EQ(psk_close(fd), 0);
    return 0;
}
