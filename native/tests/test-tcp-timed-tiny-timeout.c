/*
 * A timed call polls at least once, as CPython's first wait uses the whole timeout: with
 * a 1 ns timeout (settimeout(1e-9), R8) a ready socket is still served; an idle one
 * times out at once.
 */
#include "task.h"

#include <string.h>
#include <sys/socket.h>

TEST_IMPL(tcp_timed_tiny_timeout) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    ASSERT_EQ(psk_set_nonblocking(listener, 1), 0);
    ASSERT_EQ(psk_wait(listener, PSK_READABLE, SECONDS), PSK_READABLE);
    int server = psk_accept_timed(listener, NULL, 0, 1);
    ASSERT_GE(server, 0);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    char buf[8];
    int64_t start = now_ns();
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 1), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.0, 0.1);

    ASSERT_EQ(psk_send_timed(client, "abc", 3, 0, 1), 3);
    ASSERT_EQ(psk_sendall_timed(client, "def", 3, 0, 1), 3);
    ASSERT_EQ(psk_wait(server, PSK_READABLE, 1), PSK_READABLE);
    ASSERT_EQ(psk_recv(server, buf, 6, MSG_WAITALL), 6);
    ASSERT(memcmp(buf, "abcdef", 6) == 0);

    ASSERT_EQ(psk_send(server, "ghi", 3, 0), 3);
    ASSERT_EQ(psk_wait(client, PSK_READABLE, SECONDS), PSK_READABLE);
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 1), 3);
    ASSERT(memcmp(buf, "ghi", 3) == 0);

    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
