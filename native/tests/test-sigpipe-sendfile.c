/* With SIGPIPE at its default (kill), sendfile to a closed peer fails with EPIPE/ECONNRESET
 * and the process lives; afterwards SIGPIPE is neither pending nor blocked (R34). sendfile(2)
 * has no MSG_NOSIGNAL: psk_sendfile blocks the signal around the call. */
#include "task.h"

#include <errno.h>
#include <signal.h>
#include <unistd.h>

static int broken(int n) {
    return n == -EPIPE || n == -ECONNRESET;
}

static void assert_no_sigpipe_state(void) {
    sigset_t set;
    ASSERT_EQ(sigpending(&set), 0);
    ASSERT(!sigismember(&set, SIGPIPE));
    ASSERT_EQ(pthread_sigmask(SIG_BLOCK, NULL, &set), 0);
    ASSERT(!sigismember(&set, SIGPIPE));
}

TEST_IMPL(sigpipe_sendfile) {
    ASSERT(signal(SIGPIPE, SIG_DFL) != SIG_ERR);
    char path[] = "/tmp/psk-sendfile-XXXXXX";
    int file = mkstemp(path);
    ASSERT_GE(file, 0);
    ASSERT_EQ(unlink(path), 0);
    ASSERT_EQ(ftruncate(file, 1 << 20), 0);

    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_close(server), 0);

    int epipe = 0;
    for (int i = 0; i < 200; i++) {
        int n = psk_sendfile(client, file, 0, 4096);
        ASSERT(n == 4096 || broken(n));
        epipe += n == -EPIPE;
        if (!broken(n)) {
            sleep_ms(1); /* let the peer's RST arrive */
        }
    }
    ASSERT_GT(epipe, 0);
    assert_no_sigpipe_state();

    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);
    ASSERT_EQ(psk_sendfile_timed(client, file, 0, 4096, SECONDS), -EPIPE);
    assert_no_sigpipe_state();

    ASSERT_EQ(close(file), 0);
    ASSERT_EQ(psk_close(client), 0);
    return 0;
}
