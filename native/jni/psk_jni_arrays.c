/* psk_jni_arrays.c: the JNI binding's byte[] calls, written by hand (tools/gen_jni.py
 * refuses array arguments). Registered on dev.pysocket.internal.posix.JniArrays; the
 * rules they keep are docs/jni.md's.
 *
 * Each wrapper copies once between the Java array and C memory it owns for the call
 * (the stack up to PSK_JNI_STACK_MAX bytes, malloc above it, freed before returning),
 * and makes the syscall with no array pinned: no GetPrimitiveArrayCritical, because the
 * calls can block (docs/jni.md section 5). Java has validated off and len against the
 * array, so Get/SetByteArrayRegion cannot throw in practice; if one did, its exception
 * is pending and the wrapper makes no further JNI call (section 1). No local reference is
 * made (section 2). Results are psk_*'s: the count, or -errno (-ENOMEM when malloc fails,
 * with nothing sent or received). */

#include <errno.h>
#include <jni.h>
#include <stdint.h>
#include <stdlib.h>

#include "pysocket.h"

/* PSK_JNI_STACK_MAX: the largest copy kept on the C stack. A Java thread's native stack is
 * hundreds of KiB at least (-Xss, default 1 MiB on Linux x64); 8 KiB leaves it ample room,
 * and a larger call pays one malloc, which glibc serves from its arenas below 128 KiB. */
#define PSK_JNI_STACK_MAX 8192

/* copy_area: C memory for a copy of len bytes (len >= 0, checked in Java): stack when it fits
 * PSK_JNI_STACK_MAX, else a malloc the caller frees with release_area; NULL when malloc fails. */
static char *copy_area(char *stack, jint len) {
    return len <= PSK_JNI_STACK_MAX ? stack : malloc((size_t)len);
}

static void release_area(char *p, const char *stack) {
    if (p != stack) {
        free(p);
    }
}

/* copy_in: buf[off, off+len) into p. 0, or -EINVAL with GetByteArrayRegion's exception pending
 * (the value is then ignored: the exception is what Java sees; docs/jni.md section 1). */
static int copy_in(JNIEnv *env, jbyteArray buf, jint off, jint len, char *p) {
    if (len > 0) {
        (*env)->GetByteArrayRegion(env, buf, off, len, (jbyte *)p);
        if ((*env)->ExceptionCheck(env)) {
            return -EINVAL;
        }
    }
    return 0;
}

/* copy_out: the n bytes a recv reported back into buf[off, ...), at most len of them: with
 * MSG_TRUNC n may exceed len, and only len bytes were written. */
static void copy_out(JNIEnv *env, jbyteArray buf, jint off, jint len, const char *p, int n) {
    if (n > 0) {
        (*env)->SetByteArrayRegion(env, buf, off, n < len ? n : len, (const jbyte *)p);
    }
}

/* JniArrays.recv(fd, buf, off, len, flags, timeoutNanos): psk_recv, or psk_recv_timed for a
 * positive timeout, into buf[off, off+len). */
static jint JNICALL a_recv(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                           jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = copy_area(stack, len);
    if (p == NULL) {
        return -ENOMEM;
    }
    int n = timeout_ns > 0 ? psk_recv_timed(fd, p, len, flags, (int64_t)timeout_ns) : psk_recv(fd, p, len, flags);
    copy_out(env, buf, off, len, p, n);
    release_area(p, stack);
    return n;
}

/* JniArrays.recvfrom(fd, buf, off, len, flags, from, timeoutNanos): psk_recvfrom, or
 * psk_recvfrom_timed for a positive timeout, into buf[off, off+len), the sender written to the
 * psk_addr block at address from (the calling thread's scratch, which Java reads back). */
static jint JNICALL a_recvfrom(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                               jlong from, jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = copy_area(stack, len);
    if (p == NULL) {
        return -ENOMEM;
    }
    psk_addr *a = (psk_addr *)(intptr_t)from;
    int n = timeout_ns > 0 ? psk_recvfrom_timed(fd, p, len, flags, a, (int64_t)timeout_ns)
                           : psk_recvfrom(fd, p, len, flags, a);
    copy_out(env, buf, off, len, p, n);
    release_area(p, stack);
    return n;
}

/* JniArrays.send(fd, buf, off, len, flags, timeoutNanos): psk_send, or psk_send_timed for a
 * positive timeout, of buf[off, off+len), in one call (a datagram is never cut). */
static jint JNICALL a_send(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                           jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = copy_area(stack, len);
    if (p == NULL) {
        return -ENOMEM;
    }
    int n = copy_in(env, buf, off, len, p);
    if (n == 0) {
        n = timeout_ns > 0 ? psk_send_timed(fd, p, len, flags, (int64_t)timeout_ns) : psk_send(fd, p, len, flags);
    }
    release_area(p, stack);
    return n;
}

/* JniArrays.sendto(fd, buf, off, len, flags, to, timeoutNanos): psk_sendto, or
 * psk_sendto_timed for a positive timeout, of buf[off, off+len) in one call, to the psk_addr
 * block at address to (the calling thread's scratch, written by Java). */
static jint JNICALL a_sendto(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                             jlong to, jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = copy_area(stack, len);
    if (p == NULL) {
        return -ENOMEM;
    }
    const psk_addr *a = (const psk_addr *)(intptr_t)to;
    int n = copy_in(env, buf, off, len, p);
    if (n == 0) {
        n = timeout_ns > 0 ? psk_sendto_timed(fd, p, len, flags, a, (int64_t)timeout_ns)
                           : psk_sendto(fd, p, len, flags, a);
    }
    release_area(p, stack);
    return n;
}

/* JniArrays.sendall(fd, buf, off, len, flags, timeoutNanos): psk_sendall, or
 * psk_sendall_timed for a positive timeout, of buf[off, off+len). Java hands it one chunk at a
 * time under one deadline (NativeSocket.sendall). */
static jint JNICALL a_sendall(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                              jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = copy_area(stack, len);
    if (p == NULL) {
        return -ENOMEM;
    }
    int n = copy_in(env, buf, off, len, p);
    if (n == 0) {
        n = timeout_ns > 0 ? psk_sendall_timed(fd, p, len, flags, (int64_t)timeout_ns)
                           : psk_sendall(fd, p, len, flags);
    }
    release_area(p, stack);
    return n;
}

static const JNINativeMethod PSK_JNI_ARRAY_METHODS[] = {
    {"recv", "(I[BIIIJ)I", (void *)a_recv},
    {"recvfrom", "(I[BIIIJJ)I", (void *)a_recvfrom},
    {"send", "(I[BIIIJ)I", (void *)a_send},
    {"sendto", "(I[BIIIJJ)I", (void *)a_sendto},
    {"sendall", "(I[BIIIJ)I", (void *)a_sendall},
};

/* JniArrays.registerNatives(): binds the wrappers above to JniArrays' static natives. 0, or
 * RegisterNatives' negative JNI error with its NoSuchMethodError pending (docs/jni.md section 8). */
JNIEXPORT jint JNICALL Java_dev_pysocket_internal_posix_JniArrays_registerNatives(JNIEnv *env, jclass arrays);

JNIEXPORT jint JNICALL Java_dev_pysocket_internal_posix_JniArrays_registerNatives(JNIEnv *env, jclass arrays) {
    return (*env)->RegisterNatives(env, arrays, PSK_JNI_ARRAY_METHODS,
                                   (jint)(sizeof PSK_JNI_ARRAY_METHODS / sizeof PSK_JNI_ARRAY_METHODS[0]));
}
