/* init.c - psk_init (the platform's constants, in PSK_CONSTANTS order) and psk_strerror. */
#include "internal.h"

#include "constants.h"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

/* int64_t: some values do not fit an int (INADDR_BROADCAST 0xffffffff, CAN_EFF_FLAG
 * 0x80000000 would even collide with an int32 "absent" marker). */
#define PSK_VALUE(name) (int64_t)(name),
static const int64_t constants[] = {PSK_CONSTANTS(PSK_VALUE)};
#undef PSK_VALUE

#define CONSTANT_COUNT ((int)(sizeof constants / sizeof constants[0]))

/*
 * psk_init writes min(n, count) constants into table and PSK_ABSENT into any slot past
 * the list (a Java table newer than this library), and returns count, the number of
 * constants this library knows, so that the caller can detect a mismatch. table may be
 * NULL only when n is 0 (a query of count); n < 0 gives -EINVAL.
 */
int psk_init(int64_t *table, int n) {
    if (n < 0 || (table == NULL && n > 0)) {
        return -EINVAL;
    }
    for (int i = 0; i < n; i++) {
        table[i] = i < CONSTANT_COUNT ? constants[i] : PSK_ABSENT;
    }
    return CONSTANT_COUNT;
}

/*
 * psk_strerror copies the C library's message for errnum into buf, truncated to
 * buflen - 1 bytes and always NUL-terminated, and returns its length (strlen(buf)).
 * Unknown numbers give the C library's "Unknown error N". buflen <= 0 or a NULL buf
 * gives -EINVAL.
 */
int psk_strerror(int errnum, char *buf, int buflen) {
    if (buf == NULL || buflen <= 0) {
        return -EINVAL;
    }
#if defined(__GLIBC__) && defined(_GNU_SOURCE)
    /* The GNU strerror_r returns the message, which may be a static string and not buf
     * (strerror_r(3)), so copy it; snprintf truncates and terminates. */
    char scratch[256];
    const char *msg = strerror_r(errnum, scratch, sizeof scratch);
    snprintf(buf, (size_t)buflen, "%s", msg);
#else
    /* XSI strerror_r fills buf and returns 0 or an error number (ERANGE: truncated,
     * still terminated on the C libraries we know; EINVAL: unknown number). */
    if (strerror_r(errnum, buf, (size_t)buflen) == EINVAL) {
        snprintf(buf, (size_t)buflen, "Unknown error %d", errnum);
    }
    buf[buflen - 1] = '\0';
#endif
    return (int)strlen(buf);
}
