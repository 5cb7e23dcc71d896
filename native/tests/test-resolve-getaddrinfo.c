/* psk_getaddrinfo packs getaddrinfo(3)'s list into the caller's buffer; EAI codes are encoded. */
#include "task.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>

static int32_t i32(const unsigned char *p) {
    int32_t v;
    memcpy(&v, p, sizeof v);
    return v;
}

TEST_IMPL(resolve_getaddrinfo) {
    static unsigned char out[8192];
    int32_t stream_v4[4] = {AF_INET, SOCK_STREAM, 0, 0};
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "80", stream_v4, out, sizeof out), 1);
    ASSERT_EQ(i32(out), 1);
    const unsigned char *e = out + PSK_AI_HEADER;
    ASSERT_EQ(i32(e), AF_INET);
    ASSERT_EQ(i32(e + 4), SOCK_STREAM);
    ASSERT_EQ(i32(e + 8), IPPROTO_TCP);
#ifdef __GLIBC__
    ASSERT_EQ(i32(e + 12), 0); /* no AI_CANONNAME: no canonname */
#endif
    /* musl gives a canonical name even without AI_CANONNAME; CPython passes it on as well. */
    psk_addr a;
    memcpy(&a, e + 16, sizeof a);
    ASSERT_EQ(a.family, AF_INET);
    ASSERT_EQ(a.port, 80);
    ASSERT_EQ(a.len, 4);
    ASSERT_EQ(memcmp(a.data, "\x7f\x00\x00\x01", 4), 0);

    /* type 0: one entry per socket type (R29); canonname in the first entry only. */
    int32_t any_canon[4] = {AF_INET, 0, 0, AI_CANONNAME};
    int n = psk_getaddrinfo("127.0.0.1", NULL, any_canon, out, sizeof out);
#ifdef __GLIBC__
    ASSERT_EQ(n, 3); /* stream, datagram, raw */
#else
    ASSERT_EQ(n, 2); /* musl gives no SOCK_RAW entry; CPython passes on what the libc gives */
#endif
    int32_t canon = i32(out + PSK_AI_HEADER + 12);
    ASSERT_GE(canon, PSK_AI_HEADER + n * PSK_AI_ENTRY_SIZE);
    ASSERT_EQ(strcmp((const char *)out + canon, "127.0.0.1"), 0);
#ifdef __GLIBC__
    ASSERT_EQ(i32(out + PSK_AI_HEADER + PSK_AI_ENTRY_SIZE + 12), 0); /* musl names every entry */
#endif

    /* IPv6 literal with a scope: the psk_addr carries it. */
    int32_t v6[4] = {AF_INET6, SOCK_STREAM, 0, 0};
    ASSERT_EQ(psk_getaddrinfo("::1", "443", v6, out, sizeof out), 1);
    memcpy(&a, out + PSK_AI_HEADER + 16, sizeof a);
    ASSERT_EQ(a.family, AF_INET6);
    ASSERT_EQ(a.port, 443);
    ASSERT_EQ(a.len, 16);
    ASSERT_EQ(a.data[15], 1);

    /* Failures: EAI codes come back as PSK_GAI_ERROR, distinct from any -errno. */
    int32_t bad_family[4] = {999, 0, 0, 0};
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "80", bad_family, out, sizeof out), PSK_GAI_ERROR(EAI_FAMILY));
    ASSERT(PSK_IS_GAI_ERROR(PSK_GAI_ERROR(EAI_FAMILY)));
    ASSERT(!PSK_IS_GAI_ERROR(-ENOENT));
    ASSERT_EQ(psk_getaddrinfo(NULL, NULL, stream_v4, out, sizeof out), PSK_GAI_ERROR(EAI_NONAME));
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "nosuchsvc", stream_v4, out, sizeof out), PSK_GAI_ERROR(EAI_SERVICE));

    /* Too small a buffer writes nothing and asks for more. */
    memset(out, 0x55, sizeof out);
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "80", stream_v4, out, PSK_AI_HEADER + 10), -ENOBUFS);
    ASSERT_EQ(out[0], 0x55);

    /* Bad arguments. */
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "80", NULL, out, sizeof out), -EINVAL);
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "80", stream_v4, NULL, 100), -EINVAL);
    ASSERT_EQ(psk_getaddrinfo("127.0.0.1", "80", stream_v4, out, 4), -EINVAL);
    return 0;
}
