/* psk_dup gives a new close-on-exec fd on the same socket; the original may close first. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(socket_dup) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    ASSERT_EQ(psk_set_inheritable(listener, 1), 0);
    int copy = psk_dup(listener);
    ASSERT_GE(copy, 0);
    ASSERT_NE(copy, listener);
    ASSERT_EQ(psk_get_inheritable(copy), 0); /* F_DUPFD_CLOEXEC whatever the original says */

    ASSERT_EQ(psk_close(listener), 0);
    psk_addr name;
    memset(&name, 0, sizeof name);
    ASSERT_EQ(psk_getsockname(copy, &name), 0);
    ASSERT_EQ(name.port, bound.port); /* still bound after the original is closed */

    ASSERT_EQ(psk_close(copy), 0);
    ASSERT_EQ(psk_dup(copy), -EBADF);
    ASSERT_EQ(psk_dup(-1), -EBADF);
    return 0;
}
