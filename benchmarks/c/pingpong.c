/* pp1, pp64, pp1to, upp1: ping-pong round trips, both ends on CPU 0 (a same-CPU wake-up
 * costs a few µs, a cross-CPU one ~25-30 µs on the reference VM; pinning both ends
 * together is what makes software overhead visible). One op = one round trip. */
#include "common.h"

#include <errno.h>
#include <poll.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

enum { MAX_MESSAGE = 64 };

struct echo_peer {
    int fd;
    size_t size;
    long long total; /* warm-up and timed batches together */
};

static void *echo_main(void *arg)
{
    struct echo_peer *peer = arg;
    char buf[MAX_MESSAGE];
    pin_self(CPU_A);
    for (long long i = 0; i < peer->total; i++) {
        recv_all(peer->fd, buf, peer->size);
        send_all(peer->fd, buf, peer->size);
    }
    return NULL;
}

/* The pp1to client's receive: bounded by poll (not SO_RCVTIMEO), then recv. */
static void recv_all_poll(int fd, char *buf, size_t len)
{
    while (len > 0) {
        struct pollfd pfd = {.fd = fd, .events = POLLIN};
        int ready = poll(&pfd, 1, BENCH_TIMEOUT_S * 1000);
        if (ready == 0)
            die("poll: timed out after %d s", BENCH_TIMEOUT_S);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            die_errno("poll");
        }
        ssize_t n = recv(fd, buf, len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die_errno("recv");
        }
        if (n == 0)
            die("recv: unexpected EOF");
        buf += n;
        len -= (size_t)n;
    }
}

static void run_pingpong(int client, int server, size_t size, int use_poll,
                         struct bench_run *run)
{
    struct echo_peer peer = {.fd = server, .size = size,
                             .total = run->ops * (run->batches + 1)};
    char msg[MAX_MESSAGE], buf[MAX_MESSAGE];
    memset(msg, 'p', sizeof msg);

    pin_self(CPU_A);
    pthread_t thread = start_peer(echo_main, &peer);
    for (int b = 0; b <= run->batches; b++) {
        uint64_t t0 = now_ns();
        if (use_poll) {
            for (long long i = 0; i < run->ops; i++) {
                send_all(client, msg, size);
                recv_all_poll(client, buf, size);
            }
        } else {
            for (long long i = 0; i < run->ops; i++) {
                send_all(client, msg, size);
                recv_all(client, buf, size);
            }
        }
        record_batch(run, b, t0, now_ns());
    }
    join_peer(thread);
    close(client);
    close(server);
}

void bench_pingpong(const char *name, int param, struct bench_run *run)
{
    (void)name;
    int client, server;
    tcp_pair(&client, &server, 1);
    run_pingpong(client, server, (size_t)param, 0, run);
}

void bench_pingpong_poll(const char *name, int param, struct bench_run *run)
{
    (void)name;
    int client, server;
    tcp_pair(&client, &server, 1);
    /* poll is this client's only receive bound; it keeps SO_SNDTIMEO for its sends. */
    struct timeval none = {0, 0};
    if (setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &none, sizeof none) != 0)
        die_errno("setsockopt(SO_RCVTIMEO)");
    run_pingpong(client, server, (size_t)param, 1, run);
}

void bench_unix_pingpong(const char *name, int param, struct bench_run *run)
{
    (void)name;
    int client, server;
    unix_pair(&client, &server);
    run_pingpong(client, server, (size_t)param, 0, run);
}
