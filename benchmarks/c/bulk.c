/* bulk: TCP throughput. The sender (main thread, CPU 0) writes 64 KiB chunks; the
 * receiver (CPU 1, so both can run at once) reads into a 64 KiB buffer and closes each
 * batch with a 1-byte ack, so a batch's time covers delivery, not just buffering.
 * One op = one 64 KiB chunk delivered. */
#include "common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { CHUNK = 64 * 1024 };

struct bulk_peer {
    int fd;
    long long ops;
    int batches;
};

static void *receiver_main(void *arg)
{
    struct bulk_peer *peer = arg;
    char *buf = malloc(CHUNK);
    if (buf == NULL)
        die("out of memory");
    pin_self(CPU_B);
    for (int b = 0; b <= peer->batches; b++) {
        long long remaining = peer->ops * CHUNK;
        while (remaining > 0) {
            ssize_t n = recv(peer->fd, buf, CHUNK, 0);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                die_errno("bulk recv");
            }
            if (n == 0)
                die("bulk recv: unexpected EOF");
            remaining -= n;
        }
        send_all(peer->fd, "k", 1);
    }
    free(buf);
    return NULL;
}

void bench_bulk(const char *name, int param, struct bench_run *run)
{
    (void)name;
    (void)param;
    int sender, receiver;
    tcp_pair(&sender, &receiver, 0);
    struct bulk_peer peer = {.fd = receiver, .ops = run->ops, .batches = run->batches};
    char *chunk = malloc(CHUNK);
    if (chunk == NULL)
        die("out of memory");
    memset(chunk, 'b', CHUNK);

    pin_self(CPU_A);
    pthread_t thread = start_peer(receiver_main, &peer);
    for (int b = 0; b <= run->batches; b++) {
        char ack;
        uint64_t t0 = now_ns();
        for (long long i = 0; i < run->ops; i++)
            send_all(sender, chunk, CHUNK);
        recv_all(sender, &ack, 1);
        record_batch(run, b, t0, now_ns());
    }
    join_peer(thread);
    free(chunk);
    close(sender);
    close(receiver);
}
