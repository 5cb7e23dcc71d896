/* shutdown(SHUT_RDWR) on a listener wakes a thread blocked in psk_accept with -EINVAL
 * (Linux) promptly (R18). */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

static int accept_call(struct in_thread *c) {
    return psk_accept(c->fd, NULL, 0);
}

TEST_IMPL(shutdown_wakes_accept) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    struct in_thread c = {.call = accept_call, .fd = listener};
    in_thread_start(&c);
    int64_t start = now_ns();
    ASSERT_EQ(psk_shutdown(listener, SHUT_RDWR), 0);
    in_thread_join(&c, start);
    ASSERT_EQ(c.result, -EINVAL);

    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
