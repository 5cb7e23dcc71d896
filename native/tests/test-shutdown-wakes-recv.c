/* shutdown(SHUT_RDWR) from another thread wakes a thread blocked in psk_recv with EOF
 * (0) promptly: the wake-up close() relies on (DESIGN "fd lifetime"). */
#include "task.h"

#include <stdatomic.h>
#include <sys/socket.h>

struct blocked {
    int fd;
    int result;
    atomic_llong returned_at;
};

static void *recv_blocked(void *arg) {
    struct blocked *b = arg;
    char buf[16];
    b->result = psk_recv(b->fd, buf, sizeof buf, 0);
    atomic_store(&b->returned_at, now_ns());
    return NULL;
}

TEST_IMPL(shutdown_wakes_recv) {
    int client, server;
    tcp_pair(&client, &server);

    struct blocked b = {.fd = client, .result = -12345};
    atomic_init(&b.returned_at, 0);
    pthread_t t = start_thread(recv_blocked, &b);
    sleep_ms(200);
    ASSERT_EQ(atomic_load(&b.returned_at), 0); /* still blocked */

    int64_t start = now_ns();
    ASSERT_EQ(psk_shutdown(client, SHUT_RDWR), 0);
    join_thread(t);
    ASSERT_EQ(b.result, 0);
    ASSERT_LT(atomic_load(&b.returned_at) - start, 1 * SECONDS);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
