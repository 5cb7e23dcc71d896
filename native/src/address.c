/* address.c - psk_addr (Java's packed form) <-> sockaddr_in / sockaddr_in6 / sockaddr_un. */
#include "internal.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/un.h>

_Static_assert(sizeof(psk_addr) == PSK_ADDR_SIZE, "PSK_ADDR_SIZE is sizeof(psk_addr)");
_Static_assert(sizeof(((psk_addr *)0)->data) == sizeof(((struct sockaddr_un *)0)->sun_path),
               "an AF_UNIX path must fit psk_addr.data");
_Static_assert(sizeof(struct sockaddr_un) <= sizeof(struct sockaddr_storage),
               "sockaddr_storage holds every family used here");

#define SUN_PATH_OFFSET offsetof(struct sockaddr_un, sun_path)
#define SUN_PATH_MAX sizeof(((struct sockaddr_un *)0)->sun_path)

static int unix_to_sockaddr(const psk_addr *a, struct sockaddr_un *sun) {
    size_t len = (size_t)a->len;
    sun->sun_family = AF_UNIX;
    memcpy(sun->sun_path, a->data, len);
    if (len == 0 || a->data[0] == 0) {
        /* Linux: an empty address autobinds, a leading 0 byte names the abstract
         * namespace, and either is exactly this long, with no NUL (unix(7)). */
        return (int)(SUN_PATH_OFFSET + len);
    }
    /* A path name needs its NUL inside sun_path: at most 107 bytes (CPython's
     * getsockaddrarg rejects len >= sizeof sun_path, "AF_UNIX path too long"). */
    if (len >= SUN_PATH_MAX) {
        return -EINVAL;
    }
    sun->sun_path[len] = '\0';
    return (int)(SUN_PATH_OFFSET + len + 1);
}

/* inet_fits: whether a holds an IP address of len bytes (4 or 16) and a port of 0..65535. */
static int inet_fits(const psk_addr *a, int len) {
    return a->len == len && a->port >= 0 && a->port <= 65535;
}

int psk__to_sockaddr(const psk_addr *a, struct sockaddr_storage *ss) {
    if (a == NULL) {
        return -EINVAL;
    }
    int ip_len = a->family == AF_INET ? 4 : a->family == AF_INET6 ? 16 : 0;
    if (ip_len != 0 && !inet_fits(a, ip_len)) {
        return -EINVAL;
    }
    memset(ss, 0, sizeof *ss);
    switch (a->family) {
    case AF_INET: {
        struct sockaddr_in *sin = (struct sockaddr_in *)ss;
        sin->sin_family = AF_INET;
        sin->sin_port = htons((uint16_t)a->port);
        memcpy(&sin->sin_addr, a->data, 4);
        return (int)sizeof *sin;
    }
    case AF_INET6: {
        struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)ss;
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons((uint16_t)a->port);
        /* flowinfo travels in network order, scope_id in host order (ipv6(7)). */
        sin6->sin6_flowinfo = htonl(a->flowinfo);
        sin6->sin6_scope_id = a->scope_id;
        memcpy(&sin6->sin6_addr, a->data, 16);
        return (int)sizeof *sin6;
    }
    case AF_UNIX:
        if (a->len < 0 || (size_t)a->len > SUN_PATH_MAX) {
            return -EINVAL;
        }
        return unix_to_sockaddr(a, (struct sockaddr_un *)ss);
    default:
        return -EINVAL;
    }
}

static void unix_from_sockaddr(const struct sockaddr_un *sun, size_t len, psk_addr *out) {
    if (len <= SUN_PATH_OFFSET) {
        return; /* unnamed (socketpair, unbound client): len 0 */
    }
    size_t n = len - SUN_PATH_OFFSET;
    if (n > SUN_PATH_MAX) {
        n = SUN_PATH_MAX;
    }
    if (sun->sun_path[0] != '\0') {
        /* A path name: the kernel may count its NUL, or omit it for a 108-byte path. */
        n = strnlen(sun->sun_path, n);
    }
    /* An abstract name is exactly the n bytes the kernel reported, 0 byte included. */
    memcpy(out->data, sun->sun_path, n);
    out->len = (int32_t)n;
}

void psk__from_sockaddr(const struct sockaddr_storage *ss, socklen_t len, psk_addr *out) {
    memset(out, 0, sizeof *out);
    /* The kernel reports the full length even when it truncated the address. */
    size_t n = len < sizeof *ss ? (size_t)len : sizeof *ss;
    if (n < sizeof(sa_family_t)) {
        return; /* addrlen 0: no address (e.g. recvfrom on a connected stream) */
    }
    out->family = ss->ss_family;
    switch (ss->ss_family) {
    case AF_INET: {
        const struct sockaddr_in *sin = (const struct sockaddr_in *)ss;
        out->port = ntohs(sin->sin_port);
        memcpy(out->data, &sin->sin_addr, 4);
        out->len = 4;
        return;
    }
    case AF_INET6: {
        const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)ss;
        out->port = ntohs(sin6->sin6_port);
        out->flowinfo = ntohl(sin6->sin6_flowinfo);
        out->scope_id = sin6->sin6_scope_id;
        memcpy(out->data, &sin6->sin6_addr, 16);
        out->len = 16;
        return;
    }
    case AF_UNIX:
        unix_from_sockaddr((const struct sockaddr_un *)ss, n, out);
        return;
    default: {
        /* R28: an unknown family is returned as (family, the bytes after sa_family). */
        size_t skip = offsetof(struct sockaddr, sa_data);
        size_t raw = n > skip ? n - skip : 0;
        if (raw > sizeof out->data) {
            raw = sizeof out->data;
        }
        memcpy(out->data, (const unsigned char *)ss + skip, raw);
        out->len = (int32_t)raw;
        return;
    }
    }
}
