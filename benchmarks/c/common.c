/* Shared helpers of psk_bench_c: errors, clock, results, CPU placement, socket setup. */
#include "common.h"

#include <errno.h>
#include <netinet/tcp.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("psk_bench_c: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(1); /* also runs unix_pair's cleanup of the temp dir */
}

void die_errno(const char *what)
{
    int err = errno;
    if (err == EAGAIN || err == EWOULDBLOCK)
        die("%s: timed out after %d s", what, BENCH_TIMEOUT_S);
    die("%s: %s", what, strerror(err));
}

uint64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void record_batch(struct bench_run *run, int batch, uint64_t t0, uint64_t t1)
{
    if (batch > 0)
        run->ns_per_op[batch - 1] = (double)(t1 - t0) / (double)run->ops;
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

void print_result(const char *workload, const struct bench_run *run)
{
    size_t n = (size_t)run->batches;
    double *sorted = malloc(n * sizeof *sorted);
    if (sorted == NULL)
        die("out of memory");
    memcpy(sorted, run->ns_per_op, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, compare_double);
    double median = n % 2 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    free(sorted);

    printf("{\"workload\": \"%s\", \"impl\": \"c\", \"ns_per_op\": %.1f, \"batches\": [",
           workload, median);
    for (size_t i = 0; i < n; i++)
        printf("%s%.1f", i ? ", " : "", run->ns_per_op[i]);
    printf("]}\n");
    if (fflush(stdout) != 0)
        die_errno("stdout");
}

/* The CPUs this process may use, in order. WORKLOADS.md's "CPU 0" / "CPU 1" are the
 * first and second of them (the same CPUs on an unrestricted machine); with only one,
 * everything shares it. */
static int cpu_ids[CPU_SETSIZE];
static int cpu_count;

void cpus_init(void)
{
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) != 0)
        die_errno("sched_getaffinity");
    for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
        if (CPU_ISSET(cpu, &set))
            cpu_ids[cpu_count++] = cpu;
    if (cpu_count == 0)
        die("no usable CPU");
}

void pin_self(int logical_cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(logical_cpu < cpu_count ? cpu_ids[logical_cpu] : cpu_ids[0], &set);
    int rc = pthread_setaffinity_np(pthread_self(), sizeof set, &set);
    if (rc != 0) {
        errno = rc;
        die_errno("pthread_setaffinity_np");
    }
}

pthread_t start_peer(void *(*fn)(void *), void *arg)
{
    pthread_t thread;
    int rc = pthread_create(&thread, NULL, fn, arg);
    if (rc != 0) {
        errno = rc;
        die_errno("pthread_create");
    }
    return thread;
}

void join_peer(pthread_t thread)
{
    int rc = pthread_join(thread, NULL);
    if (rc != 0) {
        errno = rc;
        die_errno("pthread_join");
    }
}

void set_timeouts(int fd)
{
    struct timeval tv = {.tv_sec = BENCH_TIMEOUT_S, .tv_usec = 0};
    if (setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv) != 0
        || setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv) != 0)
        die_errno("setsockopt(SO_RCVTIMEO/SO_SNDTIMEO)");
}

static void set_nodelay(int fd)
{
    int one = 1;
    if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0)
        die_errno("setsockopt(TCP_NODELAY)");
}

/* A listening TCP socket on 127.0.0.1, port chosen by the kernel; its timeouts bound
 * accept(). */
int tcp_listener(struct sockaddr_in *bound)
{
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        die_errno("socket");
    set_timeouts(fd);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = 0,
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0)
        die_errno("bind");
    if (listen(fd, 128) != 0)
        die_errno("listen");
    if (getsockname(fd, (struct sockaddr *)bound, &len) != 0)
        die_errno("getsockname");
    return fd;
}

/* connect() to a local listener completes from the backlog, so one thread can build
 * both ends before the peer thread exists. */
void tcp_pair(int *client, int *server, int nodelay)
{
    struct sockaddr_in addr;
    int listener = tcp_listener(&addr);
    int c = socket(AF_INET, SOCK_STREAM, 0);
    if (c < 0)
        die_errno("socket");
    set_timeouts(c);
    if (connect(c, (struct sockaddr *)&addr, sizeof addr) != 0)
        die_errno("connect");
    int s = accept(listener, NULL, NULL);
    if (s < 0)
        die_errno("accept");
    set_timeouts(s);
    close(listener);
    if (nodelay) {
        set_nodelay(c);
        set_nodelay(s);
    }
    *client = c;
    *server = s;
}

/* The AF_UNIX path lives only until both ends are connected; the exit hook removes it
 * if setup fails half-way. */
static char unix_dir[64];
static char unix_path[sizeof ((struct sockaddr_un *)0)->sun_path];

static void unix_cleanup(void)
{
    if (unix_path[0] != '\0')
        unlink(unix_path);
    if (unix_dir[0] != '\0')
        rmdir(unix_dir);
    unix_path[0] = unix_dir[0] = '\0';
}

void unix_pair(int *client, int *server)
{
    const char *tmp = getenv("TMPDIR");
    if (tmp == NULL || tmp[0] == '\0')
        tmp = "/tmp";
    char dir[sizeof unix_dir];
    int len = snprintf(dir, sizeof dir, "%s/psk-bench-XXXXXX", tmp);
    if (len < 0 || (size_t)len >= sizeof dir)
        die("TMPDIR too long for an AF_UNIX path");
    if (mkdtemp(dir) == NULL)
        die_errno("mkdtemp");
    memcpy(unix_dir, dir, sizeof dir);
    atexit(unix_cleanup);

    struct sockaddr_un addr = {.sun_family = AF_UNIX};
    len = snprintf(addr.sun_path, sizeof addr.sun_path, "%s/s", dir);
    if (len < 0 || (size_t)len >= sizeof addr.sun_path)
        die("TMPDIR too long for an AF_UNIX path");

    int listener = socket(AF_UNIX, SOCK_STREAM, 0);
    if (listener < 0)
        die_errno("socket(AF_UNIX)");
    set_timeouts(listener);
    if (bind(listener, (struct sockaddr *)&addr, sizeof addr) != 0)
        die_errno("bind(AF_UNIX)");
    memcpy(unix_path, addr.sun_path, sizeof unix_path);
    if (listen(listener, 1) != 0)
        die_errno("listen(AF_UNIX)");
    int c = socket(AF_UNIX, SOCK_STREAM, 0);
    if (c < 0)
        die_errno("socket(AF_UNIX)");
    set_timeouts(c);
    if (connect(c, (struct sockaddr *)&addr, sizeof addr) != 0)
        die_errno("connect(AF_UNIX)");
    int s = accept(listener, NULL, NULL);
    if (s < 0)
        die_errno("accept(AF_UNIX)");
    set_timeouts(s);
    close(listener);
    unix_cleanup();
    *client = c;
    *server = s;
}

void send_all(int fd, const void *buf, size_t len)
{
    const char *p = buf;
    while (len > 0) {
        ssize_t n = send(fd, p, len, MSG_NOSIGNAL);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die_errno("send");
        }
        p += n;
        len -= (size_t)n;
    }
}

void recv_all(int fd, void *buf, size_t len)
{
    char *p = buf;
    while (len > 0) {
        ssize_t n = recv(fd, p, len, 0);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die_errno("recv");
        }
        if (n == 0)
            die("recv: unexpected EOF");
        p += n;
        len -= (size_t)n;
    }
}

/* For peers that only hold their end open: wait (bounded by count x SO_RCVTIMEO, under
 * the process alarm) until the driver shuts its end down. */
void wait_eof(int fd)
{
    char byte;
    for (int tries = 0; tries < BENCH_ALARM_S / BENCH_TIMEOUT_S; tries++) {
        ssize_t n = recv(fd, &byte, 1, 0);
        if (n == 0)
            return;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            continue;
        if (n > 0)
            die("wait_eof: unexpected data");
        die_errno("recv");
    }
    die("wait_eof: no EOF within %d s", BENCH_ALARM_S);
}
