/* The timed datagram calls (R2): recvfrom_timed on an empty socket times out at its
 * deadline, signals every 50 ms included (they never extend it); a datagram already
 * queued is returned at once with its sender; sendto_timed sends at once. */
#include "task.h"

#include <string.h>
#include <sys/socket.h>

TEST_IMPL(dgram_timed) {
    psk_addr rx_name, tx_name, from;
    int rx = udp_loopback(&rx_name);
    int tx = udp_loopback(&tx_name);
    /* The *_timed calls work on O_NONBLOCK fds (R2). */
    ASSERT_EQ(psk_set_nonblocking(rx, 1), 0);
    ASSERT_EQ(psk_set_nonblocking(tx, 1), 0);
    char buf[16];

    alarm_start(50, 50);
    int64_t start = now_ns();
    int n = psk_recvfrom_timed(rx, buf, sizeof buf, 0, &from, 300 * MS);
    double took = elapsed_s(start);
    int signals = alarm_stop();
    ASSERT_EQ(n, PSK_TIMEOUT);
    ASSERT(took >= 0.3 && took <= 0.7);
    ASSERT_GE(signals, 3);

    ASSERT_EQ(psk_sendto_timed(tx, "hello", 5, 0, &rx_name, SECONDS), 5);
    start = now_ns();
    memset(&from, 0, sizeof from);
    ASSERT_EQ(psk_recvfrom_timed(rx, buf, sizeof buf, 0, &from, 2 * SECONDS), 5);
    ASSERT_ELAPSED(start, 0.0, 0.2);
    ASSERT(memcmp(buf, "hello", 5) == 0);
    ASSERT_EQ(from.family, AF_INET);
    ASSERT_EQ(from.port, tx_name.port);

    ASSERT_EQ(psk_close(tx), 0);
    ASSERT_EQ(psk_close(rx), 0);
    return 0;
}
