/* AF_UNIX names byte for byte (R27, scenarios 59, 63, 69): autobind gives "\0" + 5 hex
 * digits and two autobinds differ; a bound client's path reaches accept and an accepted
 * socket is named by the listener's path; non-UTF-8 bytes round-trip exactly; an embedded
 * NUL in a path name is where the kernel cuts it; abstract names keep every byte. */
#include "task.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void assert_name(const psk_addr *got, const void *bytes, int len) {
    ASSERT_EQ(got->family, AF_UNIX);
    ASSERT_EQ(got->len, len);
    ASSERT(memcmp(got->data, bytes, (size_t)len) == 0);
}

static void autobind(void) {
    psk_addr names[2];
    int fds[2];
    for (int i = 0; i < 2; i++) {
        fds[i] = unix_socket(i == 0 ? SOCK_STREAM : SOCK_DGRAM);
        psk_addr empty = unix_addr("", 0);
        ASSERT_EQ(psk_bind(fds[i], &empty), 0);
        ASSERT_EQ(psk_getsockname(fds[i], &names[i]), 0);
        ASSERT_EQ(names[i].len, 6); /* "\0" + five hex digits (unix(7) autobind) */
        ASSERT_EQ(names[i].data[0], 0);
        for (int j = 1; j < 6; j++) {
            ASSERT(isxdigit(names[i].data[j]) && !isupper(names[i].data[j]));
        }
    }
    ASSERT(memcmp(names[0].data, names[1].data, 6) != 0);
    ASSERT_EQ(psk_close(fds[0]), 0);
    ASSERT_EQ(psk_close(fds[1]), 0);
}

static void bound_client_and_accepted_name(const char *dir) {
    char server_path[128], client_path[128];
    int slen = snprintf(server_path, sizeof server_path, "%s/server", dir);
    int clen = snprintf(client_path, sizeof client_path, "%s/client", dir);
    int listener = unix_socket(SOCK_STREAM);
    psk_addr sa = unix_addr(server_path, slen);
    ASSERT_EQ(psk_bind(listener, &sa), 0);
    ASSERT_EQ(psk_bind(listener, &sa), -EADDRINUSE); /* the file exists */
    psk_addr other = unix_addr(dir, (int)strlen(dir));
    memcpy(other.data + other.len, "/other", 6);
    other.len += 6;
    ASSERT_EQ(psk_bind(listener, &other), -EINVAL); /* bound already */
    ASSERT_EQ(psk_listen(listener, 4), 0);

    int client = unix_socket(SOCK_STREAM);
    psk_addr ca = unix_addr(client_path, clen);
    ASSERT_EQ(psk_bind(client, &ca), 0);
    ASSERT_EQ(psk_connect(client, &sa), 0);
    psk_addr peer;
    int server = psk_accept(listener, &peer, 0);
    ASSERT_GE(server, 0);
    assert_name(&peer, client_path, clen);
    psk_addr got;
    ASSERT_EQ(psk_getsockname(server, &got), 0);
    assert_name(&got, server_path, slen);
    ASSERT_EQ(psk_getpeername(server, &got), 0);
    assert_name(&got, client_path, clen);

    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(listener), 0);

    /* The socket file outlives the socket: binding it again is EADDRINUSE. */
    int again = unix_socket(SOCK_STREAM);
    ASSERT_EQ(psk_bind(again, &sa), -EADDRINUSE);
    ASSERT_EQ(psk_close(again), 0);
    ASSERT_EQ(unlink(server_path), 0);
    ASSERT_EQ(unlink(client_path), 0);
}

static void non_utf8_path(const char *dir) {
    char path[128];
    int len = snprintf(path, sizeof path, "%s/\xff\xfe\x80", dir);
    int fd = unix_socket(SOCK_STREAM);
    psk_addr a = unix_addr(path, len);
    ASSERT_EQ(psk_bind(fd, &a), 0);
    psk_addr got;
    ASSERT_EQ(psk_getsockname(fd, &got), 0);
    assert_name(&got, path, len);
    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(unlink(path), 0);
}

static void embedded_nul(const char *dir) {
    char path[128];
    int cut = snprintf(path, sizeof path, "%s/a", dir);
    memcpy(path + cut, "\0b", 2);
    int fd = unix_socket(SOCK_STREAM);
    psk_addr a = unix_addr(path, cut + 2);
    ASSERT_EQ(psk_bind(fd, &a), 0); /* Linux names the socket up to the first NUL */
    psk_addr got;
    ASSERT_EQ(psk_getsockname(fd, &got), 0);
    assert_name(&got, path, cut);
    ASSERT_EQ(psk_close(fd), 0);
    ASSERT_EQ(unlink(path), 0);
}

static void abstract_bytes(void) {
    unsigned char name[8] = {0, 'p', 0, 0xff, 's', 'k', 0, 0};
    name[7] = (unsigned char)(getpid() & 0x7f);
    int fd = unix_socket(SOCK_DGRAM);
    psk_addr a = unix_addr(name, sizeof name);
    ASSERT_EQ(psk_bind(fd, &a), 0);
    psk_addr got;
    ASSERT_EQ(psk_getsockname(fd, &got), 0);
    assert_name(&got, name, sizeof name);

    int sender = unix_socket(SOCK_DGRAM);
    ASSERT_EQ(psk_connect(sender, &a), 0); /* every byte is part of the name */
    ASSERT_EQ(psk_send(sender, "x", 1, 0), 1);
    char buf[4];
    ASSERT_EQ(psk_recv(fd, buf, sizeof buf, 0), 1);
    psk_addr shorter = unix_addr(name, sizeof name - 1);
    ASSERT_EQ(psk_connect(sender, &shorter), -ECONNREFUSED);
    ASSERT_EQ(psk_close(sender), 0);
    ASSERT_EQ(psk_close(fd), 0);
}

TEST_IMPL(address_unix_names) {
    char dir[] = "/tmp/psk-names-XXXXXX";
    ASSERT(mkdtemp(dir) != NULL);
    autobind();
    bound_client_and_accepted_name(dir);
    non_utf8_path(dir);
    embedded_nul(dir);
    abstract_bytes();
    ASSERT_EQ(rmdir(dir), 0);
    return 0;
}
