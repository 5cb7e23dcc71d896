/* psk_sendfile_timed to a peer that never reads: the sends fill the buffers, then one call
 * waits its whole timeout and gives PSK_TIMEOUT (R2, R23). */
#include "task.h"

#include <sys/socket.h>
#include <unistd.h>

#define SIZE (16 << 20)

TEST_IMPL(sendfile_timed_nonreading) {
    int client, server;
    tcp_pair(&client, &server);
    ASSERT_EQ(psk_setsockopt_int(client, SOL_SOCKET, SO_SNDBUF, 65536), 0);
    ASSERT_EQ(psk_setsockopt_int(server, SOL_SOCKET, SO_RCVBUF, 65536), 0);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);

    char path[] = "/tmp/psk-sendfile-XXXXXX";
    int file = mkstemp(path);
    ASSERT_GE(file, 0);
    ASSERT_EQ(unlink(path), 0);
    ASSERT_EQ(ftruncate(file, SIZE), 0); /* sparse: reads as zeros */

    int64_t sent = 0;
    int n;
    int64_t start = 0;
    for (int calls = 0; calls < 10000; calls++) {
        start = now_ns();
        n = psk_sendfile_timed(client, file, sent, SIZE - (int)sent, 300 * MS);
        if (n < 0) {
            break;
        }
        ASSERT_GT(n, 0);
        sent += n;
    }
    ASSERT_EQ(n, PSK_TIMEOUT);
    ASSERT_ELAPSED(start, 0.3, 0.8);
    ASSERT_GT(sent, 0);
    ASSERT_LT(sent, SIZE);

    ASSERT_EQ(close(file), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
