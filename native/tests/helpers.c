/* helpers.c - the loopback, time, thread and signal helpers declared in task.h. */
#include "task.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <time.h>

int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * SECONDS + ts.tv_nsec;
}

double time_slack_s(void) {
    const char *s = getenv("PSK_TEST_TIME_SLACK");
    return s == NULL ? 0.0 : atof(s);
}

double elapsed_s(int64_t start_ns) {
    return (double)(now_ns() - start_ns) / 1e9;
}

void sleep_ms(int ms) {
    struct timespec ts = {ms / 1000, (long)(ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

psk_addr inet_addr_of(const char *ip, int port) {
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_INET;
    a.port = port;
    a.len = 4;
    ASSERT_EQ(inet_pton(AF_INET, ip, a.data), 1);
    return a;
}

int tcp_listener_backlog(psk_addr *bound, int backlog) {
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    psk_addr any = inet_addr_of("127.0.0.1", 0);
    ASSERT_EQ(psk_bind(fd, &any), 0);
    ASSERT_EQ(psk_listen(fd, backlog), 0);
    ASSERT_EQ(psk_getsockname(fd, bound), 0);
    ASSERT_GT(bound->port, 0);
    return fd;
}

int tcp_listener(psk_addr *bound) {
    return tcp_listener_backlog(bound, 16);
}

void tcp_pair(int *client, int *server) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    *client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(*client, 0);
    ASSERT_EQ(psk_connect(*client, &bound), 0);
    *server = psk_accept(listener, NULL, 0);
    ASSERT_GE(*server, 0);
    ASSERT_EQ(psk_close(listener), 0);
}

int udp_loopback(psk_addr *bound) {
    int fd = psk_socket(AF_INET, SOCK_DGRAM, 0);
    ASSERT_GE(fd, 0);
    psk_addr a = inet_addr_of("127.0.0.1", 0);
    ASSERT_EQ(psk_bind(fd, &a), 0);
    ASSERT_EQ(psk_getsockname(fd, bound), 0);
    return fd;
}

psk_addr unix_addr(const void *bytes, int len) {
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    a.len = len;
    memcpy(a.data, bytes, (size_t)len);
    return a;
}

int unix_socket(int type) {
    int fd = psk_socket(AF_UNIX, type, 0);
    ASSERT_GE(fd, 0);
    return fd;
}

psk_addr refused_addr(int *holder) {
    /* Bound but not listening: the port stays ours, and a SYN to it gets a RST. */
    *holder = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(*holder, 0);
    psk_addr a = inet_addr_of("127.0.0.1", 0);
    ASSERT_EQ(psk_bind(*holder, &a), 0);
    ASSERT_EQ(psk_getsockname(*holder, &a), 0);
    return a;
}

int is_nonblocking(int fd) {
    int flags = fcntl(fd, F_GETFL);
    ASSERT_GE(flags, 0);
    return (flags & O_NONBLOCK) != 0;
}

pthread_t start_thread(void *(*fn)(void *), void *arg) {
    sigset_t all, old;
    sigfillset(&all);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &all, &old), 0);
    pthread_t t;
    ASSERT_EQ(pthread_create(&t, NULL, fn, arg), 0);
    ASSERT_EQ(pthread_sigmask(SIG_SETMASK, &old, NULL), 0);
    return t;
}

void join_thread(pthread_t t) {
    ASSERT_EQ(pthread_join(t, NULL), 0);
}

static void *in_thread_run(void *arg) {
    struct in_thread *c = arg;
    __atomic_store_n(&c->tid, wakeable_thread_id(), __ATOMIC_SEQ_CST);
    c->result = c->call(c);
    __atomic_store_n(&c->returned_at, now_ns(), __ATOMIC_SEQ_CST);
    return NULL;
}

void in_thread_start(struct in_thread *c) {
    c->result = -12345;
    c->tid = 0;
    c->returned_at = 0;
    c->thread = start_thread(in_thread_run, c);
    sleep_ms(200);
    ASSERT_GT(__atomic_load_n(&c->tid, __ATOMIC_SEQ_CST), 0);
    ASSERT_EQ(__atomic_load_n(&c->returned_at, __ATOMIC_SEQ_CST), 0); /* still blocked */
}

void in_thread_join(struct in_thread *c, int64_t since) {
    join_thread(c->thread);
    ASSERT_NE(c->result, -12345);
    ASSERT_LT(c->returned_at - since, 1 * SECONDS);
}

void in_thread_wake(struct in_thread *c) {
    int64_t start = now_ns();
    ASSERT_EQ(psk_preclose(c->fd), 0);
    ASSERT_EQ(psk_wake_thread(c->tid), 0);
    in_thread_join(c, start);
}

int64_t wakeable_thread_id(void) {
    sigset_t wake;
    sigemptyset(&wake);
    sigaddset(&wake, psk_wake_signal());
    ASSERT_EQ(pthread_sigmask(SIG_UNBLOCK, &wake, NULL), 0);
    return psk_thread_id();
}

static volatile sig_atomic_t alarms;
static struct sigaction old_alarm;

static void on_alarm(int sig) {
    (void)sig;
    alarms++;
}

void alarm_start(int first_ms, int interval_ms) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0; /* no SA_RESTART: the kernel returns EINTR to the interrupted call */
    alarms = 0;
    ASSERT_EQ(sigaction(SIGALRM, &sa, &old_alarm), 0);
    struct itimerval it = {
        .it_interval = {interval_ms / 1000, (interval_ms % 1000) * 1000},
        .it_value = {first_ms / 1000, (first_ms % 1000) * 1000},
    };
    ASSERT_EQ(setitimer(ITIMER_REAL, &it, NULL), 0);
}

int alarm_stop(void) {
    struct itimerval off;
    memset(&off, 0, sizeof off);
    ASSERT_EQ(setitimer(ITIMER_REAL, &off, NULL), 0);
    ASSERT_EQ(sigaction(SIGALRM, &old_alarm, NULL), 0);
    return alarms;
}

int count_open_fds(void) {
    DIR *d = opendir("/proc/self/fd");
    ASSERT(d != NULL);
    int n = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] != '.') {
            n++;
        }
    }
    closedir(d);
    return n - 1; /* the directory's own fd */
}

void put_item(unsigned char *items, int *off, int level, int type, const void *data, int len) {
    psk_cmsg_item item = {level, type, len, 0};
    memcpy(items + *off, &item, sizeof item);
    if (len > 0) {
        memcpy(items + *off + sizeof item, data, (size_t)len);
    }
    *off += PSK_ITEM_SPACE(len);
}

psk_cmsg_item item_at(const unsigned char *items, int off) {
    psk_cmsg_item item;
    memcpy(&item, items + off, sizeof item);
    return item;
}
