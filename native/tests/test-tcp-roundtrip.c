/* A TCP loopback round trip through psk_* only: addresses, then data both ways. */
#include "task.h"

#include <string.h>
#include <sys/socket.h>

TEST_IMPL(tcp_roundtrip) {
    psk_addr bound;
    int listener = tcp_listener(&bound);
    ASSERT_EQ(bound.family, AF_INET);
    ASSERT_EQ(bound.len, 4);
    ASSERT(memcmp(bound.data, "\x7f\x00\x00\x01", 4) == 0);

    int client = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(client, 0);
    ASSERT_EQ(psk_connect(client, &bound), 0);

    psk_addr peer, client_name, server_name, client_peer;
    memset(&peer, 0xAB, sizeof peer);
    int server = psk_accept(listener, &peer, 0);
    ASSERT_GE(server, 0);
    ASSERT_EQ(psk_getsockname(client, &client_name), 0);
    ASSERT_EQ(psk_getsockname(server, &server_name), 0);
    ASSERT_EQ(psk_getpeername(client, &client_peer), 0);

    /* The accepted peer is the client's own address, byte for byte (zeroed padding). */
    ASSERT(memcmp(&peer, &client_name, sizeof peer) == 0);
    ASSERT_EQ(peer.family, AF_INET);
    ASSERT_EQ(peer.len, 4);
    ASSERT(memcmp(peer.data, "\x7f\x00\x00\x01", 4) == 0);
    ASSERT_GT(peer.port, 0);
    ASSERT_EQ(server_name.port, bound.port);
    ASSERT(memcmp(&client_peer, &server_name, sizeof peer) == 0);

    char buf[64];
    ASSERT_EQ(psk_send(client, "ping", 4, 0), 4);
    ASSERT_EQ(psk_recv(server, buf, sizeof buf, 0), 4);
    ASSERT(memcmp(buf, "ping", 4) == 0);
    ASSERT_EQ(psk_sendall(server, "pong!", 5, 0), 5);
    ASSERT_EQ(psk_recv(client, buf, sizeof buf, 0), 5);
    ASSERT(memcmp(buf, "pong!", 5) == 0);

    /* Orderly shutdown: recv returns 0, and again on every later call (R11). */
    ASSERT_EQ(psk_shutdown(client, SHUT_WR), 0);
    ASSERT_EQ(psk_recv(server, buf, sizeof buf, 0), 0);
    ASSERT_EQ(psk_recv(server, buf, sizeof buf, 0), 0);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
