package dev.pysocket.bench;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import dev.pysocket.Errno;

/**
 * Affinity pins the calling thread to one CPU with the C library's sched_setaffinity(2), bound
 * straight through JNA: the benchmarks' own tool, so that the shipped libpysocket carries no
 * function only they use. With pid 0, sched_setaffinity acts on the calling thread alone (on
 * Linux a thread's affinity is its own), which is what {@link Placement} needs.
 */
final class Affinity {
    /** CPU_SETSIZE of glibc: a cpu_set_t is 1024 bits, in 64-bit words on LP64. */
    private static final int CPU_SETSIZE = 1024;

    static {
        Native.register(Affinity.class, NativeLibrary.getInstance("c"));
    }

    private Affinity() {
    }

    private static native int sched_setaffinity(int pid, long cpusetsize, long[] mask) throws LastErrorException;

    /** pin pins the calling thread to cpu; returns 0, or the errno sched_setaffinity failed with. */
    static int pin(int cpu) {
        if (cpu < 0 || cpu >= CPU_SETSIZE) {
            return Errno.EINVAL; // CPU_SET cannot name it
        }
        long[] mask = new long[CPU_SETSIZE / Long.SIZE];
        mask[cpu / Long.SIZE] = 1L << (cpu % Long.SIZE); // CPU_SET: bit cpu % 64 of word cpu / 64
        try {
            sched_setaffinity(0, (long) mask.length * Long.BYTES, mask);
            return 0;
        } catch (LastErrorException e) {
            return e.getErrorCode();
        }
    }
}
