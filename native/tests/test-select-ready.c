/* psk_select reports a socket with data readable, a fresh connection writable, clears what is
 * not ready, and gives -EBADF for a closed descriptor, as select(2) and CPython do. */
#include "task.h"

#include <errno.h>
#include <string.h>
#include <sys/select.h>

TEST_IMPL(select_ready) {
    int client, server;
    tcp_pair(&client, &server);
    int nfds = (client > server ? client : server) + 1;

    fd_set r, w;
    FD_ZERO(&r);
    FD_ZERO(&w);
    FD_SET(client, &r);
    FD_SET(server, &r);
    FD_SET(client, &w);
    ASSERT_EQ(psk_select(nfds, &r, &w, NULL, 0), 1);
    ASSERT(!FD_ISSET(client, &r) && !FD_ISSET(server, &r));
    ASSERT(FD_ISSET(client, &w));

    ASSERT_EQ(psk_send(client, "x", 1, 0), 1);
    FD_ZERO(&r);
    FD_SET(client, &r);
    FD_SET(server, &r);
    ASSERT_EQ(psk_select(nfds, &r, NULL, NULL, 2 * SECONDS), 1);
    ASSERT(FD_ISSET(server, &r) && !FD_ISSET(client, &r));

    /* Nothing ready: the whole timeout passes and the set comes back empty. */
    FD_ZERO(&r);
    FD_SET(client, &r);
    int64_t start = now_ns();
    ASSERT_EQ(psk_select(nfds, &r, NULL, NULL, 100 * MS), 0);
    ASSERT_ELAPSED(start, 0.09, 0.6);
    ASSERT(!FD_ISSET(client, &r));

    ASSERT_EQ(psk_select(-1, NULL, NULL, NULL, 0), -EINVAL);
    ASSERT_EQ(psk_select(FD_SETSIZE + 1, NULL, NULL, NULL, 0), -EINVAL);

    ASSERT_EQ(psk_close(client), 0);
    FD_ZERO(&r);
    FD_SET(client, &r);
    ASSERT_EQ(psk_select(nfds, &r, NULL, NULL, 0), -EBADF);
    ASSERT_EQ(psk_close(server), 0);
    return 0;
}
