package dev.pysocket.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;

/**
 * OpenFile: a regular file held open, with the OS descriptor number the JDK gave it (found
 * through /proc/self/fd), for the scenarios that hand a non-socket descriptor to
 * socket(fileno=) or fromfd (docs/python-semantics.md §4, scenario 44). close releases it.
 */
public final class OpenFile implements AutoCloseable {
    private final FileChannel channel;
    private final int fd;

    private OpenFile(FileChannel channel, int fd) {
        this.channel = channel;
        this.fd = fd;
    }

    /** open creates (if needed) and opens path for reading. */
    public static OpenFile open(Path path) throws IOException {
        if (!Files.exists(path)) {
            Files.write(path, new byte[] {1, 2, 3});
        }
        Path real = path.toRealPath();
        Map<Integer, String> before = FdLeakCheck.openFds();
        FileChannel ch = FileChannel.open(real, StandardOpenOption.READ);
        for (Map.Entry<Integer, String> e : FdLeakCheck.openFds().entrySet()) {
            if (e.getValue().equals(real.toString()) && !e.getValue().equals(before.get(e.getKey()))) {
                return new OpenFile(ch, e.getKey());
            }
        }
        ch.close();
        throw new AssertionError("no descriptor for " + real + " in /proc/self/fd");
    }

    /** fd: the OS descriptor number of the open file. */
    public int fd() {
        return fd;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
