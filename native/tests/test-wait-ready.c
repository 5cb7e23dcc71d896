/* psk_wait reports PSK_* bits: writable when connected, readable on data and at EOF,
 * 0 when the time passes, PSK_ERROR for a closed fd number (POLLNVAL). */
#include "task.h"

#include <sys/socket.h>

TEST_IMPL(wait_ready) {
    int client, server;
    tcp_pair(&client, &server);

    ASSERT_EQ(psk_wait(client, PSK_WRITABLE, 0), PSK_WRITABLE);
    ASSERT_EQ(psk_wait(client, PSK_READABLE, 0), 0);
    ASSERT_EQ(psk_wait(client, PSK_READABLE | PSK_WRITABLE, -1), PSK_WRITABLE);
    ASSERT_EQ(psk_wait(client, 0, 0), 0);

    int64_t start = now_ns();
    ASSERT_EQ(psk_wait(client, PSK_READABLE, 100 * MS), 0);
    ASSERT_ELAPSED(start, 0.1, 0.6);

    ASSERT_EQ(psk_send(server, "x", 1, 0), 1);
    ASSERT_EQ(psk_wait(client, PSK_READABLE, SECONDS), PSK_READABLE);
    char c;
    ASSERT_EQ(psk_recv(client, &c, 1, 0), 1);

    ASSERT_EQ(psk_shutdown(server, SHUT_WR), 0);
    ASSERT_EQ(psk_wait(client, PSK_READABLE, SECONDS), PSK_READABLE); /* EOF is readable */

    int dead = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(dead, 0);
    ASSERT_EQ(psk_close(dead), 0);
    ASSERT_EQ(psk_wait(dead, PSK_READABLE, 0), PSK_ERROR);
    ASSERT_EQ(psk_wait(dead, PSK_READABLE, SECONDS), PSK_ERROR);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
