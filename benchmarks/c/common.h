/* psk_bench_c: the plain-C baseline of benchmarks/WORKLOADS.md (impl "c").
 *
 * Every workload runs its two ends as two threads of this process: a multi-threaded
 * process is the fair floor for a JVM (measured here: a syscall costs ~65 ns more once
 * the fd table is shared). The main thread drives the workload and does the timing; a
 * peer thread serves it for a fixed number of operations. */
#ifndef PSK_BENCH_COMMON_H
#define PSK_BENCH_COMMON_H

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <netinet/in.h>

/* Every blocking call is bounded by this (kernel timeouts or poll). */
#define BENCH_TIMEOUT_S 5
/* Backstop for the whole process; SIGALRM's default action ends it. */
#define BENCH_ALARM_S 300

/* One run: an untimed warm-up batch, then `batches` timed batches of `ops` operations. */
struct bench_run {
    long long ops;
    int batches;
    double *ns_per_op; /* `batches` entries, filled by record_batch() */
};

/* Logical CPUs of WORKLOADS.md: 0 = "CPU 0", 1 = "CPU 1". */
enum { CPU_A = 0, CPU_B = 1 };

_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
_Noreturn void die_errno(const char *what);

uint64_t now_ns(void);
/* Batch 0 is the warm-up and is dropped; batch b > 0 lands in ns_per_op[b - 1]. */
void record_batch(struct bench_run *run, int batch, uint64_t t0, uint64_t t1);
void print_result(const char *workload, const struct bench_run *run);

void cpus_init(void);
void pin_self(int logical_cpu);

pthread_t start_peer(void *(*fn)(void *), void *arg);
void join_peer(pthread_t thread);

void set_timeouts(int fd);
int tcp_listener(struct sockaddr_in *bound);
void tcp_pair(int *client, int *server, int nodelay);
void unix_pair(int *client, int *server);
void send_all(int fd, const void *buf, size_t len);
void recv_all(int fd, void *buf, size_t len);
void wait_eof(int fd);

/* The workloads; `param` is the message size where one applies. */
void bench_pingpong(const char *name, int param, struct bench_run *run);
void bench_pingpong_poll(const char *name, int param, struct bench_run *run);
void bench_unix_pingpong(const char *name, int param, struct bench_run *run);
void bench_bulk(const char *name, int param, struct bench_run *run);
void bench_sendfile(const char *name, int param, struct bench_run *run);
void bench_udp(const char *name, int param, struct bench_run *run);
void bench_conn(const char *name, int param, struct bench_run *run);
void bench_gso(const char *name, int param, struct bench_run *run);
void bench_calls(const char *name, int param, struct bench_run *run);

#endif
