/* SO_PEERCRED through the generic getsockopt (docs/python-semantics.md §4, scenario 68): the bytes form gives
 * struct ucred {pid, uid, gid} of the peer (this process), cut to a shorter buflen; the int
 * form reads the pid. */
#include "task.h"

#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

TEST_IMPL(sockopt_peercred) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_STREAM, 0, sv), 0);
    struct ucred cred;
    memset(&cred, 0x55, sizeof cred);
    ASSERT_EQ(psk_getsockopt(sv[0], SOL_SOCKET, SO_PEERCRED, &cred, (int)sizeof cred), 12);
    ASSERT_EQ(cred.pid, getpid());
    ASSERT_EQ(cred.uid, geteuid());
    ASSERT_EQ(cred.gid, getegid());

    unsigned char big[64];
    ASSERT_EQ(psk_getsockopt(sv[1], SOL_SOCKET, SO_PEERCRED, big, (int)sizeof big), 12);
    unsigned char small[8];
    ASSERT_EQ(psk_getsockopt(sv[1], SOL_SOCKET, SO_PEERCRED, small, (int)sizeof small), 8);

    ASSERT_EQ(psk_getsockopt_int(sv[1], SOL_SOCKET, SO_PEERCRED), getpid());
    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    return 0;
}
