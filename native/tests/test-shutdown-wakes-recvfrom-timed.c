/* shutdown(SHUT_RDWR) of a datagram socket wakes a waiter, and makes poll report
 * POLLIN|POLLHUP forever while recvfrom finds nothing (-EAGAIN): recvfrom_timed must return
 * that -EAGAIN at once, not spin on it until its deadline. */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

static void *shutdown_later(void *arg) {
    sleep_ms(100);
    ASSERT_EQ(psk_shutdown(*(int *)arg, SHUT_RDWR), -ENOTCONN); /* unconnected UDP, yet it wakes */
    return NULL;
}

TEST_IMPL(shutdown_wakes_recvfrom_timed) {
    int fd = psk_socket(AF_INET, SOCK_DGRAM, 0);
    ASSERT_GE(fd, 0);
    psk_addr a = inet_addr_of("127.0.0.1", 0);
    ASSERT_EQ(psk_bind(fd, &a), 0);
    ASSERT_EQ(psk_set_nonblocking(fd, 1), 0);

    pthread_t t = start_thread(shutdown_later, &fd);
    char buf[16];
    psk_addr from;
    int64_t start = now_ns();
    int n = psk_recvfrom_timed(fd, buf, sizeof buf, 0, &from, 2 * SECONDS);
    double took = elapsed_s(start);
    join_thread(t);

    ASSERT_EQ(n, -EAGAIN);
    ASSERT(took >= 0.05 && took <= 0.6);
    ASSERT_EQ(psk_close(fd), 0);
    return 0;
}
