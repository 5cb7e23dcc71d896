/*
 * dlopen-check LIBRARY: loads a shipped libpysocket.so the way a JVM does (dlopen(3), then
 * dlsym for each function), on the target's own dynamic loader (tools/native/test-all-targets.sh
 * runs it under qemu-user with the target's libc). It proves the library's NEEDED entries and
 * symbol versions resolve there and that its constructors (none are expected; aarch64's outline
 * atomics would add one) survive dlopen, then makes a few calls:
 *   psk_init fills the constants table, psk_wake_init installs the wake handler, a socketpair
 *   carries a message both ways;
 *   two copies at once (docs/platforms.md, wake.c): a second file with the same bytes is loaded
 *   beside the first, the first is dlclose()d, and the wake signal is then sent to this thread
 *   through the second copy. The handler is the first copy's function, so this crashes unless
 *   the library is linked with -z nodelete.
 * Exit status 0 and one line "dlopen-check: ok"; otherwise the failing step on stderr.
 * Plain C with no pysocket header: the prototypes below are what the Java bindings declare.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

typedef int (*init_fn)(int64_t *, int);
typedef int (*void_fn)(void);
typedef int (*socketpair_fn)(int, int, int, int32_t *);
typedef int (*io_fn)(int, void *, int, int);
typedef int (*close_fn)(int);
typedef int64_t (*tid_fn)(void);
typedef int (*wake_fn)(int64_t);

static const char *step = "start";

static void fail(const char *what, long value) {
    fprintf(stderr, "dlopen-check: %s: %s (%ld)\n", step, what, value);
    exit(1);
}

static void *need(void *lib, const char *name) {
    void *f = dlsym(lib, name);
    if (f == NULL) {
        fprintf(stderr, "dlopen-check: dlsym %s: %s\n", name, dlerror());
        exit(1);
    }
    return f;
}

static void *open_library(const char *path) {
    void *lib = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (lib == NULL) {
        fprintf(stderr, "dlopen-check: dlopen %s: %s\n", path, dlerror());
        exit(1);
    }
    return lib;
}

/* copy_file: the library's bytes into a second file, so that dlopen makes a second copy. */
static void copy_file(const char *from, const char *to) {
    int in = open(from, O_RDONLY | O_CLOEXEC);
    int out = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0700);
    if (in < 0 || out < 0) {
        fail("open for the copy", errno);
    }
    char buf[65536];
    ssize_t n;
    while ((n = read(in, buf, sizeof buf)) > 0) {
        if (write(out, buf, (size_t)n) != n) {
            fail("write of the copy", errno);
        }
    }
    close(in);
    close(out);
}

static void round_trip(void *lib) {
    step = "socketpair round trip";
    socketpair_fn psk_socketpair = (socketpair_fn)need(lib, "psk_socketpair");
    io_fn psk_send = (io_fn)need(lib, "psk_send");
    io_fn psk_recv = (io_fn)need(lib, "psk_recv");
    close_fn psk_close = (close_fn)need(lib, "psk_close");
    int32_t sv[2];
    int rc = psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
    if (rc != 0) {
        fail("psk_socketpair", rc);
    }
    char got[8] = {0};
    if ((rc = psk_send(sv[0], "ping", 4, 0)) != 4 || (rc = psk_recv(sv[1], got, 8, 0)) != 4 ||
        memcmp(got, "ping", 4) != 0) {
        fail("ping", rc);
    }
    if ((rc = psk_send(sv[1], "pong", 4, 0)) != 4 || (rc = psk_recv(sv[0], got, 8, 0)) != 4 ||
        memcmp(got, "pong", 4) != 0) {
        fail("pong", rc);
    }
    if (psk_close(sv[0]) != 0 || psk_close(sv[1]) != 0) {
        fail("psk_close", 0);
    }
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fprintf(stderr, "usage: dlopen-check LIBRARY\n");
        return 2;
    }
    void *first = open_library(argv[1]);

    step = "psk_init";
    int64_t table[4096];
    int n = ((init_fn)need(first, "psk_init"))(table, 4096);
    if (n <= 0 || n > 4096) {
        fail("constant count", n);
    }
    step = "psk_wake_init";
    int rc = ((void_fn)need(first, "psk_wake_init"))();
    if (rc != 0) {
        fail("psk_wake_init", rc);
    }
    round_trip(first);

    step = "second copy";
    char dir[] = "/tmp/psk-dlopen-XXXXXX";
    if (mkdtemp(dir) == NULL) {
        fail("mkdtemp", errno);
    }
    char copy[sizeof dir + 32];
    snprintf(copy, sizeof copy, "%s/libpysocket-copy.so", dir);
    copy_file(argv[1], copy);
    void *second = open_library(copy);
    unlink(copy);
    rmdir(dir);
    if (second == first) {
        fail("dlopen of the copy gave the first copy", 0);
    }
    rc = ((void_fn)need(second, "psk_wake_init"))();
    if (rc != 0) {
        fail("psk_wake_init of the copy", rc);
    }
    wake_fn wake = (wake_fn)need(second, "psk_wake_thread");
    tid_fn thread_id = (tid_fn)need(second, "psk_thread_id");
    step = "wake after dlclose of the first copy";
    if (dlclose(first) != 0) {
        fail("dlclose", 0);
    }
    /* The signal is delivered to this thread before psk_wake_thread returns (tgkill to
     * oneself with the signal unblocked): a handler in unmapped memory crashes here. */
    rc = wake(thread_id());
    if (rc != 0) {
        fail("psk_wake_thread", rc);
    }
    round_trip(second);
    puts("dlopen-check: ok");
    return 0;
}
