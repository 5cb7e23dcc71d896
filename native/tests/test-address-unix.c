/* AF_UNIX addresses through bind/getsockname/accept: path names, abstract names (with
 * their leading 0 byte, exact length), autobind, unnamed peers, length limits. */
#include "task.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void path_names(void) {
    char dir[] = "/tmp/psk-test-XXXXXX";
    ASSERT(mkdtemp(dir) != NULL);
    char path[128];
    int len = snprintf(path, sizeof path, "%s/sock", dir);

    int listener = unix_socket(SOCK_STREAM);
    psk_addr a = unix_addr(path, len);
    ASSERT_EQ(psk_bind(listener, &a), 0);
    ASSERT_EQ(psk_listen(listener, 4), 0);
    psk_addr name;
    ASSERT_EQ(psk_getsockname(listener, &name), 0);
    ASSERT_EQ(name.family, AF_UNIX);
    ASSERT_EQ(name.len, len); /* no NUL counted */
    ASSERT(memcmp(name.data, path, (size_t)len) == 0);

    int client = unix_socket(SOCK_STREAM);
    ASSERT_EQ(psk_connect(client, &a), 0);
    psk_addr peer;
    memset(&peer, 0x55, sizeof peer);
    int server = psk_accept(listener, &peer, 0);
    ASSERT_GE(server, 0);
    ASSERT_EQ(peer.family, AF_UNIX); /* an unbound client is unnamed: len 0 */
    ASSERT_EQ(peer.len, 0);
    ASSERT_EQ(psk_getpeername(client, &peer), 0);
    ASSERT_EQ(peer.len, len);

    ASSERT_EQ(psk_close(server), 0);
    ASSERT_EQ(psk_close(client), 0);
    ASSERT_EQ(psk_close(listener), 0);
    ASSERT_EQ(unlink(path), 0);
    ASSERT_EQ(rmdir(dir), 0);
}

static void abstract_names(void) {
    char name[64];
    name[0] = '\0';
    int len = 1 + snprintf(name + 1, sizeof name - 1, "psk-test-%d", (int)getpid());

    int fd = unix_socket(SOCK_STREAM);
    psk_addr a = unix_addr(name, len);
    ASSERT_EQ(psk_bind(fd, &a), 0);
    psk_addr got;
    ASSERT_EQ(psk_getsockname(fd, &got), 0);
    ASSERT_EQ(got.len, len); /* exact: no trailing padding */
    ASSERT(memcmp(got.data, name, (size_t)len) == 0);
    ASSERT_EQ(psk_close(fd), 0);

    /* The longest abstract name uses all 108 bytes. */
    unsigned char longest[108];
    memset(longest, 'a', sizeof longest);
    longest[0] = 0;
    longest[1] = (unsigned char)(getpid() & 0x7f);
    fd = unix_socket(SOCK_STREAM);
    a = unix_addr(longest, 108);
    ASSERT_EQ(psk_bind(fd, &a), 0);
    ASSERT_EQ(psk_getsockname(fd, &got), 0);
    ASSERT_EQ(got.len, 108);
    ASSERT(memcmp(got.data, longest, 108) == 0);
    ASSERT_EQ(psk_close(fd), 0);
}

static void autobind_and_unnamed(void) {
    int fd = unix_socket(SOCK_STREAM);
    psk_addr empty = unix_addr("", 0);
    ASSERT_EQ(psk_bind(fd, &empty), 0); /* Linux picks an abstract name */
    psk_addr got;
    ASSERT_EQ(psk_getsockname(fd, &got), 0);
    ASSERT_GT(got.len, 1);
    ASSERT_EQ(got.data[0], 0);
    ASSERT_EQ(psk_close(fd), 0);

    int pair[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair), 0);
    memset(&got, 0x55, sizeof got);
    ASSERT_EQ(psk_getsockname(pair[0], &got), 0);
    ASSERT_EQ(got.family, AF_UNIX);
    ASSERT_EQ(got.len, 0);
    ASSERT_EQ(got.data[0], 0);
    ASSERT_EQ(psk_close(pair[0]), 0);
    ASSERT_EQ(psk_close(pair[1]), 0);
}

static void length_limits(void) {
    int fd = unix_socket(SOCK_STREAM);
    char path[108];
    memset(path, 'p', sizeof path);
    path[0] = '/';
    /* 107 bytes is a valid path name (it does not exist); 108 leaves no room for NUL. */
    psk_addr a = unix_addr(path, 107);
    ASSERT_EQ(psk_connect(fd, &a), -ENOENT);
    a = unix_addr(path, 108);
    ASSERT_EQ(psk_connect(fd, &a), -EINVAL);
    ASSERT_EQ(psk_close(fd), 0);
}

TEST_IMPL(address_unix) {
    path_names();
    abstract_names();
    autobind_and_unnamed();
    length_limits();
    return 0;
}
