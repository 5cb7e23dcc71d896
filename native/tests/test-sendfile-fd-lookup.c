/* psk_file_dup_at_offset finds the descriptor whose file offset was set to a value, and
 * returns a duplicate sharing that offset; no such offset is -ENOENT. */
#include "task.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#define PROBE ((int64_t)1234567891)

TEST_IMPL(sendfile_fd_lookup) {
    char path[] = "/tmp/psk-sendfile-XXXXXX";
    int file = mkstemp(path);
    ASSERT_GE(file, 0);
    ASSERT_EQ(unlink(path), 0);

    ASSERT_EQ(psk_file_dup_at_offset(PROBE), -ENOENT);
    ASSERT_EQ(lseek(file, PROBE, SEEK_SET), PROBE);
    int copy = psk_file_dup_at_offset(PROBE);
    ASSERT_GE(copy, 0);
    ASSERT_NE(copy, file);
    ASSERT(fcntl(copy, F_GETFD) & FD_CLOEXEC);
    ASSERT_EQ(psk_file_offset(copy), PROBE);
    ASSERT_EQ(lseek(file, PROBE + 1, SEEK_SET), PROBE + 1);
    ASSERT_EQ(psk_file_offset(copy), PROBE + 1); /* one open file description */
    ASSERT_EQ(psk_file_dup_at_offset(-1), -EINVAL);

    ASSERT_EQ(close(copy), 0);
    ASSERT_EQ(close(file), 0);
    return 0;
}
