/* close's wake-up of a thread blocked in psk_accept: it returns at once after psk_preclose and
 * psk_wake_thread (the dead socket does not listen: -EINVAL), and a duplicate of the listener
 * still accepts. */
#include "task.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/socket.h>

struct blocked {
    int fd;
    int result;
    atomic_llong tid;
    atomic_llong returned_at;
};

static void *accept_blocked(void *arg) {
    struct blocked *b = arg;
    atomic_store(&b->tid, wakeable_thread_id());
    b->result = psk_accept(b->fd, NULL, 0);
    atomic_store(&b->returned_at, now_ns());
    return NULL;
}

TEST_IMPL(wake_accept) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    int copy = psk_dup(listener);
    ASSERT_GE(copy, 0);

    struct blocked b = {.fd = listener, .result = -12345};
    atomic_init(&b.tid, 0);
    atomic_init(&b.returned_at, 0);
    pthread_t t = start_thread(accept_blocked, &b);
    sleep_ms(200);
    ASSERT_EQ(atomic_load(&b.returned_at), 0);

    int64_t start = now_ns();
    ASSERT_EQ(psk_preclose(listener), 0);
    ASSERT_EQ(psk_wake_thread(atomic_load(&b.tid)), 0);
    join_thread(t);
    ASSERT_EQ(b.result, -EINVAL);
    ASSERT_LT(atomic_load(&b.returned_at) - start, 1 * SECONDS);

    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    int conn = psk_accept(copy, NULL, 0);
    ASSERT_GE(conn, 0);

    int fds[] = {conn, client, copy, listener};
    for (unsigned i = 0; i < sizeof fds / sizeof fds[0]; i++) {
        ASSERT_EQ(psk_close(fds[i]), 0);
    }
    return 0;
}
