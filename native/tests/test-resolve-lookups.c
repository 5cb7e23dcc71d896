/* getnameinfo, gethostby*, getserv*, getprotobyname, gethostname and the message helpers. */
#include "task.h"

#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>

TEST_IMPL(resolve_lookups) {
    static char out[PSK_NI_SIZE];
    psk_addr a = inet_addr_of("127.0.0.1", 80);
    ASSERT_EQ(psk_getnameinfo(&a, NI_NUMERICHOST | NI_NUMERICSERV, out, sizeof out), 0);
    ASSERT_EQ(strcmp(out, "127.0.0.1"), 0);
    ASSERT_EQ(strcmp(out + PSK_NI_SERV_OFFSET, "80"), 0);
#ifdef __GLIBC__
    ASSERT_EQ(psk_getnameinfo(&a, 9999, out, sizeof out), PSK_GAI_ERROR(EAI_BADFLAGS));
#else
    /* musl ignores unknown flag bits; 9999 has NI_NAMEREQD, which loopback's number may fail. */
    int rc = psk_getnameinfo(&a, 9999, out, sizeof out);
    ASSERT(rc == 0 || rc < PSK_GAI_ERROR(0));
#endif
    ASSERT_EQ(psk_getnameinfo(&a, 0, out, PSK_NI_SIZE - 1), -EINVAL);
    ASSERT_EQ(psk_getnameinfo(NULL, 0, out, sizeof out), -EINVAL);

    char msg[256];
    ASSERT_GT(psk_gai_strerror(EAI_NONAME, msg, sizeof msg), 0);
    ASSERT_EQ(strcmp(msg, gai_strerror(EAI_NONAME)), 0);
    ASSERT_EQ(psk_gai_strerror(EAI_NONAME, msg, 5), 4); /* truncated, terminated */
    ASSERT_EQ(msg[4], '\0');
    ASSERT_GT(psk_hstrerror(HOST_NOT_FOUND, msg, sizeof msg), 0);
#ifdef __GLIBC__
    ASSERT_EQ(strcmp(msg, "Unknown host"), 0);
#else
    ASSERT_EQ(strcmp(msg, hstrerror(HOST_NOT_FOUND)), 0); /* musl's own text */
#endif

    /* The flat hostent: addrtype, addrlen, naliases, naddrs, addresses, name, aliases. */
    static unsigned char host[65536];
    int n = psk_gethostbyname("127.0.0.1", host, sizeof host);
    ASSERT_GT(n, 16);
    int32_t hdr[4];
    memcpy(hdr, host, sizeof hdr);
    ASSERT_EQ(hdr[0], AF_INET);
    ASSERT_EQ(hdr[1], 4);
    ASSERT_EQ(hdr[3], 1);
    ASSERT_EQ(memcmp(host + 16, "\x7f\x00\x00\x01", 4), 0);
    ASSERT_EQ(strcmp((const char *)host + 20, "127.0.0.1"), 0);
    ASSERT_EQ(psk_gethostbyname("127.0.0.1", host, 18), -ENOBUFS);

    psk_addr unknown = inet_addr_of("192.0.2.7", 0);
#ifdef __GLIBC__
    ASSERT_EQ(psk_gethostbyaddr(&unknown, host, sizeof host), PSK_H_ERROR(HOST_NOT_FOUND));
#else
    /* musl answers an address without a name with the address itself, as CPython there. */
    ASSERT_GT(psk_gethostbyaddr(&unknown, host, sizeof host), 0);
#endif
    ASSERT(PSK_IS_H_ERROR(PSK_H_ERROR(HOST_NOT_FOUND)));
    psk_addr bad = unknown;
    bad.len = 3;
    ASSERT_EQ(psk_gethostbyaddr(&bad, host, sizeof host), -EAFNOSUPPORT);

    ASSERT_EQ(psk_getservbyname("http", "tcp"), 80);
    ASSERT_EQ(psk_getservbyname("nosuch", NULL), -ENOENT);
    ASSERT_EQ(psk_getservbyport(80, "tcp", out, sizeof out), 4);
    ASSERT_EQ(strcmp(out, "http"), 0);
    ASSERT_EQ(psk_getservbyport(80, "nosuchproto", out, sizeof out), -ENOENT);
    ASSERT_EQ(psk_getservbyport(70000, NULL, out, sizeof out), -EINVAL);
    ASSERT_EQ(psk_getprotobyname("tcp"), 6);
    ASSERT_EQ(psk_getprotobyname("nosuch"), -ENOENT);
    ASSERT_EQ(psk_getprotobyname(NULL), -EINVAL);

    ASSERT_GT(psk_gethostname(out, sizeof out), 0);
    ASSERT_EQ(psk_gethostname(NULL, 10), -EINVAL);
    return 0;
}
