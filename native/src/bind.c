/* bind.c - bind, listen, and reading a socket's own or peer address. */
#include "internal.h"

#include <sys/socket.h>

/* psk_bind returns 0 or -errno; -EINVAL for an address psk__to_sockaddr rejects. */
int psk_bind(int fd, const psk_addr *addr) {
    struct sockaddr_storage ss;
    int len = psk__to_sockaddr(addr, &ss);
    if (len < 0) {
        return len;
    }
    return bind(fd, (struct sockaddr *)&ss, (socklen_t)len) == 0 ? 0 : -errno;
}

/* psk_listen returns 0 or -errno. The kernel caps backlog at net.core.somaxconn. */
int psk_listen(int fd, int backlog) {
    return listen(fd, backlog) == 0 ? 0 : -errno;
}

/* get_name runs getsockname or getpeername into out: 0 or -errno (-EINVAL: NULL out). */
static int get_name(int fd, psk_addr *out,
                    int (*get)(int, struct sockaddr *, socklen_t *)) {
    if (out == NULL) {
        return -EINVAL;
    }
    struct sockaddr_storage ss = {0};
    socklen_t len = sizeof ss;
    if (get(fd, (struct sockaddr *)&ss, &len) != 0) {
        return -errno;
    }
    psk__from_sockaddr(&ss, len, out);
    return 0;
}

/* psk_getsockname writes fd's local address into out; returns 0 or -errno. */
int psk_getsockname(int fd, psk_addr *out) {
    return get_name(fd, out, getsockname);
}

/* psk_getpeername writes fd's peer address into out; returns 0 or -errno (-ENOTCONN). */
int psk_getpeername(int fd, psk_addr *out) {
    return get_name(fd, out, getpeername);
}
