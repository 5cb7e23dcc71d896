/* ifname.c - network interface names and indexes (if_nameindex(3) and friends). */
#include "internal.h"

#include <net/if.h>
#include <string.h>

/* psk_if_entry holds IF_NAMESIZE name bytes, NUL included. */
#define NAME_BYTES sizeof(((psk_if_entry *)0)->name)
_Static_assert(NAME_BYTES == IF_NAMESIZE, "psk_if_entry.name holds any interface name");

int psk_if_nameindex(void *out, int outlen) {
    if (out == NULL || outlen < 0) {
        return -EINVAL;
    }
    struct if_nameindex *all = if_nameindex();
    if (all == NULL) {
        return -errno;
    }
    int count = 0;
    for (struct if_nameindex *p = all; p->if_index != 0 || p->if_name != NULL; p++) {
        count++;
    }
    if ((long)count * PSK_IF_ENTRY_SIZE > outlen) {
        if_freenameindex(all);
        return -ENOBUFS;
    }
    unsigned char *entry = out;
    for (int i = 0; i < count; i++, entry += PSK_IF_ENTRY_SIZE) {
        psk_if_entry e;
        memset(&e, 0, sizeof e);
        e.index = (int32_t)all[i].if_index;
        size_t n = strnlen(all[i].if_name, NAME_BYTES - 1);
        memcpy(e.name, all[i].if_name, n);
        memcpy(entry, &e, sizeof e);
    }
    if_freenameindex(all);
    return count;
}

int psk_if_nametoindex(const char *name) {
    if (name == NULL) {
        return -EINVAL;
    }
    unsigned int index = if_nametoindex(name);
    /* 0 is "no such interface" whatever errno says; CPython ignores errno here too. */
    return index > INT32_MAX ? 0 : (int)index;
}

int psk_if_indextoname(int index, char *out, int outlen) {
    if (index < 0 || out == NULL || outlen < IF_NAMESIZE) {
        return -EINVAL;
    }
    char name[IF_NAMESIZE];
    if (if_indextoname((unsigned int)index, name) == NULL) {
        return -errno;
    }
    size_t n = strnlen(name, IF_NAMESIZE - 1);
    memcpy(out, name, n);
    out[n] = '\0';
    return (int)n;
}
