package dev.pysocket.internal.posix;

/**
 * JniArrays: the byte[] calls of the JNI binding, hand-written in native/jni/psk_jni_arrays.c
 * (tools/gen_jni.py refuses array arguments). Each copies once between the array and C memory
 * it owns for that call only (the C stack up to 8 KiB, malloc above), so a byte[] transfer on
 * the jni binding uses no per-thread scratch data area (an address, for recvfrom and sendto,
 * stays in the thread's psk_addr block, passed as its address); JNA has no such path and keeps the
 * copy through {@link Scratch}. The rules the C side keeps are docs/jni.md's.
 *
 * <p>Callers validate off and len against the array first (as for the JNA path); a timeout
 * {@code > 0} selects the *_timed C function, anything else the untimed one, exactly as
 * NativeSocket's address-based calls do. Results are the C functions': the count, or -errno.
 */
final class JniArrays {
    private JniArrays() {
    }

    /** register binds the natives below; NoSuchMethodError (from RegisterNatives) on a mismatch. */
    static void register() {
        int rc = registerNatives();
        if (rc != 0) {
            // As JniBinding.register: a failure with its exception pending never reaches this line.
            throw new UnsatisfiedLinkError("RegisterNatives on " + JniArrays.class.getName() + " failed: " + rc);
        }
    }

    /** recv: psk_recv(_timed) into buf[off, off+len); at most len bytes copied even with MSG_TRUNC. */
    static native int recv(int fd, byte[] buf, int off, int len, int flags, long timeoutNanos);

    /**
     * recvfrom: psk_recvfrom(_timed) into buf[off, off+len), the sender written to the psk_addr
     * block at address from (the calling thread's scratch); at most len bytes copied.
     */
    static native int recvfrom(int fd, byte[] buf, int off, int len, int flags, long from, long timeoutNanos);

    /** send: psk_send(_timed) of buf[off, off+len) in one call. */
    static native int send(int fd, byte[] buf, int off, int len, int flags, long timeoutNanos);

    /** sendto: psk_sendto(_timed) of buf[off, off+len) in one call, to the psk_addr block at address to. */
    static native int sendto(int fd, byte[] buf, int off, int len, int flags, long to, long timeoutNanos);

    /** sendall: psk_sendall(_timed) of buf[off, off+len); callers pass at most one 64 KiB chunk. */
    static native int sendall(int fd, byte[] buf, int off, int len, int flags, long timeoutNanos);

    private static native int registerNatives();
}
