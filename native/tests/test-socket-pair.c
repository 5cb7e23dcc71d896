/* psk_socketpair: connected AF_UNIX pairs, both ends close-on-exec (R22); stream data both
 * ways, unnamed ends; DGRAM and SEQPACKET keep message boundaries and SEQPACKET drops the
 * rest of a message read short (R14, scenario 65); AF_INET is -EOPNOTSUPP (scenario 67). */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>

static void pair_of(int type, int32_t sv[2]) {
    sv[0] = sv[1] = -1;
    ASSERT_EQ(psk_socketpair(AF_UNIX, type, 0, sv), 0);
    ASSERT_GE(sv[0], 0);
    ASSERT_GE(sv[1], 0);
    ASSERT_NE(sv[0], sv[1]);
}

static void close_pair(int32_t sv[2]) {
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
}

static void stream_pair(void) {
    int32_t sv[2];
    pair_of(SOCK_STREAM, sv);
    for (int i = 0; i < 2; i++) {
        ASSERT_EQ(psk_get_inheritable(sv[i]), 0);
        ASSERT_EQ(is_nonblocking(sv[i]), 0);
        psk_addr name;
        memset(&name, 0x55, sizeof name);
        ASSERT_EQ(psk_getsockname(sv[i], &name), 0);
        ASSERT_EQ(name.family, AF_UNIX); /* unnamed: family only, no bytes */
        ASSERT_EQ(name.len, 0);
        memset(&name, 0x55, sizeof name);
        ASSERT_EQ(psk_getpeername(sv[i], &name), 0);
        ASSERT_EQ(name.family, AF_UNIX);
        ASSERT_EQ(name.len, 0);
    }
    char buf[16];
    ASSERT_EQ(psk_sendall(sv[0], "ping", 4, 0), 4);
    ASSERT_EQ(psk_recv(sv[1], buf, sizeof buf, 0), 4);
    ASSERT(memcmp(buf, "ping", 4) == 0);
    ASSERT_EQ(psk_sendall(sv[1], "pong!", 5, 0), 5);
    ASSERT_EQ(psk_recv(sv[0], buf, sizeof buf, 0), 5);
    ASSERT(memcmp(buf, "pong!", 5) == 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    ASSERT_EQ(psk_recv(sv[0], buf, sizeof buf, 0), 0); /* the peer's close is EOF */
    ASSERT_EQ(psk_close(sv[0]), 0);
}

static void nonblocking_pair(void) {
    int32_t sv[2];
    pair_of(SOCK_STREAM | SOCK_NONBLOCK, sv);
    ASSERT_EQ(is_nonblocking(sv[0]), 1);
    ASSERT_EQ(is_nonblocking(sv[1]), 1);
    ASSERT_EQ(psk_get_inheritable(sv[0]), 0);
    char buf[4];
    ASSERT_EQ(psk_recv(sv[0], buf, sizeof buf, 0), -EAGAIN);
    close_pair(sv);
}

static void dgram_pair(void) {
    int32_t sv[2];
    pair_of(SOCK_DGRAM, sv);
    char buf[64];
    ASSERT_EQ(psk_send(sv[0], "abc", 3, 0), 3);
    ASSERT_EQ(psk_send(sv[0], "defgh", 5, 0), 5);
    ASSERT_EQ(psk_recv(sv[1], buf, sizeof buf, 0), 3);
    ASSERT(memcmp(buf, "abc", 3) == 0);
    ASSERT_EQ(psk_recv(sv[1], buf, sizeof buf, 0), 5);
    ASSERT(memcmp(buf, "defgh", 5) == 0);
    close_pair(sv);
}

static void seqpacket_pair(void) {
    int32_t sv[2];
    pair_of(SOCK_SEQPACKET, sv);
    char buf[64];
    ASSERT_EQ(psk_send(sv[0], "0123456789", 10, 0), 10);
    ASSERT_EQ(psk_send(sv[0], "xy", 2, 0), 2);
    ASSERT_EQ(psk_recv(sv[1], buf, 3, 0), 3); /* the other 7 bytes are dropped */
    ASSERT(memcmp(buf, "012", 3) == 0);
    ASSERT_EQ(psk_recv(sv[1], buf, sizeof buf, 0), 2);
    ASSERT(memcmp(buf, "xy", 2) == 0);
    ASSERT_EQ(psk_send(sv[0], "", 0, 0), 0);
    ASSERT_EQ(psk_recv(sv[1], buf, sizeof buf, 0), 0); /* an empty message */
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_recv(sv[1], buf, sizeof buf, 0), 0); /* the peer's close */
    ASSERT_EQ(psk_close(sv[1]), 0);
}

static void failures(void) {
    int32_t sv[2] = {-1, -1};
    ASSERT_EQ(psk_socketpair(AF_INET, SOCK_STREAM, 0, sv), -EOPNOTSUPP);
    ASSERT_EQ(sv[0], -1); /* untouched on failure */
    ASSERT_EQ(sv[1], -1);
    ASSERT_EQ(psk_socketpair(AF_UNIX, 99, 0, sv), -EINVAL);
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 5, sv), -EPROTONOSUPPORT);
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, NULL), -EINVAL);
    ASSERT_EQ(sv[0], -1);
}

TEST_IMPL(socket_pair) {
    stream_pair();
    nonblocking_pair();
    dgram_pair();
    seqpacket_pair();
    failures();
    return 0;
}
