/* With SIGPIPE at its default (kill), sends to a closed peer fail with EPIPE/ECONNRESET
 * and the process lives: every send passes MSG_NOSIGNAL (R13, R34). */
#include "task.h"

#include <errno.h>
#include <signal.h>

static int broken(int n) {
    return n == -EPIPE || n == -ECONNRESET;
}

TEST_IMPL(sigpipe_send) {
    ASSERT(signal(SIGPIPE, SIG_DFL) != SIG_ERR);
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_close(server), 0);

    char buf[1024] = {0};
    int epipe = 0;
    for (int i = 0; i < 50; i++) {
        int n = psk_send(client, buf, sizeof buf, 0);
        ASSERT(n == (int)sizeof buf || broken(n));
        epipe += n == -EPIPE;
        if (!broken(n)) {
            sleep_ms(1); /* let the peer's RST arrive */
        }
    }
    ASSERT_GT(epipe, 0);

    ASSERT_EQ(psk_sendall(client, buf, sizeof buf, 0), -EPIPE);
    ASSERT_EQ(psk_sendall(client, buf, 0, 0), -EPIPE); /* CPython sends once even for b"" */
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);
    ASSERT_EQ(psk_send_timed(client, buf, sizeof buf, 0, SECONDS), -EPIPE);
    ASSERT_EQ(psk_sendall_timed(client, buf, sizeof buf, 0, SECONDS), -EPIPE);

    ASSERT_EQ(psk_close(client), 0);
    return 0;
}
