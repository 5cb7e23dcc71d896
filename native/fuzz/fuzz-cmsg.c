/*
 * fuzz-cmsg.c - libFuzzer target for native/src/cmsg.c, the ancillary-data builder and parser.
 *
 * The first input byte picks the mode, the next two the size of the output area; the rest is
 *   mode even: control data as a kernel (or anything else) might write it -> psk__cmsg_parse;
 *   mode odd:  items as Java might write them -> psk__cmsg_build, then parse the result back,
 *              which must give the same items (level, type, len and data).
 * Every buffer is malloc'd at its exact size, so ASan reports a read or write one byte past.
 * Descriptors the parser would close are only counted: closing arbitrary numbers would close
 * the fuzzer's own files. Built and run by CMakeLists.txt when clang is installed (a bounded
 * run from the committed corpus in native/fuzz/corpus/cmsg is one of the C tests).
 */
#include "cmsg.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

static size_t fds_to_close;

static void count_close(int fd) {
    (void)fd;
    fds_to_close++;
}

static void check(int ok) {
    if (!ok) {
        abort();
    }
}

/* fuzz_parse: the parse stays inside both buffers and writes only well-formed items. */
static void fuzz_parse(const uint8_t *data, size_t size, int itemslen) {
    void *control = malloc(size == 0 ? 1 : size); /* malloc's alignment suits struct cmsghdr */
    unsigned char *items = malloc((size_t)itemslen + 1);
    check(control != NULL && items != NULL);
    memcpy(control, data, size);
    struct psk__cmsg_parsed r = psk__cmsg_parse(control, size, items, itemslen, count_close);
    check(r.used >= 0 && r.used <= itemslen && r.count >= 0);
    int off = 0;
    for (int i = 0; i < r.count; i++) {
        psk_cmsg_item item;
        check(r.used - off >= (int)sizeof item);
        memcpy(&item, items + off, sizeof item);
        check(item.len >= 0 && item.len <= r.used - off - (int)sizeof item);
        off += PSK_ITEM_SPACE(item.len);
    }
    check(off == r.used);
    free(items);
    free(control);
}

/* fuzz_build: a successful build parses back to the same items. */
static void fuzz_build(const uint8_t *data, size_t size, int controllen) {
    if (size > INT32_MAX) {
        return;
    }
    unsigned char *items = malloc(size == 0 ? 1 : size);
    void *control = malloc((size_t)controllen + 1);
    check(items != NULL && control != NULL);
    memcpy(items, data, size);
    int used = psk__cmsg_build(items, (int)size, control, controllen);
    if (used >= 0) {
        check(used <= controllen);
        int back_len = used + (int)sizeof(psk_cmsg_item);
        unsigned char *back = malloc((size_t)back_len);
        check(back != NULL);
        struct psk__cmsg_parsed r = psk__cmsg_parse(control, (size_t)used, back, back_len, count_close);
        check(!r.dropped);
        /* Compare item by item: the input's padding bytes are arbitrary, the parse's zero. */
        int in_off = 0, out_off = 0;
        for (int i = 0; i < r.count; i++) {
            psk_cmsg_item a, b;
            memcpy(&a, items + in_off, sizeof a);
            memcpy(&b, back + out_off, sizeof b);
            check(a.level == b.level && a.type == b.type && a.len == b.len);
            check(memcmp(items + in_off + sizeof a, back + out_off + sizeof b, (size_t)a.len) == 0);
            in_off += PSK_ITEM_SPACE(a.len);
            out_off += PSK_ITEM_SPACE(b.len);
        }
        check(in_off >= (int)size && out_off == r.used);
        free(back);
    } else {
        check(used == -EINVAL || used == -ENOBUFS);
    }
    free(control);
    free(items);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 3) {
        return 0;
    }
    int mode = data[0];
    int room = data[1] | (data[2] << 8); /* 0..65535: small, exact and short areas alike */
    if (mode & 1) {
        fuzz_build(data + 3, size - 3, room);
    } else {
        fuzz_parse(data + 3, size - 3, room);
    }
    return 0;
}
