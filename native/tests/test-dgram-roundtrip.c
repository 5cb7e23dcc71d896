/* UDP through psk_sendto/psk_recvfrom only (R14): the datagram and its sender's address,
 * an empty datagram that is still a datagram, the autobind of a first sendto, message
 * boundaries, and the same over IPv6 loopback when ::1 exists. */
#include "task.h"

#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

static int udp_bound(int family, const char *ip, psk_addr *bound) {
    int fd = psk_socket(family, SOCK_DGRAM, 0);
    ASSERT_GE(fd, 0);
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = family;
    a.len = family == AF_INET ? 4 : 16;
    ASSERT_EQ(inet_pton(family, ip, a.data), 1);
    int rc = psk_bind(fd, &a);
    if (rc == -EADDRNOTAVAIL) {
        ASSERT_EQ(psk_close(fd), 0);
        return -1; /* no such loopback address here (IPv6 disabled) */
    }
    ASSERT_EQ(rc, 0);
    ASSERT_EQ(psk_getsockname(fd, bound), 0);
    ASSERT_GT(bound->port, 0);
    return fd;
}

static void roundtrip(int family, const char *ip) {
    psk_addr rx_name;
    int rx = udp_bound(family, ip, &rx_name);
    if (rx < 0) {
        fprintf(stderr, "skipped %s: loopback address not configured\n", ip);
        return;
    }
    /* An unbound sender: its first sendto binds it to an ephemeral port. */
    int tx = psk_socket(family, SOCK_DGRAM, 0);
    ASSERT_GE(tx, 0);
    psk_addr before;
    ASSERT_EQ(psk_getsockname(tx, &before), 0);
    ASSERT_EQ(before.port, 0);
    ASSERT_EQ(psk_sendto(tx, "datagram", 8, 0, &rx_name), 8);
    psk_addr tx_name;
    ASSERT_EQ(psk_getsockname(tx, &tx_name), 0);
    ASSERT_GT(tx_name.port, 0);

    char buf[64];
    psk_addr from;
    memset(&from, 0xAB, sizeof from);
    ASSERT_EQ(psk_recvfrom(rx, buf, sizeof buf, 0, &from), 8);
    ASSERT(memcmp(buf, "datagram", 8) == 0);
    ASSERT_EQ(from.family, family);
    ASSERT_EQ(from.port, tx_name.port);
    ASSERT_EQ(from.len, family == AF_INET ? 4 : 16);
    ASSERT(memcmp(from.data, rx_name.data, (size_t)from.len) == 0);

    /* Two sends are two datagrams; an empty one is received as 0 bytes from tx. */
    ASSERT_EQ(psk_sendto(tx, "ab", 2, 0, &rx_name), 2);
    ASSERT_EQ(psk_sendto(tx, NULL, 0, 0, &rx_name), 0);
    ASSERT_EQ(psk_sendto(tx, "cde", 3, 0, &rx_name), 3);
    ASSERT_EQ(psk_recvfrom(rx, buf, sizeof buf, 0, &from), 2);
    ASSERT(memcmp(buf, "ab", 2) == 0);
    memset(&from, 0, sizeof from);
    ASSERT_EQ(psk_recvfrom(rx, buf, sizeof buf, 0, &from), 0);
    ASSERT_EQ(from.port, tx_name.port);
    ASSERT_EQ(psk_recvfrom(rx, buf, sizeof buf, 0, &from), 3);
    ASSERT(memcmp(buf, "cde", 3) == 0);

    /* The reply goes back to the address recvfrom reported. */
    ASSERT_EQ(psk_sendto(rx, "reply", 5, 0, &from), 5);
    ASSERT_EQ(psk_recvfrom(tx, buf, sizeof buf, 0, &from), 5);
    ASSERT(memcmp(buf, "reply", 5) == 0);
    ASSERT_EQ(from.port, rx_name.port);

    ASSERT_EQ(psk_close(tx), 0);
    ASSERT_EQ(psk_close(rx), 0);
}

TEST_IMPL(dgram_roundtrip) {
    roundtrip(AF_INET, "127.0.0.1");
    roundtrip(AF_INET6, "::1");
    return 0;
}
