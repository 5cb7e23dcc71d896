/* A blocking sendall of 8 MiB arrives complete and byte-identical at a reader thread. */
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
        int n = psk_recv(r->fd, r->got + r->received, TOTAL - r->received, 0);
        ASSERT_GT(n, 0);
        r->received += n;
    }
    return NULL;
}

TEST_IMPL(tcp_sendall_8mib) {
    int client, server;
    tcp_pair(&client, &server);

    unsigned char *data = malloc(TOTAL);
    ASSERT(data != NULL);
    for (int i = 0; i < TOTAL; i++) {
        data[i] = (unsigned char)(i * 31 + (i >> 13));
    }
    struct reader r = {server, malloc(TOTAL), 0};
    ASSERT(r.got != NULL);

    pthread_t t = start_thread(read_all, &r);
    ASSERT_EQ(psk_sendall(client, data, TOTAL, 0), TOTAL);
    join_thread(t);
    ASSERT_EQ(r.received, TOTAL);
    ASSERT(memcmp(data, r.got, TOTAL) == 0);

    free(data);
    free(r.got);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
