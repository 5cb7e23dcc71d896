/* sockopt.c - getsockopt/setsockopt as an int (Python's int form) or as raw bytes. */
#include "internal.h"

#include <stdint.h>
#include <string.h>
#include <sys/socket.h>

/* Python's getsockopt(level, opt, buflen) accepts 0 < buflen <= 1024 (socketmodule.c). */
#define GETSOCKOPT_MAX 1024

/*
 * psk_getsockopt_int returns the option as an unsigned 32-bit number, so that a negative
 * value cannot look like an error (Java casts it back to int), or -errno. Like CPython it
 * passes a 4-byte int with optlen 4; a shorter answer (1-byte options on some kernels) is
 * zero-extended from the bytes the kernel wrote.
 */
int64_t psk_getsockopt_int(int fd, int level, int optname) {
    unsigned char raw[sizeof(int)] = {0};
    socklen_t len = sizeof raw;
    if (getsockopt(fd, level, optname, raw, &len) != 0) {
        return -errno;
    }
    if (len == sizeof(uint8_t)) {
        return raw[0];
    }
    if (len == sizeof(uint16_t)) {
        uint16_t v;
        memcpy(&v, raw, sizeof v);
        return v;
    }
    uint32_t v;
    memcpy(&v, raw, sizeof v);
    return (int64_t)v;
}

/* psk_setsockopt_int sets the option from a 4-byte int (CPython's int form): 0 or -errno. */
int psk_setsockopt_int(int fd, int level, int optname, int value) {
    return setsockopt(fd, level, optname, &value, sizeof value) == 0 ? 0 : -errno;
}

/* psk_getsockopt copies up to buflen (0..1024) bytes of the option into buf and returns
 * the optlen the kernel reported, or -errno (-EINVAL for a bad buflen or NULL buf). */
int psk_getsockopt(int fd, int level, int optname, void *buf, int buflen) {
    if (buflen < 0 || buflen > GETSOCKOPT_MAX || (buf == NULL && buflen > 0)) {
        return -EINVAL;
    }
    socklen_t len = (socklen_t)buflen;
    if (getsockopt(fd, level, optname, buf, &len) != 0) {
        return -errno;
    }
    return (int)len;
}

/*
 * psk_setsockopt sets the option from buflen raw bytes: 0 or -errno. buf goes to the
 * kernel unread by C, NULL included: Python's setsockopt(level, opt, None, optlen) passes
 * NULL with a length on purpose (AF_ALG), and elsewhere the kernel answers -EFAULT.
 */
int psk_setsockopt(int fd, int level, int optname, const void *buf, int buflen) {
    if (buflen < 0) {
        return -EINVAL;
    }
    return setsockopt(fd, level, optname, buf, (socklen_t)buflen) == 0 ? 0 : -errno;
}
