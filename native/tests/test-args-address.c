/* A psk_addr with a NULL pointer, unknown family, bad len or bad port gives -EINVAL. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

static void expect_invalid(int fd, const psk_addr *a) {
    ASSERT_EQ(psk_bind(fd, a), -EINVAL);
    ASSERT_EQ(psk_connect(fd, a), -EINVAL);
    ASSERT_EQ(psk_connect_timed(fd, a, SECONDS), -EINVAL);
}

TEST_IMPL(args_address) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    expect_invalid(fd, NULL);

    psk_addr a = inet_addr_of("127.0.0.1", 80);
    a.family = 12345;
    expect_invalid(fd, &a);
    a.family = AF_UNSPEC;
    expect_invalid(fd, &a);

    a = inet_addr_of("127.0.0.1", 80);
    a.len = 3;
    expect_invalid(fd, &a);
    a.len = 16;
    expect_invalid(fd, &a);
    a = inet_addr_of("127.0.0.1", -1);
    expect_invalid(fd, &a);
    a = inet_addr_of("127.0.0.1", 65536);
    expect_invalid(fd, &a);

    a = inet_addr_of("127.0.0.1", 80);
    a.family = AF_INET6;
    expect_invalid(fd, &a); /* inet6 needs len 16 */

    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    a.len = -1;
    expect_invalid(fd, &a);
    a.len = 109;
    expect_invalid(fd, &a);
    memset(a.data, 'p', sizeof a.data);
    a.len = 108; /* a path name needs room for its NUL */
    expect_invalid(fd, &a);

    ASSERT_EQ(psk_getsockname(fd, NULL), -EINVAL);
    ASSERT_EQ(psk_getpeername(fd, NULL), -EINVAL);

    ASSERT_EQ(psk_close(fd), 0);
    return 0;
}
