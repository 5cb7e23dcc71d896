/* sendall_timed goes on chunk after chunk until all 8 MiB are sent within the deadline. */
#include "task.h"

#include <string.h>

#define TOTAL (8 << 20)

struct reader {
    int fd;
    unsigned char *got;
    int received;
};

static void *read_all(void *arg) {
    struct reader *r = arg;
    while (r->received < TOTAL) {
        /* Small reads keep the sender's buffer full, so it needs many chunks. */
        int want = TOTAL - r->received < 65536 ? TOTAL - r->received : 65536;
        int n = psk_recv(r->fd, r->got + r->received, want, 0);
        ASSERT_GT(n, 0);
        r->received += n;
    }
    return NULL;
}

TEST_IMPL(tcp_sendall_timed_complete) {
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    unsigned char *data = malloc(TOTAL);
    ASSERT(data != NULL);
    for (int i = 0; i < TOTAL; i++) {
        data[i] = (unsigned char)(i * 7 + (i >> 11));
    }
    struct reader r = {server, malloc(TOTAL), 0};
    ASSERT(r.got != NULL);

    pthread_t t = start_thread(read_all, &r);
    ASSERT_EQ(psk_sendall_timed(client, data, TOTAL, 0, 8 * SECONDS), TOTAL);
    join_thread(t);
    ASSERT(memcmp(data, r.got, TOTAL) == 0);

    free(data);
    free(r.got);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
