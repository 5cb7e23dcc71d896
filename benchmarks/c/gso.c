/* gso: one getsockopt(SOL_SOCKET, SO_RCVBUF) per op on a connected TCP socket, CPU 0.
 * The peer thread only holds the other end; its existence matters, since a syscall
 * costs ~65 ns more once a process is multi-threaded (measured here), and a JVM always
 * is. */
#include "common.h"

#include <sys/socket.h>
#include <unistd.h>

static void *holder_main(void *arg)
{
    int fd = *(int *)arg;
    pin_self(CPU_A);
    wait_eof(fd);
    return NULL;
}

void bench_gso(const char *name, int param, struct bench_run *run)
{
    (void)name;
    (void)param;
    int client, server;
    tcp_pair(&client, &server, 1);

    pin_self(CPU_A);
    pthread_t thread = start_peer(holder_main, &server);
    for (int b = 0; b <= run->batches; b++) {
        uint64_t t0 = now_ns();
        for (long long i = 0; i < run->ops; i++) {
            int value;
            socklen_t len = sizeof value;
            if (getsockopt(client, SOL_SOCKET, SO_RCVBUF, &value, &len) != 0)
                die_errno("getsockopt(SO_RCVBUF)");
        }
        record_batch(run, b, t0, now_ns());
    }
    if (shutdown(client, SHUT_WR) != 0)
        die_errno("shutdown");
    join_peer(thread);
    close(client);
    close(server);
}
