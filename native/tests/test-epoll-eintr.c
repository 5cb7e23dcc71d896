/* psk_epoll_wait retries EINTR with the time left: injected EINTRs never reach the caller,
 * real signals do not stretch the timeout, and a wait without limit still gets the event a
 * thread makes later (PEP 475). */
#include "task.h"

#include "testing/fault.h"

#include <errno.h>
#include <sys/epoll.h>

static void *send_later(void *arg) {
    sleep_ms(300);
    ASSERT_EQ(psk_send(*(int *)arg, "x", 1, 0), 1);
    return NULL;
}

TEST_IMPL(epoll_eintr) {
    int client, server;
    tcp_pair(&client, &server);
    int ep = psk_epoll_create();
    ASSERT_GE(ep, 0);
    ASSERT_EQ(psk_epoll_ctl(ep, PSK_EPOLL_CTL_ADD, client, EPOLLIN), 0);
    int32_t out[2 * PSK_EPOLL_EVENT_SPACE / 4];

    psk__fault_inject(PSK__EPOLL_WAIT, EINTR, 3);
    int64_t start = now_ns();
    ASSERT_EQ(psk_epoll_wait(ep, out, 2, 100 * MS), 0);
    ASSERT_ELAPSED(start, 0.09, 0.6);
    psk__fault_clear();

    alarm_start(50, 50);
    start = now_ns();
    ASSERT_EQ(psk_epoll_wait(ep, out, 2, 400 * MS), 0);
    ASSERT_ELAPSED(start, 0.39, 0.8);
    ASSERT_GE(alarm_stop(), 3);

    pthread_t t = start_thread(send_later, &server);
    alarm_start(50, 50);
    ASSERT_EQ(psk_epoll_wait(ep, out, 2, -1), 1);
    ASSERT_GE(alarm_stop(), 2);
    join_thread(t);
    ASSERT_EQ(out[0], client);

    psk__fault_inject(PSK__EPOLL_WAIT, EBADF, 1);
    ASSERT_EQ(psk_epoll_wait(ep, out, 2, 0), -EBADF);
    psk__fault_clear();

    ASSERT_EQ(psk_close(ep), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
