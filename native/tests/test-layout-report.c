/* psk_layout reports each record's size and offsets as this header compiles them, once each. */
#include "task.h"

#include <errno.h>
#include <stddef.h>
#include <string.h>
#include <sys/uio.h>

static char text[4096];

/* value returns the number on the line "name=..." of text, aborting unless exactly one exists. */
static long long value(const char *name) {
    long long found = -1;
    int count = 0;
    size_t len = strlen(name);
    for (const char *line = text; *line != '\0'; line = strchr(line, '\n') + 1) {
        ASSERT(strchr(line, '\n') != NULL);
        if (strncmp(line, name, len) == 0 && line[len] == '=') {
            found = strtoll(line + len + 1, NULL, 10);
            count++;
        }
    }
    if (count != 1) {
        fprintf(stderr, "%s reported %d times\n", name, count);
        abort();
    }
    return found;
}

TEST_IMPL(layout_report) {
    int n = psk_layout(text, sizeof text);
    ASSERT_GT(n, 0);
    ASSERT_EQ(strlen(text), n);
    ASSERT_EQ(text[n - 1], '\n');

    ASSERT_EQ(value("ADDR_SIZE"), sizeof(psk_addr));
    ASSERT_EQ(value("ADDR_SIZE"), PSK_ADDR_SIZE);
    ASSERT_EQ(value("ADDR_FAMILY"), offsetof(psk_addr, family));
    ASSERT_EQ(value("ADDR_PORT"), offsetof(psk_addr, port));
    ASSERT_EQ(value("ADDR_FLOWINFO"), offsetof(psk_addr, flowinfo));
    ASSERT_EQ(value("ADDR_SCOPE_ID"), offsetof(psk_addr, scope_id));
    ASSERT_EQ(value("ADDR_LEN"), offsetof(psk_addr, len));
    ASSERT_EQ(value("ADDR_DATA"), offsetof(psk_addr, data));
    ASSERT_EQ(value("ADDR_DATA_MAX"), sizeof(((psk_addr *)0)->data));
    ASSERT_EQ(value("AI_HEADER"), PSK_AI_HEADER);
    ASSERT_EQ(value("AI_ENTRY_SIZE"), PSK_AI_ENTRY_SIZE);
    ASSERT_EQ(value("AI_FAMILY"), offsetof(psk_ai_entry, family));
    ASSERT_EQ(value("AI_SOCKTYPE"), offsetof(psk_ai_entry, socktype));
    ASSERT_EQ(value("AI_PROTOCOL"), offsetof(psk_ai_entry, protocol));
    ASSERT_EQ(value("AI_CANONNAME"), offsetof(psk_ai_entry, canonname));
    ASSERT_EQ(value("AI_ADDR"), offsetof(psk_ai_entry, addr));
    ASSERT_EQ(value("NI_SIZE"), PSK_NI_SIZE);
    ASSERT_EQ(value("NI_SERV_OFFSET"), PSK_NI_SERV_OFFSET);
    ASSERT_EQ(value("HOSTENT_SIZE"), sizeof(psk_hostent));
    ASSERT_EQ(value("HOSTENT_ADDRTYPE"), offsetof(psk_hostent, addrtype));
    ASSERT_EQ(value("HOSTENT_ADDRLEN"), offsetof(psk_hostent, addrlen));
    ASSERT_EQ(value("HOSTENT_NALIASES"), offsetof(psk_hostent, naliases));
    ASSERT_EQ(value("HOSTENT_NADDRS"), offsetof(psk_hostent, naddrs));
    ASSERT_EQ(value("IF_ENTRY_SIZE"), PSK_IF_ENTRY_SIZE);
    ASSERT_EQ(value("IF_INDEX"), offsetof(psk_if_entry, index));
    ASSERT_EQ(value("IF_NAME"), offsetof(psk_if_entry, name));
    ASSERT_EQ(value("IF_NAME_MAX"), sizeof(((psk_if_entry *)0)->name));
    ASSERT_EQ(value("IOV_SIZE"), sizeof(struct iovec));
    ASSERT_EQ(value("IOV_BASE"), offsetof(struct iovec, iov_base));
    ASSERT_EQ(value("IOV_LEN"), offsetof(struct iovec, iov_len));
    ASSERT_EQ(value("ITEM_SIZE"), sizeof(psk_cmsg_item));
    ASSERT_EQ(value("ITEM_LEVEL"), offsetof(psk_cmsg_item, level));
    ASSERT_EQ(value("ITEM_TYPE"), offsetof(psk_cmsg_item, type));
    ASSERT_EQ(value("ITEM_LEN"), offsetof(psk_cmsg_item, len));
    ASSERT_EQ(value("ITEM_ALIGN"), PSK_ITEM_ALIGN);
    /* The records as written before the layout was reported (Linux x86-64 and aarch64). */
    ASSERT_EQ(value("ADDR_SIZE"), 128);
    ASSERT_EQ(value("AI_ENTRY_SIZE"), 144);
    ASSERT_EQ(value("AI_ADDR"), 16);
    ASSERT_EQ(value("HOSTENT_SIZE"), 16);
    ASSERT_EQ(value("IF_ENTRY_SIZE"), 20);

    /* Every line is NAME=digits. */
    int lines = 0;
    for (const char *line = text; *line != '\0'; line = strchr(line, '\n') + 1, lines++) {
        const char *eq = strchr(line, '=');
        ASSERT(eq != NULL && eq < strchr(line, '\n'));
        ASSERT(strspn(eq + 1, "0123456789") == (size_t)(strchr(line, '\n') - eq - 1));
    }
    ASSERT_EQ(lines, 34);

    /* Exactly n + 1 bytes are needed; one less writes a terminated prefix and says so. */
    static char small[4096];
    ASSERT_EQ(psk_layout(small, n + 1), n);
    ASSERT_EQ(strcmp(small, text), 0);
    memset(small, 'x', sizeof small);
    ASSERT_EQ(psk_layout(small, n), -ENOBUFS);
    ASSERT_EQ(small[n - 1], '\0');
    ASSERT_EQ(small[n], 'x');
    memset(small, 'x', sizeof small);
    ASSERT_EQ(psk_layout(small, 0), -ENOBUFS);
    ASSERT_EQ(small[0], 'x');

    ASSERT_EQ(psk_layout(NULL, 10), -EINVAL);
    ASSERT_EQ(psk_layout(small, -1), -EINVAL);
    return 0;
}
