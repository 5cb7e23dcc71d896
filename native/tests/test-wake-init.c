/* psk_wake_init installs a no-op handler without SA_RESTART for the wake signal where there is
 * none, keeps a handler somebody else installed (the JVM's, the JDK's), and is idempotent; the
 * wake functions reject what cannot be a thread or a descriptor. */
#include "internal.h"
#include "task.h"

#include <signal.h>
#include <string.h>

static void theirs(int sig) {
    (void)sig;
}

TEST_IMPL(wake_init) {
    int sig = psk_wake_signal();
    ASSERT(sig >= SIGRTMIN && sig <= SIGRTMAX);
    ASSERT_EQ(psk_wake_init(), 0); /* the runner made the first call */
    struct sigaction now;
    ASSERT_EQ(sigaction(sig, NULL, &now), 0);
    ASSERT(now.sa_handler != SIG_DFL && now.sa_handler != SIG_IGN);
    ASSERT_EQ(now.sa_flags & SA_RESTART, 0);

    ASSERT_EQ(psk_wake_thread(0), -EINVAL);
    ASSERT_EQ(psk_wake_thread(-5), -EINVAL);
    ASSERT_EQ(psk_wake_thread((int64_t)1 << 40), -EINVAL);
    ASSERT_EQ(psk_preclose(-1), -EBADF);
    ASSERT_EQ(psk_wake_thread(psk_thread_id()), 0); /* harmless: the handler does nothing */

    /* The installer keeps a handler somebody else installed, SA_RESTART and all ... */
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = theirs;
    sa.sa_flags = SA_RESTART;
    sigemptyset(&sa.sa_mask);
    ASSERT_EQ(sigaction(sig, &sa, NULL), 0);
    ASSERT_EQ(psk__install_wake_handler(), 0);
    struct sigaction after;
    ASSERT_EQ(sigaction(sig, NULL, &after), 0);
    ASSERT(after.sa_handler == theirs);

    /* ... and replaces "ignore" (an ignored signal interrupts nothing) and the default. */
    for (int i = 0; i < 2; i++) {
        signal(sig, i == 0 ? SIG_IGN : SIG_DFL);
        ASSERT_EQ(psk__install_wake_handler(), 0);
        ASSERT_EQ(sigaction(sig, NULL, &after), 0);
        ASSERT(after.sa_handler != SIG_DFL && after.sa_handler != SIG_IGN && after.sa_handler != theirs);
        ASSERT_EQ(after.sa_flags & SA_RESTART, 0);
    }
    return 0;
}
