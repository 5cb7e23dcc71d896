/*
 * wake.c - how close() wakes a thread blocked in a syscall on a socket without touching the
 * socket itself (docs/close.md): the wake signal, thread ids, and the pre-closed socket
 * that psk_preclose puts in place of a closing descriptor.
 *
 * The signal is the one the JDK uses for the same job (sun.nio.ch.NativeThread: __SIGRTMAX - 2,
 * a handler that does nothing, no SA_RESTART), so a JVM that has loaded java.nio has the
 * handler already and the two never disagree. A blocked syscall that receives it fails with
 * EINTR; every psk_* function retries EINTR, and the retry finds the pre-closed socket.
 */
#include "internal.h"

#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

#define WAKE_SIGNAL PSK__WAKE_SIGNAL

/* once_state: ONCE_NEW, ONCE_RUNNING (one thread runs init_once) or ONCE_DONE. A tiny once of
 * our own, not pthread_once: that moved into glibc's libc only in 2.34 (glibc NEWS), so calling
 * it would make the library need GLIBC_2.34 or link libpthread (docs/platforms.md). */
enum { ONCE_NEW, ONCE_RUNNING, ONCE_DONE };
static int once_state = ONCE_NEW;
static int init_result = -EINVAL;
/* dead_fd: one end of a socketpair whose other end is closed, made once and never closed:
 * recv on it gives EOF, send EPIPE, accept/bind and an inet connect EINVAL, poll
 * POLLIN|POLLHUP, all at once. It is non-blocking too (the JDK's is not, but the JDK checks
 * isOpen() before it retries, where our retries live in C): Linux's unix_stream_connect
 * waits for room in the listener's backlog before it looks at the connecting socket's own
 * state, so a blocking dead socket would make a retried AF_UNIX connect wait again. */
static int dead_fd = -1;

static void do_nothing(int sig) {
    (void)sig;
}

/*
 * psk__install_wake_handler gives WAKE_SIGNAL a handler that does nothing, without SA_RESTART (so a
 * blocked recv/accept/connect/poll returns EINTR), but only where the signal would otherwise
 * kill the process (SIG_DFL for a real-time signal) or be dropped without interrupting anything
 * (SIG_IGN). A handler somebody else installed is kept: the JVM's, or the JDK's own no-op.
 *
 * Another copy of this library in the same JVM (a second class loader, or a shaded and an
 * unshaded pysocket) counts as somebody else: whichever copy comes first installs its
 * do_nothing, every later copy finds a handler and keeps it, and every copy's psk_wake_thread
 * then relies on the first copy's function. That is safe only because no copy is ever
 * unmapped: the library is linked with -z nodelete (CMakeLists.txt), so a dlclose when a class
 * loader is collected leaves its code in place, and a signal can never jump into freed memory.
 * Two copies racing through here both see SIG_DFL and both install: the last one wins, and
 * either handler does the same nothing without SA_RESTART, so the outcome is the same.
 */
int psk__install_wake_handler(void) {
    struct sigaction old;
    if (sigaction(WAKE_SIGNAL, NULL, &old) != 0) {
        return -errno;
    }
    int custom = (old.sa_flags & SA_SIGINFO) != 0 ||
                 (old.sa_handler != SIG_DFL && old.sa_handler != SIG_IGN);
    if (custom) {
        return 0;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = do_nothing;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    return sigaction(WAKE_SIGNAL, &sa, NULL) == 0 ? 0 : -errno;
}

static int make_dead_socket(void) {
    int sv[2];
    int rc = psk__new_socketpair(AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK, 0, sv);
    if (rc < 0) {
        return rc;
    }
    /* Shut down both ways before closing the peer, so the end we keep is dead whatever the
     * kernel does with an orphaned AF_UNIX peer (the JDK's UnixDispatcher does the same). */
    shutdown(sv[0], SHUT_RDWR);
    psk_close(sv[1]);
    dead_fd = sv[0];
    return 0;
}

static void init_once(void) {
    init_result = psk__install_wake_handler();
    if (init_result == 0) {
        init_result = make_dead_socket();
    }
}

/* psk_wake_init: see pysocket.h. */
int psk_wake_init(void) {
    int expected = ONCE_NEW;
    if (__atomic_compare_exchange_n(&once_state, &expected, ONCE_RUNNING, 0, __ATOMIC_ACQ_REL,
                                    __ATOMIC_ACQUIRE)) {
        init_once();
        __atomic_store_n(&once_state, ONCE_DONE, __ATOMIC_RELEASE);
    } else {
        /* Another thread runs init_once: a socketpair and two sigactions, microseconds. */
        while (__atomic_load_n(&once_state, __ATOMIC_ACQUIRE) != ONCE_DONE) {
            sched_yield();
        }
    }
    return init_result;
}

/* psk_preclose: see pysocket.h. dup3 sets close-on-exec atomically on the new entry (dup2
 * would clear it, so a fork+exec meanwhile would inherit the dead socket). */
int psk_preclose(int fd) {
    int rc = psk_wake_init();
    if (rc < 0) {
        return rc;
    }
    if (fd < 0 || fd == dead_fd) {
        return -EBADF;
    }
    int r;
    RETRY_EINTR(r, dup3(dead_fd, fd, O_CLOEXEC));
    return r < 0 ? r : 0;
}

/* psk_thread_id: see pysocket.h. Through syscall(2): gettid(3) is glibc 2.30+ only. */
int64_t psk_thread_id(void) {
    return (int64_t)syscall(SYS_gettid);
}

/* psk_wake_thread: see pysocket.h. tgkill by kernel id, never pthread_kill: a pthread_t of a
 * thread that has exited is undefined behaviour, a tid is only ever a number. */
int psk_wake_thread(int64_t tid) {
    if (tid <= 0 || tid > INT32_MAX) {
        return -EINVAL;
    }
    int rc = psk_wake_init();
    if (rc < 0) {
        return rc;
    }
    return syscall(SYS_tgkill, (pid_t)getpid(), (pid_t)tid, WAKE_SIGNAL) == 0 ? 0 : -errno;
}

/* psk_wake_signal: see pysocket.h. */
int psk_wake_signal(void) {
    return WAKE_SIGNAL;
}
