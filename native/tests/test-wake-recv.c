/* close's wake-up of a thread blocked in psk_recv (docs/close.md): psk_preclose puts the dead
 * socket in place of the descriptor, psk_wake_thread interrupts the recv, and its EINTR retry
 * reads EOF from the dead socket within a second. A duplicate of the socket sees nothing of
 * it: the peer's data still arrives through the duplicate, and the duplicate can still send. */
#include "task.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/socket.h>
#include <string.h>

struct blocked {
    int fd;
    int result;
    atomic_llong tid;
    atomic_llong returned_at;
};

static void *recv_blocked(void *arg) {
    struct blocked *b = arg;
    atomic_store(&b->tid, wakeable_thread_id());
    char buf[16];
    b->result = psk_recv(b->fd, buf, sizeof buf, 0);
    atomic_store(&b->returned_at, now_ns());
    return NULL;
}

TEST_IMPL(wake_recv) {
    int client, server;
    tcp_pair(&client, &server);
    int copy = psk_dup(client);
    ASSERT_GE(copy, 0);

    struct blocked b = {.fd = client, .result = -12345};
    atomic_init(&b.tid, 0);
    atomic_init(&b.returned_at, 0);
    pthread_t t = start_thread(recv_blocked, &b);
    sleep_ms(200);
    ASSERT_GT(atomic_load(&b.tid), 0);
    ASSERT_EQ(atomic_load(&b.returned_at), 0); /* still blocked */

    int64_t start = now_ns();
    ASSERT_EQ(psk_preclose(client), 0);
    ASSERT_EQ(psk_wake_thread(atomic_load(&b.tid)), 0);
    join_thread(t);
    ASSERT_EQ(b.result, 0); /* EOF from the dead socket */
    ASSERT_LT(atomic_load(&b.returned_at) - start, 1 * SECONDS);

    /* The duplicate still carries the connection both ways. */
    ASSERT_EQ(psk_sendall(server, "ping", 4, 0), 4);
    char buf[8];
    ASSERT_EQ(psk_recv(copy, buf, sizeof buf, 0), 4);
    ASSERT(memcmp(buf, "ping", 4) == 0);
    ASSERT_EQ(psk_sendall(copy, "pong", 4, 0), 4);
    ASSERT_EQ(psk_recv(server, buf, sizeof buf, 0), 4);
    ASSERT(memcmp(buf, "pong", 4) == 0);

    ASSERT_EQ(psk_close(client), 0); /* the number, which now names the dead socket */
    ASSERT_EQ(psk_close(copy), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
