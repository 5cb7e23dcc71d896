/* AF_INET6 on ::1: port in host order, 16 address bytes, flowinfo/scope_id round trip.
 * Skipped (passes) when the machine has no IPv6 loopback. */
#include "task.h"

#include <arpa/inet.h>
#include <errno.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(address_inet6) {
    int listener = psk_socket(AF_INET6, SOCK_STREAM, 0);
    if (listener == -EAFNOSUPPORT) {
        fprintf(stderr, "skipped: no IPv6\n");
        return 0;
    }
    ASSERT_GE(listener, 0);
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_INET6;
    a.len = 16;
    ASSERT_EQ(inet_pton(AF_INET6, "::1", a.data), 1);
    int rc = psk_bind(listener, &a);
    if (rc == -EADDRNOTAVAIL) {
        fprintf(stderr, "skipped: no ::1\n");
        ASSERT_EQ(psk_close(listener), 0);
        return 0;
    }
    ASSERT_EQ(rc, 0);
    ASSERT_EQ(psk_listen(listener, 4), 0);
    psk_addr bound;
    ASSERT_EQ(psk_getsockname(listener, &bound), 0);
    ASSERT_EQ(bound.family, AF_INET6);
    ASSERT_EQ(bound.len, 16);
    ASSERT(memcmp(bound.data, a.data, 16) == 0);
    ASSERT_GT(bound.port, 0);
    ASSERT_EQ(bound.flowinfo, 0);
    ASSERT_EQ(bound.scope_id, 0);

    int client = psk_socket(AF_INET6, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);
    psk_addr peer, name;
    int server = psk_accept(listener, &peer, 0);
    ASSERT_GE(server, 0);
    ASSERT_EQ(psk_getsockname(client, &name), 0);
    ASSERT(memcmp(&peer, &name, sizeof peer) == 0);

    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
