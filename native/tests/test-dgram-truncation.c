/* Truncation (R14): a datagram larger than the buffer fills the buffer and the rest is
 * discarded; with MSG_TRUNC the call returns the real length yet writes only len bytes
 * (a canary after the buffer stays intact), for recv and recvfrom alike. */
#include "task.h"

#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(dgram_truncation) {
    psk_addr rx_name, tx_name;
    int rx = udp_loopback(&rx_name);
    int tx = udp_loopback(&tx_name);
    char buf[8];
    psk_addr from;

    /* recvfrom(4) of 10 bytes: 4 bytes, and the next call sees the next datagram. */
    ASSERT_EQ(psk_sendto(tx, "0123456789", 10, 0, &rx_name), 10);
    ASSERT_EQ(psk_sendto(tx, "next", 4, 0, &rx_name), 4);
    memset(buf, '#', sizeof buf);
    ASSERT_EQ(psk_recvfrom(rx, buf, 4, 0, &from), 4);
    ASSERT(memcmp(buf, "0123####", 8) == 0);
    ASSERT_EQ(from.port, tx_name.port);
    ASSERT_EQ(psk_recvfrom(rx, buf, sizeof buf, 0, &from), 4);
    ASSERT(memcmp(buf, "next", 4) == 0);

    /* MSG_TRUNC: the real length, 10, but nothing written past buf[3]. */
    ASSERT_EQ(psk_sendto(tx, "0123456789", 10, 0, &rx_name), 10);
    memset(buf, '#', sizeof buf);
    ASSERT_EQ(psk_recvfrom(rx, buf, 4, MSG_TRUNC, &from), 10);
    ASSERT(memcmp(buf, "0123####", 8) == 0);
    ASSERT_EQ(from.port, tx_name.port);

    ASSERT_EQ(psk_sendto(tx, "0123456789", 10, 0, &rx_name), 10);
    memset(buf, '#', sizeof buf);
    ASSERT_EQ(psk_recv(rx, buf, 4, MSG_TRUNC), 10);
    ASSERT(memcmp(buf, "0123####", 8) == 0);

    /* A zero-length buffer with MSG_TRUNC still reports the length (and consumes it). */
    ASSERT_EQ(psk_sendto(tx, "abc", 3, 0, &rx_name), 3);
    ASSERT_EQ(psk_recvfrom(rx, NULL, 0, MSG_TRUNC, &from), 3);
    ASSERT_EQ(psk_recvfrom(rx, buf, sizeof buf, MSG_DONTWAIT, &from), -EAGAIN);

    ASSERT_EQ(psk_close(tx), 0);
    ASSERT_EQ(psk_close(rx), 0);
    return 0;
}
