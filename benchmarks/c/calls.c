/* calls_b64, calls_b64k: one send of `param` bytes and the recv calls that drain it (one,
 * unless the kernel splits it) per op, blocking, on an AF_UNIX stream socketpair, CPU 0: the
 * C twin of BindingCostBench's byte[] rows. A holder thread exists only so that the process is
 * multi-threaded, as a JVM is (see gso.c). */
#include "common.h"

#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void *holder_main(void *arg)
{
    int fd = *(int *)arg;
    pin_self(CPU_A);
    wait_eof(fd);
    return NULL;
}

void bench_calls(const char *name, int param, struct bench_run *run)
{
    (void)name;
    int pair[2], hold[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, pair) != 0 || socketpair(AF_UNIX, SOCK_STREAM, 0, hold) != 0)
        die_errno("socketpair");
    /* bounded, like every call here; the kernel timeouts do not touch the path that does not wait */
    set_timeouts(pair[0]);
    set_timeouts(pair[1]);
    set_timeouts(hold[0]);
    set_timeouts(hold[1]);
    char *out = calloc(1, (size_t)param);
    char *in = malloc((size_t)param);
    if (out == NULL || in == NULL)
        die("out of memory");

    pin_self(CPU_A);
    pthread_t thread = start_peer(holder_main, &hold[1]);
    for (int b = 0; b <= run->batches; b++) {
        uint64_t t0 = now_ns();
        for (long long i = 0; i < run->ops; i++) {
            ssize_t sent = send(pair[0], out, (size_t)param, 0);
            if (sent <= 0)
                die_errno("send");
            for (ssize_t got = 0; got < sent;) {
                ssize_t n = recv(pair[1], in, (size_t)param, 0);
                if (n <= 0)
                    die_errno("recv");
                got += n;
            }
        }
        record_batch(run, b, t0, now_ns());
    }
    if (shutdown(hold[0], SHUT_WR) != 0)
        die_errno("shutdown");
    join_peer(thread);
    close(hold[0]);
    close(hold[1]);
    close(pair[0]);
    close(pair[1]);
    free(out);
    free(in);
}
