/* psk_sendfile sends a 300000-byte file, or a slice of it, byte-identical; the file's own
 * offset never moves; past the end is 0; bad ranges are -EINVAL (R23). */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#define SIZE 300000

struct reader {
    int fd;
    int want;
    unsigned char got[SIZE + 500];
    int received;
};

static void *read_n(void *arg) {
    struct reader *r = arg;
    while (r->received < r->want) {
        int n = psk_recv(r->fd, r->got + r->received, r->want - r->received, 0);
        ASSERT_GT(n, 0);
        r->received += n;
    }
    return NULL;
}

/* temp_file: an unlinked file of SIZE patterned bytes; its content into data. */
static int temp_file(unsigned char *data) {
    char path[] = "/tmp/psk-sendfile-XXXXXX";
    int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(unlink(path), 0);
    for (int i = 0; i < SIZE; i++) {
        data[i] = (unsigned char)(i * 7 + (i >> 10));
    }
    ASSERT_EQ(write(fd, data, SIZE), SIZE);
    return fd;
}

static struct reader r;
static unsigned char data[SIZE];

TEST_IMPL(sendfile_roundtrip) {
    int client, server;
    tcp_pair(&client, &server);
    int file = temp_file(data);
    ASSERT_EQ(lseek(file, 123, SEEK_SET), 123);

    r.fd = server;
    r.want = SIZE + 500;
    pthread_t t = start_thread(read_n, &r);
    int sent = 0;
    while (sent < SIZE) {
        int n = psk_sendfile(client, file, sent, SIZE - sent);
        ASSERT_GT(n, 0);
        sent += n;
    }
    ASSERT_EQ(psk_sendfile(client, file, SIZE, 10), 0);      /* end of file */
    ASSERT_EQ(psk_sendfile(client, file, 1 << 30, 10), 0);   /* far past it */
    ASSERT_EQ(psk_sendfile(client, file, 1000, 500), 500);
    join_thread(t);
    ASSERT(memcmp(r.got, data, SIZE) == 0);
    ASSERT(memcmp(r.got + SIZE, data + 1000, 500) == 0);
    ASSERT_EQ(psk_file_offset(file), 123); /* sendfile(2) with an offset leaves the file's */

    ASSERT_EQ(psk_sendfile(client, file, -1, 10), -EINVAL);
    ASSERT_EQ(psk_sendfile(client, file, 0, -1), -EINVAL);
    ASSERT_EQ(psk_sendfile_timed(client, file, -1, 10, SECONDS), -EINVAL);
    ASSERT_EQ(psk_sendfile(client, -1, 0, 10), -EBADF);
    ASSERT_EQ(psk_sendfile(-1, file, 0, 10), -EBADF);
    ASSERT_EQ(psk_file_offset(-1), -EBADF);
    ASSERT_EQ(psk_file_offset(client), -ESPIPE);

    /* Timed form on an O_NONBLOCK socket with room: sends at once. */
    ASSERT_EQ(psk_set_nonblocking(client, 1), 0);
    ASSERT_EQ(psk_sendfile_timed(client, file, 0, 100, SECONDS), 100);
    ASSERT_EQ(psk_sendfile_timed(client, file, 0, 100, 0), PSK_TIMEOUT);
    unsigned char got[100];
    ASSERT_EQ(psk_recv(server, got, sizeof got, MSG_WAITALL), 100);
    ASSERT(memcmp(got, data, 100) == 0);

    ASSERT_EQ(close(file), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
