package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

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

    /** selectHere: psk_select on the calling thread. */
    private static int selectHere(int nfds, long[] read, long[] write, long[] except, long timeoutNs)
            throws OSError {
        int size = Libpysocket.PSK_FD_SET_SIZE;
        try (NativeThread t = NativeThread.enter()) {
            Scratch s = t.scratch();
            byte[] bytes = new byte[3 * size];
            ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.nativeOrder());
            long[][] sets = {read, write, except};
            for (int i = 0; i < 3; i++) {
                for (int w = 0; w < WORDS; w++) {
                    b.putLong(i * size + w * 8, sets[i][w]);
                }
            }
            long base = s.putOption(bytes);
            int rc = Libpysocket.psk_select(nfds, base, base + size, base + 2 * size, timeoutNs);
            if (rc < 0) {
                throw Errors.fromReturn(rc);
            }
            ByteBuffer out = ByteBuffer.wrap(s.getOption(3 * size)).order(ByteOrder.nativeOrder());
            for (int i = 0; i < 3; i++) {
                for (int w = 0; w < WORDS; w++) {
                    sets[i][w] = out.getLong(i * size + w * 8);
                }
            }
            return rc;
        }
    }
}
