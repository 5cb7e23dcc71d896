/* A blocking psk_accept interrupted by signals keeps waiting for a later client (R10). */
#include "task.h"

#include <sys/socket.h>

static void *connect_later(void *arg) {
    sleep_ms(300);
    int fd = psk_socket(AF_INET, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(psk_connect(fd, arg), 0);
    return (void *)(intptr_t)fd;
}

TEST_IMPL(eintr_accept) {
    psk_addr bound;
    int listener = tcp_listener(&bound);

    pthread_t t = start_thread(connect_later, &bound);
    alarm_start(50, 50);
    psk_addr peer;
    int server = psk_accept(listener, &peer, 0);
    int signals = alarm_stop();
    void *client;
    ASSERT_EQ(pthread_join(t, &client), 0);

    ASSERT_GE(server, 0);
    ASSERT_EQ(peer.family, AF_INET);
    ASSERT_GE(signals, 2);

    ASSERT_EQ(psk_close((int)(intptr_t)client), 0);
    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(listener), 0);
    return 0;
}
