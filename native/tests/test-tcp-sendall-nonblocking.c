/* A non-blocking sendall gives -EAGAIN as soon as the buffer is full (R5). */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

#define TOTAL (16 << 20)

TEST_IMPL(tcp_sendall_nonblocking) {
    int client, server;
    tcp_pair(&client, &server);
    /* Fixed small buffers: TOTAL must overflow them whatever tcp_wmem/tcp_rmem allow. */
    ASSERT_EQ(psk_setsockopt_int(client, SOL_SOCKET, SO_SNDBUF, 65536), 0);
    ASSERT_EQ(psk_setsockopt_int(server, SOL_SOCKET, SO_RCVBUF, 65536), 0);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    char *data = calloc(1, TOTAL);
    ASSERT(data != NULL);
    int64_t start = now_ns();
    ASSERT_EQ(psk_sendall(client, data, TOTAL, 0), -EAGAIN);
    ASSERT_ELAPSED(start, 0.0, 1.0);
    /* send on the full buffer: -EAGAIN too, no partial count to invent. */
    ASSERT_EQ(psk_send(client, data, 4096, 0), -EAGAIN);

    free(data);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
