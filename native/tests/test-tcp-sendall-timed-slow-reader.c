/*
 * sendall_timed has ONE deadline for the whole call (R5): a reader that keeps taking a
 * little data every 20 ms makes each chunk succeed well within the timeout, yet the call
 * still ends with PSK_TIMEOUT at the total deadline. A per-chunk deadline would go on
 * for seconds, until the 4 MiB were through.
 */
#include "task.h"

#include <stdatomic.h>
#include <sys/socket.h>

#define TOTAL (4 << 20)

struct reader {
    int fd;
    atomic_int stop;
    int received;
};

static void *read_slowly(void *arg) {
    struct reader *r = arg;
    char buf[4096];
    while (!atomic_load(&r->stop)) {
        int n = psk_recv(r->fd, buf, sizeof buf, 0);
        if (n <= 0) {
            break;
        }
        r->received += n;
        sleep_ms(20);
    }
    return NULL;
}

TEST_IMPL(tcp_sendall_timed_slow_reader) {
    int client, server;
    tcp_pair(&client, &server);
    /* Small buffers, so that the sender waits on the reader for every chunk. */
    ASSERT_EQ(psk_setsockopt_int(client, SOL_SOCKET, SO_SNDBUF, 16384), 0);
    ASSERT_EQ(psk_setsockopt_int(server, SOL_SOCKET, SO_RCVBUF, 16384), 0);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    char *data = calloc(1, TOTAL);
    ASSERT(data != NULL);
    struct reader r = {.fd = server};
    atomic_init(&r.stop, 0);
    pthread_t t = start_thread(read_slowly, &r);

    int64_t start = now_ns();
    ASSERT_EQ(psk_sendall_timed(client, data, TOTAL, 0, 500 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.5, 1.0);

    atomic_store(&r.stop, 1);
    join_thread(t);
    ASSERT_GT(r.received, 0); /* the reader did make progress during the call */

    free(data);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
