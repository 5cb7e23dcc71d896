/* psk_many_c <port> <connections> <warmup-ms> <batch-ms> <batches>
 *
 * The load generator of the "many" workloads (benchmarks/WORKLOADS.md): one thread, epoll,
 * `connections` TCP connections to 127.0.0.1:<port>, each a client that sends a 64-byte
 * request, waits for the 64-byte response and sends the next one, all in flight at once.
 * The same program drives every server, so only the server differs between rows.
 *
 * Protocol with the runner (stdin/stdout lines):
 *   1. connects every connection (TCP_NODELAY, SO_LINGER {1, 0} so that closing leaves no
 *      TIME_WAIT), makes one request/response on each (the server has now seen and served
 *      every connection), prints "ready" and waits for a line on stdin;
 *   2. the runner measures the server's memory with the connections idle, then writes "go";
 *   3. runs the load: a warm-up of warmup-ms, prints "measuring", then `batches` batches of
 *      batch-ms each, and prints one JSON line: {"connections": N, "requests": <in the
 *      batches>, "rps": <median requests/s>, "batches": [...]};
 *   4. closes every connection (RST) and exits 0.
 * Every response is checked: its 64 bytes must all be the byte its request was filled with.
 * Every wait is bounded (epoll_wait 5 s with no progress fails), the process by alarm(300). */
#include "common.h"

#include <errno.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

enum { MESSAGE = 64, MAX_EVENTS = 512, MAX_CONNECTIONS = 100000 };

struct client {
    int fd;
    unsigned char seq;  /* the byte the request in flight is filled with */
    unsigned char got;  /* response bytes received so far */
};

static long long parse_arg(const char *text, const char *what, long long max)
{
    char *end;
    long long value = strtoll(text, &end, 10);
    if (end == text || *end != '\0' || value < 1 || value > max)
        die("%s must be an integer in 1..%lld, got '%s'", what, max, text);
    return value;
}

static void send_request(struct client *c)
{
    unsigned char msg[MESSAGE];
    c->seq++;
    c->got = 0;
    memset(msg, c->seq, sizeof msg);
    /* 64 bytes into a socket whose peer has read everything before: all or an error. */
    ssize_t n = send(c->fd, msg, sizeof msg, MSG_NOSIGNAL | MSG_DONTWAIT);
    if (n != (ssize_t)sizeof msg) {
        if (n < 0)
            die_errno("send");
        die("send: short write of %zd bytes", n);
    }
}

/* Reads what is there; returns 1 when the response is complete. */
static int read_response(struct client *c)
{
    unsigned char buf[MESSAGE];
    ssize_t n = recv(c->fd, buf, MESSAGE - c->got, MSG_DONTWAIT);
    if (n < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)
            return 0;
        die_errno("recv");
    }
    if (n == 0)
        die("recv: the server closed a connection");
    for (ssize_t i = 0; i < n; i++)
        if (buf[i] != c->seq)
            die("response byte %d is %d, expected %d", c->got + (int)i, buf[i], c->seq);
    c->got = (unsigned char)(c->got + n);
    return c->got == MESSAGE;
}

/* Runs until deadline_ns; returns the responses completed. Every client has one request in
 * flight on entry and on exit. */
static long long run_until(int ep, struct client *clients, uint64_t deadline_ns)
{
    struct epoll_event events[MAX_EVENTS];
    long long done = 0;
    while (now_ns() < deadline_ns) {
        int n = epoll_wait(ep, events, MAX_EVENTS, BENCH_TIMEOUT_S * 1000);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die_errno("epoll_wait");
        }
        if (n == 0)
            die("no response within %d s", BENCH_TIMEOUT_S);
        for (int i = 0; i < n; i++) {
            struct client *c = &clients[events[i].data.u32];
            if (read_response(c)) {
                done++;
                send_request(c);
            }
        }
    }
    return done;
}

/* Sends one request on every client and waits for every response (the warm exchange). */
static void exchange_once(int ep, struct client *clients, int count)
{
    struct epoll_event events[MAX_EVENTS];
    for (int i = 0; i < count; i++)
        send_request(&clients[i]);
    int pending = count;
    while (pending > 0) {
        int n = epoll_wait(ep, events, MAX_EVENTS, BENCH_TIMEOUT_S * 1000);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die_errno("epoll_wait");
        }
        if (n == 0)
            die("%d of %d first responses missing after %d s", pending, count, BENCH_TIMEOUT_S);
        for (int i = 0; i < n; i++)
            if (read_response(&clients[events[i].data.u32]))
                pending--;
    }
}

static void connect_all(int ep, struct client *clients, int count, int port)
{
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port),
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    struct linger rst = {.l_onoff = 1, .l_linger = 0};
    int one = 1;
    for (int i = 0; i < count; i++) {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        if (fd < 0)
            die_errno("socket");
        set_timeouts(fd); /* bounds connect (SO_SNDTIMEO) */
        if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0)
            die_errno("connect");
        if (setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one) != 0
            || setsockopt(fd, SOL_SOCKET, SO_LINGER, &rst, sizeof rst) != 0)
            die_errno("setsockopt");
        struct epoll_event ev = {.events = EPOLLIN, .data.u32 = (uint32_t)i};
        if (epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) != 0)
            die_errno("epoll_ctl");
        clients[i].fd = fd;
    }
}

static int compare_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    if (argc != 6) {
        fputs("usage: psk_many_c <port> <connections> <warmup-ms> <batch-ms> <batches>\n", stderr);
        return 1;
    }
    int port = (int)parse_arg(argv[1], "port", 65535);
    int count = (int)parse_arg(argv[2], "connections", MAX_CONNECTIONS);
    long long warmup_ms = parse_arg(argv[3], "warmup-ms", 60000);
    long long batch_ms = parse_arg(argv[4], "batch-ms", 60000);
    int batches = (int)parse_arg(argv[5], "batches", 100);
    alarm(BENCH_ALARM_S);

    struct client *clients = calloc((size_t)count, sizeof *clients);
    double *rps = calloc((size_t)batches, sizeof *rps);
    double *sorted = calloc((size_t)batches, sizeof *sorted);
    if (clients == NULL || rps == NULL || sorted == NULL)
        die("out of memory");
    int ep = epoll_create1(EPOLL_CLOEXEC);
    if (ep < 0)
        die_errno("epoll_create1");
    connect_all(ep, clients, count, port);
    exchange_once(ep, clients, count);
    printf("ready\n");
    fflush(stdout);
    char line[64];
    if (fgets(line, sizeof line, stdin) == NULL || strncmp(line, "go", 2) != 0)
        die("expected 'go' on stdin");

    for (int i = 0; i < count; i++)
        send_request(&clients[i]);
    run_until(ep, clients, now_ns() + (uint64_t)warmup_ms * 1000000u);
    /* "measuring": the runner reads the server's CPU time now and after the result line. */
    printf("measuring\n");
    fflush(stdout);
    long long total = 0;
    for (int b = 0; b < batches; b++) {
        uint64_t t0 = now_ns();
        long long done = run_until(ep, clients, t0 + (uint64_t)batch_ms * 1000000u);
        rps[b] = (double)done * 1e9 / (double)(now_ns() - t0);
        total += done;
    }
    memcpy(sorted, rps, (size_t)batches * sizeof *sorted);
    qsort(sorted, (size_t)batches, sizeof *sorted, compare_double);
    double median = batches % 2 ? sorted[batches / 2] : (sorted[batches / 2 - 1] + sorted[batches / 2]) / 2;
    printf("{\"connections\": %d, \"requests\": %lld, \"rps\": %.1f, \"batches\": [", count, total, median);
    for (int b = 0; b < batches; b++)
        printf("%s%.1f", b ? ", " : "", rps[b]);
    printf("]}\n");
    if (fflush(stdout) != 0)
        die_errno("stdout");
    for (int i = 0; i < count; i++)
        close(clients[i].fd);
    close(ep);
    free(clients);
    free(rps);
    free(sorted);
    return 0;
}
