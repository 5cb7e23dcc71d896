/* address.c's converters on their own: byte orders, lengths, family 0 for addrlen 0,
 * unknown families kept as raw bytes (R28), truncation to sockaddr_storage. */
#include "task.h"
#include "internal.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/un.h>

static void inet(void) {
    psk_addr a = inet_addr_of("10.1.2.3", 0x1234);
    struct sockaddr_storage ss;
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)sizeof(struct sockaddr_in));
    const struct sockaddr_in *sin = (const struct sockaddr_in *)&ss;
    ASSERT_EQ(sin->sin_family, AF_INET);
    ASSERT_EQ(sin->sin_port, htons(0x1234));
    ASSERT_EQ(sin->sin_addr.s_addr, htonl(0x0a010203));

    psk_addr back;
    psk__from_sockaddr(&ss, sizeof(struct sockaddr_in), &back);
    ASSERT(memcmp(&a, &back, sizeof a) == 0);
}

static void inet6(void) {
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_INET6;
    a.port = 65535;
    a.flowinfo = 0xabcde;
    a.scope_id = 7;
    a.len = 16;
    ASSERT_EQ(inet_pton(AF_INET6, "fe80::1", a.data), 1);
    struct sockaddr_storage ss;
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)sizeof(struct sockaddr_in6));
    const struct sockaddr_in6 *sin6 = (const struct sockaddr_in6 *)&ss;
    ASSERT_EQ(sin6->sin6_port, htons(65535));
    ASSERT_EQ(sin6->sin6_flowinfo, htonl(0xabcde));
    ASSERT_EQ(sin6->sin6_scope_id, 7);

    psk_addr back;
    psk__from_sockaddr(&ss, sizeof(struct sockaddr_in6), &back);
    ASSERT(memcmp(&a, &back, sizeof a) == 0);
}

static void unix_lengths(void) {
    const size_t base = offsetof(struct sockaddr_un, sun_path);
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    struct sockaddr_storage ss;

    a.len = 0;
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)base); /* autobind */
    memcpy(a.data, "\0abc", 4);
    a.len = 4;
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)(base + 4)); /* abstract: exact */
    memcpy(a.data, "/x/y", 4);
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)(base + 5)); /* path: NUL counted */
    ASSERT_EQ(((struct sockaddr_un *)&ss)->sun_path[4], '\0');

    /* The kernel may or may not count a path's NUL; neither shows in len. */
    psk_addr back;
    psk__from_sockaddr(&ss, (socklen_t)(base + 5), &back);
    ASSERT_EQ(back.len, 4);
    psk__from_sockaddr(&ss, (socklen_t)(base + 4), &back);
    ASSERT_EQ(back.len, 4);
    ASSERT(memcmp(back.data, "/x/y", 4) == 0);
    /* Only the family: unnamed. */
    psk__from_sockaddr(&ss, (socklen_t)base, &back);
    ASSERT_EQ(back.family, AF_UNIX);
    ASSERT_EQ(back.len, 0);
}

static void no_address_and_unknown_family(void) {
    struct sockaddr_storage ss;
    memset(&ss, 0x11, sizeof ss);
    psk_addr back;
    memset(&back, 0x55, sizeof back);
    psk__from_sockaddr(&ss, 0, &back);
    ASSERT_EQ(back.family, 0);
    ASSERT_EQ(back.len, 0);

    ss.ss_family = 16; /* AF_NETLINK: not converted, kept raw */
    psk__from_sockaddr(&ss, 12, &back);
    ASSERT_EQ(back.family, 16);
    ASSERT_EQ(back.len, 10);
    ASSERT_EQ(back.data[0], 0x11);
    ASSERT_EQ(back.data[10], 0);

    /* A length beyond sockaddr_storage (truncated by the kernel) is clamped. */
    psk__from_sockaddr(&ss, 100000, &back);
    ASSERT_EQ(back.len, 108);
}

TEST_IMPL(address_convert) {
    inet();
    inet6();
    unix_lengths();
    no_address_and_unknown_family();
    return 0;
}
