/* psk_sendmsg gathers three buffers into one send and psk_recvmsg scatters them into two
 * (R35, R36): the bytes arrive in order, no items, flags 0, no sender on a stream pair; an
 * empty gather sends 0 bytes; a datagram longer than the buffers reports MSG_TRUNC. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

TEST_IMPL(message_gather) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    struct iovec out[3] = {{"ab", 2}, {"", 0}, {"cdef", 4}};
    ASSERT_EQ(psk_sendmsg(sv[0], out, 3, NULL, 0, NULL, 0, 0, NULL), 6);
    ASSERT_EQ(psk_sendmsg(sv[0], NULL, 0, NULL, 0, NULL, 0, 0, NULL), 0);

    char a[4], b[8];
    memset(b, '#', sizeof b);
    struct iovec in[2] = {{a, sizeof a}, {b, sizeof b}};
    unsigned char control[64], items[64];
    int32_t res[3] = {-1, -1, -1};
    psk_addr from;
    memset(&from, 0x55, sizeof from);
    ASSERT_EQ(psk_recvmsg(sv[1], in, 2, control, sizeof control, items, sizeof items, 0, &from, res), 6);
    ASSERT(memcmp(a, "abcd", 4) == 0);
    ASSERT(memcmp(b, "ef######", 8) == 0);
    ASSERT_EQ(res[0], 0);
    ASSERT_EQ(res[1], 0);
    ASSERT_EQ(res[2], 0);
    ASSERT_EQ(from.family, 0); /* a stream reports no sender: Python's None */
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);

    /* A datagram longer than the buffers: cut, MSG_TRUNC in msg_flags. */
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
    struct iovec ten = {"0123456789", 10};
    ASSERT_EQ(psk_sendmsg(sv[0], &ten, 1, NULL, 0, NULL, 0, 0, NULL), 10);
    struct iovec four = {a, 4};
    ASSERT_EQ(psk_recvmsg(sv[1], &four, 1, NULL, 0, items, sizeof items, 0, &from, res), 4);
    ASSERT(memcmp(a, "0123", 4) == 0);
    ASSERT_EQ(res[0] & MSG_TRUNC, MSG_TRUNC);
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    return 0;
}
