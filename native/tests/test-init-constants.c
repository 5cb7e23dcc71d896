/* psk_init writes the platform's values in PSK_CONSTANTS order; Linux has them all. */
#include "task.h"

#include <errno.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <sys/socket.h>

#define NAME(name) #name,
static const char *names[] = {PSK_CONSTANTS(NAME)};
#undef NAME
#define VALUE(name) (int32_t)(name),
static const int32_t expected[] = {PSK_CONSTANTS(VALUE)};
#undef VALUE
#define COUNT ((int)(sizeof names / sizeof names[0]))

static int32_t lookup(const int32_t *table, const char *name) {
    for (int i = 0; i < COUNT; i++) {
        if (strcmp(names[i], name) == 0) {
            return table[i];
        }
    }
    fprintf(stderr, "no constant %s\n", name);
    abort();
}

TEST_IMPL(init_constants) {
    ASSERT_EQ(psk_init(NULL, 0), COUNT);

    int32_t table[COUNT + 2];
    ASSERT_EQ(psk_init(table, COUNT + 2), COUNT);
    for (int i = 0; i < COUNT; i++) {
        if (table[i] != expected[i] || table[i] == PSK_ABSENT) {
            fprintf(stderr, "%s: %d, expected %d\n", names[i], table[i], expected[i]);
            ASSERT(0);
        }
    }
    /* Slots past the library's list (a newer Java table) read as absent. */
    ASSERT_EQ(table[COUNT], PSK_ABSENT);
    ASSERT_EQ(table[COUNT + 1], PSK_ABSENT);

    ASSERT_EQ(lookup(table, "AF_UNSPEC"), 0);
    ASSERT_EQ(lookup(table, "AF_UNIX"), 1);
    ASSERT_EQ(lookup(table, "AF_INET"), 2);
    ASSERT_EQ(lookup(table, "AF_INET6"), 10);
    ASSERT_EQ(lookup(table, "SOCK_STREAM"), 1);
    ASSERT_EQ(lookup(table, "SOCK_DGRAM"), 2);
    ASSERT_EQ(lookup(table, "SOL_SOCKET"), 1);
    ASSERT_EQ(lookup(table, "MSG_NOSIGNAL"), 0x4000);
    ASSERT_EQ(lookup(table, "EAGAIN"), 11);
    ASSERT_EQ(lookup(table, "EWOULDBLOCK"), 11);
    ASSERT_EQ(lookup(table, "ECONNREFUSED"), 111);
    ASSERT_EQ(lookup(table, "EINPROGRESS"), 115);

    /* A shorter table gets exactly n values and nothing past them. */
    int32_t small[4] = {7, 7, 7, 7};
    ASSERT_EQ(psk_init(small, 3), COUNT);
    ASSERT_EQ(small[0], expected[0]);
    ASSERT_EQ(small[2], expected[2]);
    ASSERT_EQ(small[3], 7);

    ASSERT_EQ(psk_init(NULL, 1), -EINVAL);
    ASSERT_EQ(psk_init(table, -1), -EINVAL);
    return 0;
}
