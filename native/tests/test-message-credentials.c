/* SCM_CREDENTIALS (scenario 76): with SO_PASSCRED on the receiver, each message carries one
 * (SOL_SOCKET, SCM_CREDENTIALS) item of 12 bytes, struct ucred of the sender; a sender may
 * also pass its own credentials explicitly, and a pid not its own is refused (ESRCH/EPERM). */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

TEST_IMPL(message_credentials) {
    int32_t sv[2];
    ASSERT_EQ(psk_socketpair(AF_UNIX, SOCK_DGRAM, 0, sv), 0);
    ASSERT_EQ(psk_setsockopt_int(sv[1], SOL_SOCKET, SO_PASSCRED, 1), 0);
    struct iovec x = {"x", 1};
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, NULL, 0, NULL, 0, 0, NULL), 1);

    char buf[8];
    struct iovec in = {buf, sizeof buf};
    /* items: one item header and the ucred (on 32-bit the item header is the larger). */
    unsigned char control[CMSG_SPACE(sizeof(struct ucred))], items[PSK_ITEM_SPACE(sizeof(struct ucred))];
    int32_t res[3];
    psk_addr from;
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, sizeof control, items, sizeof items, 0, &from, res), 1);
    ASSERT_EQ(res[0], 0);
    ASSERT_EQ(res[2], 1);
    psk_cmsg_item item = item_at(items, 0);
    ASSERT_EQ(item.level, SOL_SOCKET);
    ASSERT_EQ(item.type, SCM_CREDENTIALS);
    ASSERT_EQ(item.len, (int)sizeof(struct ucred));
    struct ucred cred;
    memcpy(&cred, items + sizeof item, sizeof cred);
    ASSERT_EQ(cred.pid, getpid());
    ASSERT_EQ(cred.uid, getuid());
    ASSERT_EQ(cred.gid, getgid());

    /* Explicit credentials: our own are accepted, pid 0x7ffffff0 is not ours. */
    unsigned char out_items[64], out_control[CMSG_SPACE(sizeof cred)];
    int off = 0;
    put_item(out_items, &off, SOL_SOCKET, SCM_CREDENTIALS, &cred, (int)sizeof cred);
    ASSERT_EQ(psk_sendmsg(sv[0], &x, 1, out_items, off, out_control, sizeof out_control, 0, NULL), 1);
    ASSERT_EQ(psk_recvmsg(sv[1], &in, 1, control, sizeof control, items, sizeof items, 0, &from, res), 1);
    ASSERT_EQ(res[2], 1);
    cred.pid = 0x7ffffff0;
    off = 0;
    put_item(out_items, &off, SOL_SOCKET, SCM_CREDENTIALS, &cred, (int)sizeof cred);
    int rc = psk_sendmsg(sv[0], &x, 1, out_items, off, out_control, sizeof out_control, 0, NULL);
    ASSERT(rc == -ESRCH || rc == -EPERM);

    ASSERT_EQ(psk_close(sv[0]), 0);
    ASSERT_EQ(psk_close(sv[1]), 0);
    return 0;
}
