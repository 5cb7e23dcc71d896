/* sendfile: a 256 MiB file over TCP loopback with sendfile(2). The sender (main thread,
 * CPU 0) sends the whole file per op; the receiver (CPU 1) reads it into a 64 KiB buffer
 * and answers a 1-byte ack per file. One op = one file delivered. The file is written once
 * (real bytes, in the page cache) in a fresh temporary directory and removed at the end. */
#include "common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <unistd.h>

enum { CHUNK = 64 * 1024 };
#define FILE_SIZE (256LL << 20)

struct sendfile_peer {
    int fd;
    long long ops;
    int batches;
};

static void *receiver_main(void *arg)
{
    struct sendfile_peer *peer = arg;
    char *buf = malloc(CHUNK);
    if (buf == NULL)
        die("out of memory");
    pin_self(CPU_B);
    for (long long op = 0; op < peer->ops * (peer->batches + 1); op++) {
        long long remaining = FILE_SIZE;
        while (remaining > 0) {
            ssize_t n = recv(peer->fd, buf, CHUNK, 0);
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                die_errno("sendfile recv");
            }
            if (n == 0)
                die("sendfile recv: unexpected EOF");
            remaining -= n;
        }
        send_all(peer->fd, "k", 1);
    }
    free(buf);
    return NULL;
}

static int make_file(void)
{
    char path[] = "/tmp/psk-bench-sendfile-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0)
        die_errno("mkstemp");
    unlink(path);
    char *block = malloc(1 << 20);
    if (block == NULL)
        die("out of memory");
    for (int i = 0; i < (1 << 20); i++)
        block[i] = (char)(i * 31);
    for (long long at = 0; at < FILE_SIZE; at += 1 << 20)
        if (write(fd, block, 1 << 20) != 1 << 20)
            die_errno("write");
    free(block);
    return fd;
}

static void send_file(int sock, int file)
{
    off_t offset = 0;
    while (offset < FILE_SIZE) {
        ssize_t n = sendfile(sock, file, &offset, (size_t)(FILE_SIZE - offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            die_errno("sendfile");
        }
        if (n == 0)
            die("sendfile: unexpected end of file");
    }
}

void bench_sendfile(const char *name, int param, struct bench_run *run)
{
    (void)name;
    (void)param;
    int file = make_file();
    int sender, receiver;
    tcp_pair(&sender, &receiver, 0);
    struct sendfile_peer peer = {.fd = receiver, .ops = run->ops, .batches = run->batches};

    pin_self(CPU_A);
    pthread_t thread = start_peer(receiver_main, &peer);
    for (int b = 0; b <= run->batches; b++) {
        uint64_t t0 = now_ns();
        for (long long i = 0; i < run->ops; i++) {
            char ack;
            send_file(sender, file);
            recv_all(sender, &ack, 1);
        }
        record_batch(run, b, t0, now_ns());
    }
    join_peer(thread);
    close(sender);
    close(receiver);
    close(file);
}
