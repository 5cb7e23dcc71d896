/* shutdown(SHUT_RDWR) on a listener wakes a thread blocked in psk_accept with -EINVAL
 * (Linux) promptly. */
#include "task.h"

#include <errno.h>
#include <stdatomic.h>
#include <sys/socket.h>

struct blocked {
    int fd;
    int result;
    atomic_llong returned_at;
};

static void *accept_blocked(void *arg) {
    struct blocked *b = arg;
    b->result = psk_accept(b->fd, NULL, 0);
    atomic_store(&b->returned_at, now_ns());
    return NULL;
}

TEST_IMPL(shutdown_wakes_accept) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    struct blocked b = {.fd = listener, .result = -12345};
    atomic_init(&b.returned_at, 0);
    pthread_t t = start_thread(accept_blocked, &b);
    sleep_ms(200);
    ASSERT_EQ(atomic_load(&b.returned_at), 0);

    int64_t start = now_ns();
    ASSERT_EQ(psk_shutdown(listener, SHUT_RDWR), 0);
    join_thread(t);
    ASSERT_EQ(b.result, -EINVAL);
    ASSERT_LT(atomic_load(&b.returned_at) - start, 1 * SECONDS);

    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
