/* EAGAIN after poll said ready is a false positive: the *_timed calls poll again with the
 * time left (R2 step 6), and EINTR from recv/send is retried (R10). */
#include "task.h"
#include "testing/fault.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(fault_timed_eagain) {
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);
    ASSERT_EQ(psk_send(server, "data", 4, 0), 4);

    char buf[8];
    psk__fault_inject(PSK__RECV, EAGAIN, 3);
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, SECONDS), 4);
    ASSERT(memcmp(buf, "data", 4) == 0);

    /* With nothing to read, false positives end in a timeout at the deadline. */
    ASSERT_EQ(psk_send(server, "more", 4, 0), 4);
    psk__fault_inject(PSK__RECV, EAGAIN, 1000000);
    int64_t start = now_ns();
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, 200 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.2, 0.7);
    psk__fault_clear();
    ASSERT_EQ(psk_recv(client, buf, sizeof buf, 0), 4);

    psk__fault_inject(PSK__SEND, EAGAIN, 2);
    ASSERT_EQ(psk_send_timed(client, "abc", 3, 0, SECONDS), 3);
    psk__fault_inject(PSK__SEND, EINTR, 2);
    ASSERT_EQ(psk_sendall_timed(client, "def", 3, 0, SECONDS), 3);
    psk__fault_inject(PSK__RECV, EINTR, 2);
    ASSERT_EQ(psk_recv(server, buf, 6, MSG_WAITALL), 6);
    ASSERT(memcmp(buf, "abcdef", 6) == 0);

    psk__fault_inject(PSK__POLL, EINTR, 3);
    ASSERT_EQ(psk_wait(client, PSK_WRITABLE, 0), PSK_WRITABLE);
    psk__fault_inject(PSK__POLL, EBADF, 1);
    ASSERT_EQ(psk_recv_timed(client, buf, sizeof buf, 0, SECONDS), -EBADF);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
