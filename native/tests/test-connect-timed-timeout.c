/*
 * connect_timed gives PSK_TIMEOUT at the deadline when the SYN goes unanswered. Linux
 * drops SYNs while a listener's accept queue is full: listen(0) queues one client, so a
 * second connect hangs (R6, observed with CPython at 0.30 s for timeout 0.3).
 */
#include "task.h"

#include <sys/socket.h>

TEST_IMPL(connect_timed_timeout) {
    int listener = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(listener, 0);
    psk_addr bound = inet_addr_of("127.0.0.1", 0);
    ASSERT_EQ(psk_bind(listener, &bound), 0);
    ASSERT_EQ(psk_listen(listener, 0), 0);
    ASSERT_EQ(psk_getsockname(listener, &bound), 0);

    int first = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(first, 0);
    ASSERT_EQ(psk_connect(first, &bound), 0);

    int second = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(second, 0);
    ASSERT_EQ(psk_set_nonblocking(second, 1), 0);
    int64_t start = now_ns();
    ASSERT_EQ(psk_connect_timed(second, &bound, 300 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.3, 0.8);

    ASSERT_EQ(psk_close(second), 0);
    ASSERT_EQ(psk_close(first), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
