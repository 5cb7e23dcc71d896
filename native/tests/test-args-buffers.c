/* NULL buffers with a length and negative lengths give -EINVAL, never a crash; a zero
 * length with NULL is a legal empty buffer. */
#include "task.h"

#include <errno.h>
#include <sys/socket.h>

TEST_IMPL(args_buffers) {
    int client, server;
    tcp_pair(&client, &server);
    char buf[8] = "abcdefg";

    ASSERT_EQ(psk_recv(client, NULL, 1, 0), -EINVAL);
    ASSERT_EQ(psk_recv(client, buf, -1, 0), -EINVAL);
    ASSERT_EQ(psk_recv_timed(client, NULL, 1, 0, SECONDS), -EINVAL);
    ASSERT_EQ(psk_recv_timed(client, buf, -1, 0, SECONDS), -EINVAL);
    ASSERT_EQ(psk_send(client, NULL, 1, 0), -EINVAL);
    ASSERT_EQ(psk_send(client, buf, -1, 0), -EINVAL);
    ASSERT_EQ(psk_send_timed(client, NULL, 1, 0, SECONDS), -EINVAL);
    ASSERT_EQ(psk_send_timed(client, buf, -1, 0, SECONDS), -EINVAL);
    ASSERT_EQ(psk_sendall(client, NULL, 1, 0), -EINVAL);
    ASSERT_EQ(psk_sendall(client, buf, -1, 0), -EINVAL);
    ASSERT_EQ(psk_sendall_timed(client, NULL, 1, 0, SECONDS), -EINVAL);
    ASSERT_EQ(psk_sendall_timed(client, buf, -1, 0, SECONDS), -EINVAL);
    ASSERT_EQ(psk_getsockopt(client, SOL_SOCKET, SO_TYPE, NULL, 4), -EINVAL);
    ASSERT_EQ(psk_getsockopt(client, SOL_SOCKET, SO_TYPE, buf, -1), -EINVAL);
    ASSERT_EQ(psk_getsockopt(client, SOL_SOCKET, SO_TYPE, buf, 1025), -EINVAL);
    ASSERT_EQ(psk_setsockopt(client, SOL_SOCKET, SO_KEEPALIVE, buf, -1), -EINVAL);
    /* setsockopt hands NULL to the kernel untouched (Python's optlen form): -EFAULT. */
    ASSERT_EQ(psk_setsockopt(client, SOL_SOCKET, SO_KEEPALIVE, NULL, 4), -EFAULT);

    /* Zero-length sends are legal, and send nothing. */
    ASSERT_EQ(psk_send(client, NULL, 0, 0), 0);
    ASSERT_EQ(psk_sendall(client, NULL, 0, 0), 0);
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);
    ASSERT_EQ(psk_send_timed(client, NULL, 0, 0, SECONDS), 0);
    ASSERT_EQ(psk_sendall_timed(client, buf, 0, 0, SECONDS), 0);
    ASSERT_EQ(psk_recv(server, buf, 0, MSG_DONTWAIT), -EAGAIN);

    /* A bad fd is the kernel's EBADF, also where poll would have ignored it. */
    ASSERT_EQ(psk_recv(-1, buf, 1, 0), -EBADF);
    ASSERT_EQ(psk_recv_timed(-1, buf, 1, 0, SECONDS), -EBADF);
    ASSERT_EQ(psk_send_timed(-1, buf, 1, 0, SECONDS), -EBADF);

    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
