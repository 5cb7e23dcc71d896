package dev.pysocket.internal.posix;

import dev.pysocket.OSError;
import dev.pysocket.internal.Errors;
import java.nio.ByteBuffer;

/**
 * NativePollArray: the struct pollfd array of one Python {@code select.poll} object, in native
 * memory it keeps from call to call (CPython's ufds), grown when registrations outnumber it.
 * Not thread-safe: the poll object lets one poll() in at a time.
 */
public final class NativePollArray {
    /** POLLFD_SIZE: sizeof(struct pollfd) on Linux: int32 fd, int16 events, int16 revents. */
    private static final int POLLFD_SIZE = 8;

    private NativeMemory memory;

    /**
     * poll writes the first n entries of fds and events, polls them until one is ready or
     * timeoutNs passes (&lt; 0: no limit, 0: just look; EINTR retried with the time left), and
     * writes each entry's revents (0 when not ready; POLLNVAL for a closed descriptor).
     *
     * @return how many entries have revents
     * @throws OSError the kernel's error
     */
    public int poll(int[] fds, short[] events, int n, long timeoutNs, short[] revents) throws OSError {
        if (!PlatformOffload.wanted(timeoutNs)) {
            return pollHere(fds, events, n, timeoutNs, revents);
        }
        // A virtual thread: look without waiting, and wait, if need be, on a platform thread
        // (docs/virtual-threads.md): poll(2) blocking here would pin the carrier.
        long deadline = System.nanoTime() + timeoutNs;
        int ready = pollHere(fds, events, n, 0, revents);
        long left = timeoutNs < 0 ? -1 : deadline - System.nanoTime();
        if (ready != 0 || (timeoutNs > 0 && left <= 0)) {
            return ready;
        }
        return PlatformOffload.count(() -> pollHere(fds, events, n, left, revents));
    }

    /** pollHere: psk_poll on the calling thread. */
    private int pollHere(int[] fds, short[] events, int n, long timeoutNs, short[] revents) throws OSError {
        long address = 0;
        if (n > 0) {
            if (memory == null || memory.size() < n * POLLFD_SIZE) {
                NativeMemory bigger = NativeMemory.allocate(Math.max(n, 8) * 2 * POLLFD_SIZE);
                if (memory != null) {
                    memory.close();
                }
                memory = bigger;
            }
            ByteBuffer b = memory.buffer();
            for (int i = 0; i < n; i++) {
                b.putInt(i * POLLFD_SIZE, fds[i]);
                b.putShort(i * POLLFD_SIZE + 4, events[i]);
                b.putShort(i * POLLFD_SIZE + 6, (short) 0);
            }
            address = memory.address();
        }
        int rc = Libpysocket.psk_poll(address, n, timeoutNs);
        if (rc < 0) {
            throw Errors.fromReturn(rc);
        }
        for (int i = 0; i < n; i++) {
            revents[i] = rc == 0 ? 0 : memory.buffer().getShort(i * POLLFD_SIZE + 6);
        }
        return rc;
    }
}
