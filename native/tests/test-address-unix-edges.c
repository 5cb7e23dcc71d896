/* address.c's AF_UNIX edges (R27): the longest path name both ways (107 bytes + NUL out; a
 * full 108-byte sun_path without NUL in), the shortest abstract name ("\0" alone), and
 * bytes after a path's NUL, which are not part of the name. */
#include "task.h"
#include "internal.h"

#include <stddef.h>
#include <string.h>
#include <sys/un.h>

TEST_IMPL(address_unix_edges) {
    const size_t base = offsetof(struct sockaddr_un, sun_path);
    struct sockaddr_storage ss;
    psk_addr a;
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;

    memset(a.data, 'p', 107);
    a.data[0] = '/';
    a.len = 107;
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)(base + 108)); /* 107 bytes and the NUL */
    ASSERT_EQ(((struct sockaddr_un *)&ss)->sun_path[107], '\0');

    /* A kernel may report a 108-byte path filling sun_path, without a NUL. */
    struct sockaddr_un *sun = (struct sockaddr_un *)&ss;
    memset(sun->sun_path, 'q', sizeof sun->sun_path);
    sun->sun_path[0] = '/';
    psk_addr back;
    psk__from_sockaddr(&ss, (socklen_t)(base + 108), &back);
    ASSERT_EQ(back.family, AF_UNIX);
    ASSERT_EQ(back.len, 108);
    ASSERT_EQ(back.data[107], 'q');

    /* A path name ends at its NUL, whatever follows it in sun_path. */
    memcpy(sun->sun_path, "/a\0junk", 7);
    psk__from_sockaddr(&ss, (socklen_t)(base + 7), &back);
    ASSERT_EQ(back.len, 2);
    ASSERT(memcmp(back.data, "/a", 2) == 0);

    /* The shortest abstract name is the 0 byte alone, and stays one byte long. */
    memset(&a, 0, sizeof a);
    a.family = AF_UNIX;
    a.len = 1;
    ASSERT_EQ(psk__to_sockaddr(&a, &ss), (int)(base + 1));
    psk__from_sockaddr(&ss, (socklen_t)(base + 1), &back);
    ASSERT_EQ(back.len, 1);
    ASSERT_EQ(back.data[0], 0);
    return 0;
}
