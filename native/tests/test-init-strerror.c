/* psk_strerror gives the C library's message, truncated and always NUL-terminated. */
#include "task.h"

#include <errno.h>
#include <string.h>

TEST_IMPL(init_strerror) {
    char buf[256];
    ASSERT_EQ(psk_strerror(111, buf, sizeof buf), 18);
    ASSERT(strcmp(buf, "Connection refused") == 0);

    ASSERT_EQ(psk_strerror(EPIPE, buf, sizeof buf), (int)strlen("Broken pipe"));
    ASSERT(strcmp(buf, "Broken pipe") == 0);

    char small[5];
    memset(small, 'x', sizeof small);
    ASSERT_EQ(psk_strerror(111, small, sizeof small), 4);
    ASSERT(strcmp(small, "Conn") == 0);

    char one[1] = {'x'};
    ASSERT_EQ(psk_strerror(111, one, 1), 0);
    ASSERT_EQ(one[0], '\0');

    int n = psk_strerror(99999, buf, sizeof buf);
    ASSERT_EQ(n, (int)strlen(buf));
#ifdef __GLIBC__
    ASSERT(strncmp(buf, "Unknown error", 13) == 0);
#else
    ASSERT(n > 0); /* musl's own text ("No error information"), as CPython's os.strerror there */
#endif

    ASSERT_EQ(psk_strerror(111, NULL, 10), -EINVAL);
    ASSERT_EQ(psk_strerror(111, buf, 0), -EINVAL);
    ASSERT_EQ(psk_strerror(111, buf, -1), -EINVAL);
    return 0;
}
