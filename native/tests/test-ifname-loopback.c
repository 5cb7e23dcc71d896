/* if_nameindex lists lo; name and index convert both ways; unknown ones fail cleanly. */
#include "task.h"

#include <errno.h>
#include <string.h>

TEST_IMPL(ifname_loopback) {
    static unsigned char out[PSK_IF_ENTRY_SIZE * 256];
    int n = psk_if_nameindex(out, sizeof out);
    ASSERT_GT(n, 0);
    int lo = psk_if_nametoindex("lo");
    ASSERT_GT(lo, 0);
    int found = 0;
    for (int i = 0; i < n; i++) {
        int32_t index;
        memcpy(&index, out + i * PSK_IF_ENTRY_SIZE, sizeof index);
        if (strcmp((const char *)out + i * PSK_IF_ENTRY_SIZE + 4, "lo") == 0) {
            ASSERT_EQ(index, lo);
            found = 1;
        }
    }
    ASSERT(found);
    ASSERT_EQ(psk_if_nameindex(out, PSK_IF_ENTRY_SIZE * n - 1), -ENOBUFS);

    char name[64];
    ASSERT_EQ(psk_if_indextoname(lo, name, sizeof name), 2);
    ASSERT_EQ(strcmp(name, "lo"), 0);
    ASSERT_EQ(psk_if_indextoname(999999, name, sizeof name), -ENXIO);
    ASSERT_EQ(psk_if_indextoname(lo, name, 4), -EINVAL);
    ASSERT_EQ(psk_if_nametoindex("nosuch"), 0);
    ASSERT_EQ(psk_if_nametoindex(NULL), -EINVAL);
    return 0;
}
