package dev.pysocket.internal.posix;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.ThreadLocalRandom;

/**
 * FileChannelDescriptor finds the descriptor behind a FileChannel, which the JDK keeps private
 * (sun.nio.ch.FileChannelImpl's fd; reading it would need --add-opens). What a FileChannel
 * does expose is its file offset: {@link FileChannel#position(long)} is an lseek(2) on that
 * descriptor. So the channel's position is set to an unlikely value, the C layer looks for
 * the descriptor of this process with exactly that offset and duplicates it
 * (psk_file_dup_at_offset), and a second value set through the channel must show on the
 * duplicate, which proves both share one open file description. The position is put back
 * afterwards.
 *
 * <p>Costs: two or three lseeks through the channel and one lseek per open descriptor of the
 * process (tens of microseconds in a JVM). Limits: another thread using the same channel
 * during the lookup sees the probe position (sendfile moves the position anyway, as Python's
 * does); a FileChannel that is not the JDK's (an in-memory one) or a system without
 * /proc/self/fd is simply not found, and sendfile copies through send() instead.
 */
final class FileChannelDescriptor {
    /** PROBE_MIN, PROBE_SPAN: probe offsets in [1 GiB, 2 GiB): past most real file positions, and
     * under every Linux file system's largest file (vfat's 4 GiB), so that lseek accepts them. */
    private static final long PROBE_MIN = 1L << 30;
    private static final long PROBE_SPAN = 1L << 30;

    private FileChannelDescriptor() {
    }

    /**
     * duplicate returns a close-on-exec duplicate of file's descriptor, which the caller
     * closes, or -1 when it cannot be found.
     */
    static int duplicate(FileChannel file) {
        long original;
        try {
            original = file.position();
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long first = PROBE_MIN + random.nextLong(PROBE_SPAN);
        long second = PROBE_MIN + (first - PROBE_MIN + 1 + random.nextLong(PROBE_SPAN - 1)) % PROBE_SPAN; // != first
        int fd = -1;
        try {
            file.position(first);
            fd = Libpysocket.psk_file_dup_at_offset(first);
            if (fd < 0) {
                return -1;
            }
            file.position(second);
            if (Libpysocket.psk_file_offset(fd) != second) {
                Libpysocket.psk_close(fd);
                fd = -1;
            }
            return fd;
        } catch (IOException | RuntimeException e) {
            if (fd >= 0) {
                Libpysocket.psk_close(fd);
            }
            return -1;
        } finally {
            restore(file, original);
        }
    }

    private static void restore(FileChannel file, long original) {
        try {
            file.position(original);
        } catch (IOException | RuntimeException e) {
            // The channel was closed meanwhile: no position to keep.
        }
    }
}
