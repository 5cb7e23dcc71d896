/* psk_close of an fd that is already closed reports -EBADF (close is never retried). */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(close_twice) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(psk_close(fd), -EBADF);
    ASSERT_EQ(psk_close(-1), -EBADF);
    return 0;
}
