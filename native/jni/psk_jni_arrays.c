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

/* JniArrays.recv(fd, buf, off, len, flags, timeoutNanos): psk_recv, or psk_recv_timed for a
 * positive timeout, into buf[off, off+len). With MSG_TRUNC the count may exceed len; only
 * the bytes the kernel wrote (at most len) are copied back. */
static jint JNICALL a_recv(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                           jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = len <= PSK_JNI_STACK_MAX ? stack : malloc((size_t)len);
    if (p == NULL) {
        return -ENOMEM;
    }
    int n = timeout_ns > 0 ? psk_recv_timed(fd, p, len, flags, (int64_t)timeout_ns) : psk_recv(fd, p, len, flags);
    if (n > 0) {
        (*env)->SetByteArrayRegion(env, buf, off, n < len ? n : len, (const jbyte *)p);
    }
    if (p != stack) {
        free(p);
    }
    return n;
}

/* JniArrays.send(fd, buf, off, len, flags, timeoutNanos): psk_send, or psk_send_timed for a
 * positive timeout, of buf[off, off+len), in one call (a datagram is never cut). */
static jint JNICALL a_send(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                           jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = len <= PSK_JNI_STACK_MAX ? stack : malloc((size_t)len);
    if (p == NULL) {
        return -ENOMEM;
    }
    int n;
    if (len > 0) {
        (*env)->GetByteArrayRegion(env, buf, off, len, (jbyte *)p);
    }
    if (len > 0 && (*env)->ExceptionCheck(env)) {
        n = -EINVAL; /* ignored: the pending exception is what Java sees */
    } else {
        n = timeout_ns > 0 ? psk_send_timed(fd, p, len, flags, (int64_t)timeout_ns) : psk_send(fd, p, len, flags);
    }
    if (p != stack) {
        free(p);
    }
    return n;
}

/* JniArrays.sendall(fd, buf, off, len, flags, timeoutNanos): psk_sendall, or
 * psk_sendall_timed for a positive timeout, of buf[off, off+len). Java hands it at most one
 * chunk (64 KiB, docs/native-memory.md) at a time under one deadline. */
static jint JNICALL a_sendall(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,
                              jlong timeout_ns) {
    (void)cls;
    char stack[PSK_JNI_STACK_MAX];
    char *p = len <= PSK_JNI_STACK_MAX ? stack : malloc((size_t)len);
    if (p == NULL) {
        return -ENOMEM;
    }
    int n;
    if (len > 0) {
        (*env)->GetByteArrayRegion(env, buf, off, len, (jbyte *)p);
    }
    if (len > 0 && (*env)->ExceptionCheck(env)) {
        n = -EINVAL; /* ignored: the pending exception is what Java sees */
    } else {
        n = timeout_ns > 0 ? psk_sendall_timed(fd, p, len, flags, (int64_t)timeout_ns)
                           : psk_sendall(fd, p, len, flags);
    }
    if (p != stack) {
        free(p);
    }
    return n;
}

static const JNINativeMethod PSK_JNI_ARRAY_METHODS[] = {
    {"recv", "(I[BIIIJ)I", (void *)a_recv},
    {"send", "(I[BIIIJ)I", (void *)a_send},
    {"sendall", "(I[BIIIJ)I", (void *)a_sendall},
};

/* JniArrays.registerNatives(): binds the wrappers above to JniArrays' static natives. 0, or
 * RegisterNatives' negative JNI error with its NoSuchMethodError pending (docs/jni.md section 8). */
JNIEXPORT jint JNICALL Java_dev_pysocket_internal_posix_JniArrays_registerNatives(JNIEnv *env, jclass arrays);

JNIEXPORT jint JNICALL Java_dev_pysocket_internal_posix_JniArrays_registerNatives(JNIEnv *env, jclass arrays) {
    return (*env)->RegisterNatives(env, arrays, PSK_JNI_ARRAY_METHODS,
                                   (jint)(sizeof PSK_JNI_ARRAY_METHODS / sizeof PSK_JNI_ARRAY_METHODS[0]));
}
