/* close(2) that reports EINTR or ECONNRESET has still released the fd: psk_close says 0
 * and does not retry (close(2) NOTES; R10). The seam closes for real, then reports. */
#include "task.h"
#include "testing/fault.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/socket.h>

TEST_IMPL(fault_close_eintr) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    psk__fault_inject(PSK__CLOSE, EINTR, 1);
    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(fcntl(fd, F_GETFD), -1); /* really closed, exactly once */

    fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    psk__fault_inject(PSK__CLOSE, ECONNRESET, 1);
    ASSERT_EQ(psk_close(fd), 0);

    fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    psk__fault_inject(PSK__CLOSE, EIO, 1);
    ASSERT_EQ(psk_close(fd), -EIO);
    return 0;
}
