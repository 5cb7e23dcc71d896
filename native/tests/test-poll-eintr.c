/* psk_poll retries EINTR with the time left: injected EINTRs never reach the caller, and real
 * signals do not stretch the timeout (PEP 475). */
#include "task.h"

#include "testing/fault.h"

#include <errno.h>
#include <poll.h>

TEST_IMPL(poll_eintr) {
    int client, server;
    tcp_pair(&client, &server);
    struct pollfd p = {.fd = client, .events = POLLOUT};

    psk__fault_inject(PSK__POLL, EINTR, 3);
    ASSERT_EQ(psk_poll(&p, 1, -1), 1);
    ASSERT_EQ(p.revents, POLLOUT);
    psk__fault_clear();

    p.events = POLLIN;
    alarm_start(50, 50);
    int64_t start = now_ns();
    ASSERT_EQ(psk_poll(&p, 1, 400 * MS), 0);
    ASSERT_ELAPSED(start, 0.39, 0.8);
    ASSERT_GE(alarm_stop(), 3);

    psk__fault_inject(PSK__POLL, EBADF, 1);
    ASSERT_EQ(psk_poll(&p, 1, 0), -EBADF);
    psk__fault_clear();

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
