/* A blocking psk_recvfrom interrupted by signals (no SA_RESTART) keeps waiting and
 * returns the datagram a thread sends later, with its sender, not -EINTR (PEP 475, R10). */
#include "task.h"

#include <string.h>
#include <sys/socket.h>

struct late {
    int fd;
    psk_addr to;
};

static void *send_later(void *arg) {
    struct late *l = arg;
    sleep_ms(300);
    ASSERT_EQ(psk_sendto(l->fd, "late", 4, 0, &l->to), 4);
    return NULL;
}

TEST_IMPL(eintr_recvfrom) {
    psk_addr any = inet_addr_of("127.0.0.1", 0);
    int rx = psk_socket(AF_INET, SOCK_DGRAM, 0);
    int tx = psk_socket(AF_INET, SOCK_DGRAM, 0);
    ASSERT_GE(rx, 0);
    ASSERT_GE(tx, 0);
    ASSERT_EQ(psk_bind(rx, &any), 0);
    ASSERT_EQ(psk_bind(tx, &any), 0);
    struct late l = {tx, {0}};
    ASSERT_EQ(psk_getsockname(rx, &l.to), 0);
    psk_addr tx_name;
    ASSERT_EQ(psk_getsockname(tx, &tx_name), 0);

    pthread_t t = start_thread(send_later, &l);
    alarm_start(50, 50);
    char buf[16];
    psk_addr from;
    int n = psk_recvfrom(rx, buf, sizeof buf, 0, &from);
    int signals = alarm_stop();
    join_thread(t);

    ASSERT_EQ(n, 4);
    ASSERT(memcmp(buf, "late", 4) == 0);
    ASSERT_EQ(from.port, tx_name.port);
    ASSERT_GE(signals, 2);

    ASSERT_EQ(psk_close(tx), 0);
    ASSERT_EQ(psk_close(rx), 0);
    return 0;
}
