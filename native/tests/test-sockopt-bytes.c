/* The bytes form: the struct goes in and out as raw bytes; the kernel's optlen returns. */
#include "task.h"

#include <string.h>
#include <sys/socket.h>

TEST_IMPL(sockopt_bytes) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);

    struct linger set = {.l_onoff = 1, .l_linger = 7};
    ASSERT_EQ(psk_setsockopt(fd, SOL_SOCKET, SO_LINGER, &set, sizeof set), 0);

    unsigned char buf[1024];
    memset(buf, 0xEE, sizeof buf);
    ASSERT_EQ(psk_getsockopt(fd, SOL_SOCKET, SO_LINGER, buf, sizeof buf), (int)sizeof set);
    struct linger got;
    memcpy(&got, buf, sizeof got);
    ASSERT_EQ(got.l_onoff, 1);
    ASSERT_EQ(got.l_linger, 7);
    ASSERT_EQ(buf[sizeof set], 0xEE); /* nothing written past the option */

    /* A shorter buffer gets a truncated option and the shorter length. */
    ASSERT_EQ(psk_getsockopt(fd, SOL_SOCKET, SO_LINGER, buf, 4), 4);

    ASSERT_EQ(psk_close(fd), 0);
    return 0;
}
