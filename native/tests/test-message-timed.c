/* The timed forms (R2): recvmsg_timed with nothing to read gives PSK_TIMEOUT after about the
 * timeout; with data it returns at once; a non-positive timeout is PSK_TIMEOUT; sendmsg_timed
 * to a peer that does not read times out once the buffer is full. A message sent to an
 * unconnected datagram socket's address names the sender. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

TEST_IMPL(message_timed) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    ASSERT_EQ(psk_set_nonblocking(sv[0], 1), 0);
    ASSERT_EQ(psk_set_nonblocking(sv[1], 1), 0);
    char buf[8];
    struct iovec in = {buf, sizeof buf};
    unsigned char control[64], items[64];
    int32_t res[3];
    psk_addr from;

    int64_t start = now_ns();
    ASSERT_EQ(psk_recvmsg_timed(sv[1], &in, 1, control, 64, items, 64, 0, &from, res, 100 * MS), PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.09, 2.0);
    ASSERT_EQ(psk_recvmsg_timed(sv[1], &in, 1, control, 64, items, 64, 0, &from, res, 0), PSK_TIMEOUT);

    struct iovec x = {"xyz", 3};
    ASSERT_EQ(psk_sendmsg_timed(sv[0], &x, 1, NULL, 0, NULL, 0, 0, NULL, SECONDS), 3);
    ASSERT_EQ(psk_recvmsg_timed(sv[1], &in, 1, control, 64, items, 64, 0, &from, res, SECONDS), 3);
    ASSERT_EQ(res[2], 0);

    static char chunk[65536];
    struct iovec big = {chunk, sizeof chunk};
    int n;
    int sent = 0;
    while ((n = psk_sendmsg_timed(sv[0], &big, 1, NULL, 0, NULL, 0, 0, NULL, 50 * MS)) > 0) {
        sent += n;
        ASSERT_LT(sent, 64 << 20);
    }
    ASSERT_EQ(n, PSK_TIMEOUT);
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);

    /* Unconnected datagrams: the destination is given, the sender reported. */
    psk_addr rx_name, tx_name;
    int rx = udp_loopback(&rx_name);
    int tx = udp_loopback(&tx_name);
    ASSERT_EQ(psk_sendmsg(tx, &x, 1, NULL, 0, NULL, 0, 0, &rx_name), 3);
    ASSERT_EQ(psk_recvmsg(rx, &in, 1, NULL, 0, items, 64, 0, &from, res), 3);
    ASSERT_EQ(from.family, AF_INET);
    ASSERT_EQ(from.port, tx_name.port);
    ASSERT_EQ(psk_close(tx), 0);
    ASSERT_EQ(psk_close(rx), 0);
    return 0;
}
