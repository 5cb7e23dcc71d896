/* psk_init writes the platform's values in PSK_CONSTANTS order; Linux has them all. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>

#define NAME(name) #name,
static const char *names[] = {PSK_CONSTANTS(NAME)};
#undef NAME
#define COUNT ((int)(sizeof names / sizeof names[0]))

static int64_t lookup(const int64_t *table, const char *name) {
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

    int64_t table[COUNT + 2];
    ASSERT_EQ(psk_init(table, COUNT + 2), COUNT);
    /* The values come from the headers (init.c and constants.h): glibc plus the Linux uapi
     * headers define every name of Python's Linux set, so none may be absent here. */
    for (int i = 0; i < COUNT; i++) {
        if (table[i] == PSK_ABSENT) {
            fprintf(stderr, "%s is absent\n", names[i]);
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
    /* The appended set: renamed (CAN_BCM_*), enum-only, CPython-supplied and wide values. */
    ASSERT_EQ(lookup(table, "CAN_BCM_TX_SETUP"), 1);
    ASSERT_EQ(lookup(table, "CAN_RAW_FILTER"), 1);
    ASSERT_EQ(lookup(table, "TIPC_NODE_SCOPE"), 3);
    ASSERT_EQ(lookup(table, "ALG_SET_PUBKEY"), 6);
    ASSERT_EQ(lookup(table, "IPPORT_USERRESERVED"), 5000);
    ASSERT_EQ(lookup(table, "UDPLITE_RECV_CSCOV"), 11);
    ASSERT_EQ(lookup(table, "EAI_SYSTEM"), -11);
    ASSERT_EQ(lookup(table, "TIPC_WAIT_FOREVER"), -1);
    ASSERT_EQ(lookup(table, "INADDR_BROADCAST"), 0xffffffffLL);
    ASSERT_EQ(lookup(table, "CAN_EFF_FLAG"), 0x80000000LL);
    /* _IO(7, 0xb9): 1977 on most CPUs; powerpc's _IO sets its own direction bit (0x20000000). */
    ASSERT_EQ(lookup(table, "IOCTL_VM_SOCKETS_GET_LOCAL_CID"), (int64_t)_IO(7, 0xb9));

    /* A shorter table gets exactly n values and nothing past them. */
    int64_t small[4] = {7, 7, 7, 7};
    ASSERT_EQ(psk_init(small, 3), COUNT);
    ASSERT_EQ(small[0], table[0]);
    ASSERT_EQ(small[2], table[2]);
    ASSERT_EQ(small[3], 7);

    ASSERT_EQ(psk_init(NULL, 1), -EINVAL);
    ASSERT_EQ(psk_init(table, -1), -EINVAL);
    return 0;
}
