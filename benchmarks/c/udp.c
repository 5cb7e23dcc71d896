/* udp: 64-byte datagrams, unconnected sendto/recvfrom on 127.0.0.1. Sender on CPU 0
 * (main thread), receiver on CPU 1. Lossless by flow control, so every datagram counts:
 * the receiver acks each window of 64 datagrams (and the last, partial one of a batch)
 * with 1 byte, and the sender keeps at most 2 windows in flight, far below the socket
 * buffer. A lost datagram would stall both ends into their 5 s timeouts, i.e. fail the
 * run rather than skew it. One op = one datagram delivered. */
#include "common.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

enum { DATAGRAM = 64, WINDOW = 64, WINDOWS_IN_FLIGHT = 2 };

struct udp_peer {
    int fd;
    long long ops;
    int batches;
};

static int udp_socket(struct sockaddr_in *bound)
{
    int fd = socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        die_errno("socket(SOCK_DGRAM)");
    set_timeouts(fd);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = 0,
                               .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    if (bind(fd, (struct sockaddr *)&addr, sizeof addr) != 0)
        die_errno("bind(SOCK_DGRAM)");
    if (getsockname(fd, (struct sockaddr *)bound, &len) != 0)
        die_errno("getsockname");
    return fd;
}

static void *receiver_main(void *arg)
{
    struct udp_peer *peer = arg;
    char buf[DATAGRAM];
    pin_self(CPU_B);
    for (int b = 0; b <= peer->batches; b++) {
        for (long long i = 1; i <= peer->ops; i++) {
            struct sockaddr_in from;
            socklen_t from_len = sizeof from;
            ssize_t n = recvfrom(peer->fd, buf, sizeof buf, 0, (struct sockaddr *)&from,
                                 &from_len);
            if (n < 0) {
                if (errno == EINTR) {
                    i--;
                    continue;
                }
                die_errno("recvfrom");
            }
            if (n != DATAGRAM)
                die("recvfrom: %zd bytes, expected %d", n, DATAGRAM);
            if (i % WINDOW == 0 || i == peer->ops) {
                if (sendto(peer->fd, "k", 1, MSG_NOSIGNAL, (struct sockaddr *)&from,
                           from_len) != 1)
                    die_errno("sendto(ack)");
            }
        }
    }
    return NULL;
}

static void recv_ack(int fd)
{
    char ack;
    ssize_t n;
    do
        n = recv(fd, &ack, 1, 0);
    while (n < 0 && errno == EINTR);
    if (n != 1)
        die_errno("recv(ack)");
}

void bench_udp(const char *name, int param, struct bench_run *run)
{
    (void)name;
    (void)param;
    struct sockaddr_in sender_addr, receiver_addr;
    int sender = udp_socket(&sender_addr);
    int receiver = udp_socket(&receiver_addr);
    struct udp_peer peer = {.fd = receiver, .ops = run->ops, .batches = run->batches};
    char msg[DATAGRAM];
    memset(msg, 'u', sizeof msg);
    long long windows = (run->ops + WINDOW - 1) / WINDOW;

    pin_self(CPU_A);
    pthread_t thread = start_peer(receiver_main, &peer);
    for (int b = 0; b <= run->batches; b++) {
        uint64_t t0 = now_ns();
        for (long long w = 0; w < windows; w++) {
            if (w >= WINDOWS_IN_FLIGHT)
                recv_ack(sender); /* window w - 2 delivered */
            long long count = run->ops - w * WINDOW;
            if (count > WINDOW)
                count = WINDOW;
            for (long long i = 0; i < count; i++) {
                if (sendto(sender, msg, sizeof msg, MSG_NOSIGNAL,
                           (struct sockaddr *)&receiver_addr, sizeof receiver_addr)
                    != DATAGRAM) {
                    if (errno == EINTR) {
                        i--;
                        continue;
                    }
                    die_errno("sendto");
                }
            }
        }
        for (long long w = 0; w < windows && w < WINDOWS_IN_FLIGHT; w++)
            recv_ack(sender);
        record_batch(run, b, t0, now_ns());
    }
    join_peer(thread);
    close(sender);
    close(receiver);
}
