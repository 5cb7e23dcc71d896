/*
 * resolve.c - name and service lookups (getaddrinfo, getnameinfo, gethostby*_r,
 * getserv*_r, getprotobyname_r, gethostname) into flat caller buffers, the layouts of
 * pysocket.h. Java validates arguments and builds Python's results; C only calls libc
 * and packs what it returns. None of this is on a hot path, so a lookup may allocate.
 */
#include "internal.h"

#include <sched.h>

#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* gai_error maps a getaddrinfo/getnameinfo failure to the return convention: EAI_SYSTEM
 * is the errno it stands for (CPython raises it as OSError(errno), docs/python-semantics.md §1.3). */
static int gai_failure(int eai, int saved_errno) {
    if (eai == EAI_SYSTEM) {
        return saved_errno > 0 ? -saved_errno : -EIO;
    }
    return PSK_GAI_ERROR(eai);
}

static void put_i32(unsigned char *p, int32_t v) {
    memcpy(p, &v, sizeof v);
}

int psk_getaddrinfo(const char *host, const char *service, const int32_t *hints, void *out,
                    int outlen) {
    if (hints == NULL || out == NULL || outlen < PSK_AI_HEADER) {
        return -EINVAL;
    }
    struct addrinfo h;
    memset(&h, 0, sizeof h);
    h.ai_family = hints[0];
    h.ai_socktype = hints[1];
    h.ai_protocol = hints[2];
    h.ai_flags = hints[3];
    struct addrinfo *res = NULL;
    errno = 0;
    int eai = getaddrinfo(host, service, &h, &res);
    if (eai != 0) {
        return gai_failure(eai, errno);
    }
    /* First pass: the size the answer needs, so that nothing is written unless it fits. */
    size_t count = 0;
    size_t need = PSK_AI_HEADER;
    for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next) {
        count++;
        need += PSK_AI_ENTRY_SIZE;
        if (ai->ai_canonname != NULL) {
            need += strlen(ai->ai_canonname) + 1;
        }
    }
    if (need > (size_t)outlen || count > INT32_MAX) {
        freeaddrinfo(res);
        return -ENOBUFS;
    }
    unsigned char *base = out;
    put_i32(base, (int32_t)count);
    put_i32(base + 4, 0);
    size_t strings = PSK_AI_HEADER + count * PSK_AI_ENTRY_SIZE;
    unsigned char *entry = base + PSK_AI_HEADER;
    for (const struct addrinfo *ai = res; ai != NULL; ai = ai->ai_next, entry += PSK_AI_ENTRY_SIZE) {
        psk_ai_entry e;
        memset(&e, 0, sizeof e);
        e.family = ai->ai_family;
        e.socktype = ai->ai_socktype;
        e.protocol = ai->ai_protocol;
        if (ai->ai_canonname != NULL) {
            size_t n = strlen(ai->ai_canonname) + 1;
            memcpy(base + strings, ai->ai_canonname, n);
            e.canonname = (int32_t)strings;
            strings += n;
        }
        struct sockaddr_storage ss;
        memset(&ss, 0, sizeof ss);
        socklen_t len = ai->ai_addrlen < sizeof ss ? ai->ai_addrlen : (socklen_t)sizeof ss;
        memcpy(&ss, ai->ai_addr, len);
        psk__from_sockaddr(&ss, len, &e.addr);
        /* memcpy: entries after the 8-byte header need not be aligned for the struct. */
        memcpy(entry, &e, sizeof e);
    }
    freeaddrinfo(res);
    return (int)count;
}

int psk_getnameinfo(const psk_addr *addr, int flags, char *out, int outlen) {
    if (addr == NULL || out == NULL || outlen < PSK_NI_SIZE) {
        return -EINVAL;
    }
    if (addr->family != AF_INET && addr->family != AF_INET6) {
        return -EAFNOSUPPORT;
    }
    struct sockaddr_storage ss;
    int len = psk__to_sockaddr(addr, &ss);
    if (len < 0) {
        return len;
    }
    errno = 0;
    int eai = getnameinfo((const struct sockaddr *)&ss, (socklen_t)len, out, PSK_NI_SERV_OFFSET,
                          out + PSK_NI_SERV_OFFSET, PSK_NI_SIZE - PSK_NI_SERV_OFFSET, flags);
    if (eai != 0) {
        return gai_failure(eai, errno);
    }
    return 0;
}

static int copy_message(const char *msg, char *buf, int buflen) {
    if (buf == NULL || buflen <= 0) {
        return -EINVAL;
    }
    size_t n = strlen(msg);
    if (n >= (size_t)buflen) {
        n = (size_t)buflen - 1;
    }
    memcpy(buf, msg, n);
    buf[n] = '\0';
    return (int)n;
}

int psk_gai_strerror(int eai, char *buf, int buflen) {
    return copy_message(gai_strerror(eai), buf, buflen);
}

int psk_hstrerror(int h, char *buf, int buflen) {
    return copy_message(hstrerror(h), buf, buflen);
}

/* pack_hostent writes h as pysocket.h's flat hostent; -ENOBUFS when it does not fit. */
static int pack_hostent(const struct hostent *h, unsigned char *out, int outlen) {
    int32_t naliases = 0;
    int32_t naddrs = 0;
    size_t need = sizeof(psk_hostent) + strlen(h->h_name) + 1;
    for (char **a = h->h_aliases; a != NULL && *a != NULL; a++) {
        naliases++;
        need += strlen(*a) + 1;
    }
    for (char **a = h->h_addr_list; a != NULL && *a != NULL; a++) {
        naddrs++;
        need += (size_t)h->h_length;
    }
    if (h->h_length < 0 || need > (size_t)outlen || need > INT32_MAX) {
        return -ENOBUFS;
    }
    psk_hostent head = {.addrtype = h->h_addrtype, .addrlen = h->h_length, .naliases = naliases,
                        .naddrs = naddrs};
    memcpy(out, &head, sizeof head);
    size_t at = sizeof head;
    for (int32_t i = 0; i < naddrs; i++) {
        memcpy(out + at, h->h_addr_list[i], (size_t)h->h_length);
        at += (size_t)h->h_length;
    }
    size_t n = strlen(h->h_name) + 1;
    memcpy(out + at, h->h_name, n);
    at += n;
    for (int32_t i = 0; i < naliases; i++) {
        n = strlen(h->h_aliases[i]) + 1;
        memcpy(out + at, h->h_aliases[i], n);
        at += n;
    }
    return (int)at;
}

/*
 * The *_r calls need a scratch buffer for the hostent's strings; ERANGE means "larger",
 * as CPython's 16 KiB buffer would grow. The lookup itself is the slow part.
 */
#define HOST_BUF_START 8192
#define HOST_BUF_MAX (1 << 20)

enum host_query { BY_NAME, BY_ADDR };

static int host_lookup(enum host_query q, const char *name, const void *addr, socklen_t addrlen,
                       int family, void *out, int outlen) {
    if (out == NULL || outlen < 16) {
        return -EINVAL;
    }
    for (size_t size = HOST_BUF_START; size <= HOST_BUF_MAX; size *= 2) {
        char *buf = malloc(size);
        if (buf == NULL) {
            return -ENOMEM;
        }
        struct hostent he;
        struct hostent *result = NULL;
        int herr = 0;
        int rc = q == BY_NAME ? gethostbyname_r(name, &he, buf, size, &result, &herr)
                              : gethostbyaddr_r(addr, addrlen, family, &he, buf, size, &result, &herr);
        if (rc == ERANGE) {
            free(buf);
            continue;
        }
        int r;
        if (result == NULL) {
            /* CPython's set_herror(h_errno); a zero h_errno still means "not found". */
            r = PSK_H_ERROR(herr != 0 ? herr : HOST_NOT_FOUND);
        } else {
            r = pack_hostent(result, out, outlen);
        }
        free(buf);
        return r;
    }
    return -ENOBUFS;
}

int psk_gethostbyname(const char *name, void *out, int outlen) {
    if (name == NULL) {
        return -EINVAL;
    }
    return host_lookup(BY_NAME, name, NULL, 0, 0, out, outlen);
}

int psk_gethostbyaddr(const psk_addr *addr, void *out, int outlen) {
    if (addr == NULL) {
        return -EINVAL;
    }
    if (!((addr->family == AF_INET && addr->len == 4) || (addr->family == AF_INET6 && addr->len == 16))) {
        return -EAFNOSUPPORT;
    }
    return host_lookup(BY_ADDR, NULL, addr->data, (socklen_t)addr->len, addr->family, out, outlen);
}

int psk_gethostname(char *out, int outlen) {
    if (out == NULL || outlen <= 0) {
        return -EINVAL;
    }
    if (gethostname(out, (size_t)outlen) != 0) {
        return -errno;
    }
    out[outlen - 1] = '\0';
    return (int)strlen(out);
}

/* The servent/protoent strings: /etc/services lines are short; ERANGE would mean "larger". */
#define ENT_BUF 4096

int psk_getservbyname(const char *name, const char *proto) {
    if (name == NULL) {
        return -EINVAL;
    }
    char buf[ENT_BUF];
    struct servent se;
    struct servent *result = NULL;
    if (getservbyname_r(name, proto, &se, buf, sizeof buf, &result) != 0 || result == NULL) {
        return -ENOENT;
    }
    return ntohs((uint16_t)result->s_port);
}

int psk_getservbyport(int port, const char *proto, char *out, int outlen) {
    if (port < 0 || port > 65535 || out == NULL || outlen <= 0) {
        return -EINVAL;
    }
    char buf[ENT_BUF];
    struct servent se;
    struct servent *result = NULL;
    if (getservbyport_r(htons((uint16_t)port), proto, &se, buf, sizeof buf, &result) != 0
        || result == NULL) {
        return -ENOENT;
    }
    return copy_message(result->s_name, out, outlen);
}

int psk_getprotobyname(const char *name) {
    if (name == NULL) {
        return -EINVAL;
    }
#ifdef __GLIBC__
    char buf[ENT_BUF];
    struct protoent pe;
    struct protoent *result = NULL;
    if (getprotobyname_r(name, &pe, buf, sizeof buf, &result) != 0 || result == NULL) {
        return -ENOENT;
    }
    return result->p_proto;
#else
    /* musl has no getprotobyname_r; its getprotobyname walks a built-in table with a static
     * cursor, so calls are serialised by a spin lock (a lookup is a few string compares). */
    static int busy;
    while (__atomic_exchange_n(&busy, 1, __ATOMIC_ACQUIRE) != 0) {
        sched_yield();
    }
    struct protoent *result = getprotobyname(name);
    int proto = result == NULL ? -ENOENT : result->p_proto;
    __atomic_store_n(&busy, 0, __ATOMIC_RELEASE);
    return proto;
#endif
}
