/*
 * task.h - what every test-<area>-<case>.c uses: TEST_IMPL, ASSERT macros and loopback
 * helpers. A failed ASSERT prints where and aborts the test's child process; the runner
 * (runner.c) reports it. Tests use 127.0.0.1 and port 0 only, bound their waits, and
 * close what they open (the runner fails a test that leaks an fd).
 */
#ifndef PSK_TASK_H
#define PSK_TASK_H

#include "pysocket.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define TEST_IMPL(id) int run_test_##id(void)

#define ASSERT(expr)                                                              \
    do {                                                                          \
        if (!(expr)) {                                                            \
            fprintf(stderr, "%s:%d: assertion failed: %s\n", __FILE__, __LINE__, \
                    #expr);                                                       \
            abort();                                                              \
        }                                                                         \
    } while (0)

#define ASSERT_CMP(a, op, b)                                                         \
    do {                                                                             \
        long long a_ = (long long)(a), b_ = (long long)(b);                          \
        if (!(a_ op b_)) {                                                           \
            fprintf(stderr, "%s:%d: assertion failed: %s %s %s (%lld vs %lld)\n",    \
                    __FILE__, __LINE__, #a, #op, #b, a_, b_);                        \
            abort();                                                                 \
        }                                                                            \
    } while (0)

#define ASSERT_EQ(a, b) ASSERT_CMP(a, ==, b)
#define ASSERT_NE(a, b) ASSERT_CMP(a, !=, b)
#define ASSERT_GE(a, b) ASSERT_CMP(a, >=, b)
#define ASSERT_GT(a, b) ASSERT_CMP(a, >, b)
#define ASSERT_LE(a, b) ASSERT_CMP(a, <=, b)
#define ASSERT_LT(a, b) ASSERT_CMP(a, <, b)

/* ASSERT_ELAPSED(start, lo_s, hi_s): the seconds since start are in [lo_s, hi_s], hi_s plus
 * time_slack_s() under an emulator (an early return is a failure everywhere). */
#define ASSERT_ELAPSED(start, lo_s, hi_s)                                              \
    do {                                                                               \
        double e_ = elapsed_s(start);                                                  \
        if (e_ < (lo_s) || e_ > (hi_s) + time_slack_s()) {                             \
            fprintf(stderr, "%s:%d: elapsed %.3f s not in [%.3f, %.3f]\n", __FILE__,   \
                    __LINE__, e_, (double)(lo_s), (double)(hi_s));                     \
            abort();                                                                   \
        }                                                                              \
    } while (0)

#define MS (1000000LL)
#define SECONDS (1000000000LL)

/* Time: CLOCK_MONOTONIC, as the library's deadlines. */
int64_t now_ns(void);
double elapsed_s(int64_t start_ns);
/* time_slack_s: PSK_TEST_TIME_SLACK seconds (default 0), which tools/native/test-all-targets.sh
 * sets: under qemu-user every syscall is emulated, and two targets' tests at once on a busy
 * 2-core machine add tens of milliseconds to what otherwise takes microseconds. */
double time_slack_s(void);
void sleep_ms(int ms);

/* inet_addr_of: a psk_addr for an IPv4 literal and port. */
psk_addr inet_addr_of(const char *ip, int port);

/* tcp_listener: a blocking 127.0.0.1:0 listener (backlog 16); its address into bound. */
int tcp_listener(psk_addr *bound);
/* tcp_listener_backlog: the same with the given backlog (0: a full queue after one connect). */
int tcp_listener_backlog(psk_addr *bound, int backlog);

/* tcp_pair: a connected blocking loopback pair, made with psk_* calls. */
void tcp_pair(int *client, int *server);

/* udp_loopback: a blocking UDP socket bound to 127.0.0.1:0; its address into bound. */
int udp_loopback(psk_addr *bound);

/* unix_addr: an AF_UNIX psk_addr of exactly len bytes, no NUL added, so that abstract names
 * and embedded NULs reach the kernel as they are. */
psk_addr unix_addr(const void *bytes, int len);

/* unix_socket: an AF_UNIX socket of the given type. */
int unix_socket(int type);

/* refused_addr: 127.0.0.1 and a port nothing listens on, held by *holder (close it). */
psk_addr refused_addr(int *holder);

/* is_nonblocking: 1 if O_NONBLOCK is set on fd. */
int is_nonblocking(int fd);

/* start_thread: a thread with every signal blocked, so that a test's SIGALRM lands in
 * the main thread, in the call under test. */
pthread_t start_thread(void *(*fn)(void *), void *arg);
void join_thread(pthread_t t);

/* wakeable_thread_id: for a thread made by start_thread, unblocks the wake signal (so that
 * close's psk_wake_thread can interrupt it) and returns the thread's psk_thread_id. */
int64_t wakeable_thread_id(void);

/*
 * struct in_thread: one blocking call made in a thread of its own, for the tests of what
 * wakes a blocked call. Fill in call and its arguments, then in_thread_start runs it and
 * checks that it is still blocked 200 ms later; in_thread_join waits for the call to end and
 * checks that it ended within a second of `since`.
 */
struct in_thread {
    int (*call)(struct in_thread *c); /* the call; returns what the psk_* function returned */
    int fd;
    psk_addr addr;
    int64_t timeout_ns;
    int result;                       /* call's return value, once it ended */
    int64_t tid;                      /* the thread's psk_thread_id (wake signal unblocked) */
    int64_t returned_at;              /* now_ns() when call returned, 0 before (atomic) */
    pthread_t thread;
};
void in_thread_start(struct in_thread *c);
void in_thread_join(struct in_thread *c, int64_t since);
/* in_thread_wake: close's wake-up: psk_preclose(c->fd), psk_wake_thread(c->tid), then join. */
void in_thread_wake(struct in_thread *c);

/* SIGALRM without SA_RESTART, so that blocking calls really fail with EINTR; the handler
 * counts deliveries. alarm_start arms ITIMER_REAL (first, then every interval ms; 0 =
 * once), alarm_stop disarms it and restores the old handler. */
void alarm_start(int first_ms, int interval_ms);
int alarm_stop(void);  /* returns how many signals were handled */

/* count_open_fds: entries of /proc/self/fd, the runner's leak check. */
int count_open_fds(void);

/* put_item appends a psk_cmsg_item (level, type, len data bytes) at items + *off, advancing
 * *off by PSK_ITEM_SPACE(len) (the caller sizes items); for psk_sendmsg. */
void put_item(unsigned char *items, int *off, int level, int type, const void *data, int len);

/* item_at reads the item header at items + off (memcpy: no alignment assumed). */
psk_cmsg_item item_at(const unsigned char *items, int off);

#endif
