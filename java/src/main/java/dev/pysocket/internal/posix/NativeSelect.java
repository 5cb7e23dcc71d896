package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import java.nio.ByteBuffer;

/**
 * NativeSelect: select(2) for Python's {@code select.select} (psk_select). The three fd_sets
 * are bit sets of FD_SETSIZE bits ({@code long[16]}, bit fd of word fd / 64, glibc's layout);
 * they cross through the calling thread's scratch option area, so a call allocates no native
 * memory. The caller has checked every descriptor is in [0, FD_SETSIZE).
 */
public final class NativeSelect {
    /** FD_SETSIZE: the descriptors an fd_set holds. */
    public static final int FD_SETSIZE = Libpysocket.PSK_FD_SET_SIZE * 8;
    /** WORDS: the longs of one set. */
    public static final int WORDS = FD_SETSIZE / 64;

    private NativeSelect() {
    }

    /**
     * select waits until a descriptor of the sets is ready or timeoutNs passes (&lt; 0: no limit,
     * 0: just look), EINTR retried with the time left; rewrites the sets with the ready ones and
     * returns how many bits are set.
     *
     * @throws OSError the kernel's error (EBADF for a closed descriptor)
     */
    public static int select(int nfds, long[] read, long[] write, long[] except, long timeoutNs) throws OSError {
        if (!PlatformOffload.wanted(timeoutNs)) {
            return selectHere(nfds, read, write, except, timeoutNs);
        }
        // A virtual thread: look without waiting, and wait, if need be, on a platform thread
        // (docs/virtual-threads.md): select(2) blocking here would pin the carrier.
        long deadline = System.nanoTime() + timeoutNs;
        long[][] asked = {read.clone(), write.clone(), except.clone()};
        int n = selectHere(nfds, read, write, except, 0);
        long left = timeoutNs < 0 ? -1 : deadline - System.nanoTime();
        if (n != 0 || (timeoutNs > 0 && left <= 0)) {
            return n;
        }
        System.arraycopy(asked[0], 0, read, 0, WORDS);
        System.arraycopy(asked[1], 0, write, 0, WORDS);
        System.arraycopy(asked[2], 0, except, 0, WORDS);
        return PlatformOffload.count(() -> selectHere(nfds, read, write, except, left));
    }

    /**
     * put writes set as an fd_set at offset of b, in 64-bit words: on a 32-bit little-endian
     * library (armhf), whose fd_set is 32-bit words, those are the same bytes.
     */
    private static void put(ByteBuffer b, int offset, long[] set) {
        for (int w = 0; w < WORDS; w++) {
            b.putLong(offset + w * 8, set[w]);
        }
    }

    /** get reads the fd_set at offset of b into set. */
    private static void get(ByteBuffer b, int offset, long[] set) {
        for (int w = 0; w < WORDS; w++) {
            set[w] = b.getLong(offset + w * 8);
        }
    }

    /** selectHere: psk_select on the calling thread, the sets crossing through the scratch option area. */
    private static int selectHere(int nfds, long[] read, long[] write, long[] except, long timeoutNs)
            throws OSError {
        int size = Libpysocket.PSK_FD_SET_SIZE;
        try (NativeThread t = NativeThread.enter()) {
            Scratch s = t.scratch();
            ByteBuffer b = s.optionBuffer(); // 3 * size bytes fit: OPTION_MAX is 1024
            put(b, 0, read);
            put(b, size, write);
            put(b, 2 * size, except);
            long base = s.option();
            int rc = Libpysocket.psk_select(nfds, base, base + size, base + 2 * size, timeoutNs);
            if (rc < 0) {
                throw Errors.fromReturn(rc);
            }
            get(b, 0, read);
            get(b, size, write);
            get(b, 2 * size, except);
            return rc;
        }
    }
}
