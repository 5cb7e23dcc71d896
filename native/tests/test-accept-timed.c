/* accept_timed: PSK_TIMEOUT with nobody connecting; the new fd and peer when a client
 * connects during the wait. */
#include "task.h"

#include <string.h>
#include <sys/socket.h>

static void *connect_later(void *arg) {
    sleep_ms(100);
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(psk_connect(fd, arg), 0);
    return (void *)(intptr_t)fd;
}

TEST_IMPL(accept_timed) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    ASSERT_EQ(psk_set_nonblocking(listener, 1), 0);

    int64_t start = now_ns();
    ASSERT_EQ(psk_accept_timed(listener, NULL, 0, 200 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.2, 0.7);

    pthread_t t = start_thread(connect_later, &bound);
    psk_addr peer;
    int server = psk_accept_timed(listener, &peer, 0, 5 * SECONDS);
    void *client;
    ASSERT_EQ(pthread_join(t, &client), 0);
    ASSERT_GE(server, 0);

    psk_addr client_name;
    ASSERT_EQ(psk_getsockname((int)(intptr_t)client, &client_name), 0);
    ASSERT(memcmp(&peer, &client_name, sizeof peer) == 0);

    ASSERT_EQ(psk_close((int)(intptr_t)client), 0);
    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
