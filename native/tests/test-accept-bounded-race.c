/* accept_bounded_race: a second acceptor, blocked in psk_accept on the same listener, races
 * psk_accept_bounded for each of 200 connections. Whoever gets a connection, every
 * psk_accept_bounded call ends within its bound and some slack: a new fd, or -EAGAIN when it
 * saw the connection queued and the other took it (the timer ended its accept4). Without the
 * timer a lost race would block until the next connection, and the last one until the end. */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

static void *steal(void *arg) {
    int listener = *(int *)arg;
    for (;;) {
        int fd = psk_accept(listener, NULL, 0);
        if (fd < 0) {
            return NULL; /* the shutdown at the end */
        }
        psk_close(fd);
    }
}

TEST_IMPL(accept_bounded_race) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    pthread_t stealer = start_thread(steal, &listener);
    for (int i = 0; i < 200; i++) {
        int client = psk_socket(AF_INET, SOCK_STREAM, 0);
        ASSERT_GE(client, 0);
        ASSERT_EQ(psk_connect(client, &bound), 0);
        int64_t start = now_ns();
        int r = psk_accept_bounded(listener, NULL, 0, 20 * MS);
        ASSERT_ELAPSED(start, 0.0, 0.3);
        ASSERT(r >= 0 || r == -EAGAIN);
        if (r >= 0) {
            ASSERT_EQ(psk_close(r), 0);
        }
        ASSERT_EQ(psk_close(client), 0);
    }
    ASSERT_EQ(psk_shutdown(listener, SHUT_RDWR), 0);
    join_thread(stealer);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
