/* conn: connect+accept+close cycles in lock step, both ends on CPU 0. The server
 * accepts and closes; the client connects, reads EOF, sets SO_LINGER {1, 0} and closes,
 * which resets instead of leaving TIME_WAIT sockets to pile up over a run. One op = one
 * full cycle. */
#include "common.h"

#include <errno.h>
#include <sys/socket.h>
#include <unistd.h>

struct conn_peer {
    int listener;
    long long total;
};

static void *server_main(void *arg)
{
    struct conn_peer *peer = arg;
    pin_self(CPU_A);
    for (long long i = 0; i < peer->total; i++) {
        /* The accepted socket gets no timeouts: it is only closed, nothing on it can
         * block. accept() itself is bounded by the listener's SO_RCVTIMEO. */
        int fd = accept(peer->listener, NULL, NULL);
        if (fd < 0) {
            if (errno == EINTR) {
                i--;
                continue;
            }
            die_errno("accept");
        }
        close(fd);
    }
    return NULL;
}

static void one_cycle(const struct sockaddr_in *addr)
{
    static const struct linger reset = {.l_onoff = 1, .l_linger = 0};
    char byte;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        die_errno("socket");
    set_timeouts(fd); /* SO_SNDTIMEO bounds connect(), SO_RCVTIMEO the recv() */
    if (connect(fd, (const struct sockaddr *)addr, sizeof *addr) != 0)
        die_errno("connect");
    ssize_t n;
    do
        n = recv(fd, &byte, 1, 0);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        die_errno("recv");
    if (n > 0)
        die("recv: data where EOF was expected");
    if (setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof reset) != 0)
        die_errno("setsockopt(SO_LINGER)");
    close(fd);
}

void bench_conn(const char *name, int param, struct bench_run *run)
{
    (void)name;
    (void)param;
    struct sockaddr_in addr;
    struct conn_peer peer = {.listener = tcp_listener(&addr),
                             .total = run->ops * (run->batches + 1)};

    pin_self(CPU_A);
    pthread_t thread = start_peer(server_main, &peer);
    for (int b = 0; b <= run->batches; b++) {
        uint64_t t0 = now_ns();
        for (long long i = 0; i < run->ops; i++)
            one_cycle(&addr);
        record_batch(run, b, t0, now_ns());
    }
    join_peer(thread);
    close(peer.listener);
}
