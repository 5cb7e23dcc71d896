package dev.pysocket.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * OsPipe: a real OS pipe (java.nio's {@link Pipe} is pipe(2) on Linux) with the descriptor
 * numbers of its two ends, found through /proc/self/fd and /proc/self/fdinfo (the write end
 * is the one opened O_WRONLY), for the scenarios that pass a pipe end with SCM_RIGHTS
 * (docs/python-semantics.md scenario 71). close releases both ends.
 */
public final class OsPipe implements AutoCloseable {
    private final Pipe pipe;
    private final int readFd;
    private final int writeFd;

    private OsPipe(Pipe pipe, int readFd, int writeFd) {
        this.pipe = pipe;
        this.readFd = readFd;
        this.writeFd = writeFd;
    }

    /** open makes the pipe and finds its descriptors. */
    public static OsPipe open() throws IOException {
        Map<Integer, String> before = FdLeakCheck.openFds();
        Pipe p = Pipe.open();
        int r = -1;
        int w = -1;
        for (Map.Entry<Integer, String> e : FdLeakCheck.openFds().entrySet()) {
            if (e.getValue().startsWith("pipe:") && !e.getValue().equals(before.get(e.getKey()))) {
                if (writeOnly(e.getKey())) {
                    w = e.getKey();
                } else {
                    r = e.getKey();
                }
            }
        }
        if (r < 0 || w < 0) {
            p.source().close();
            p.sink().close();
            throw new AssertionError("no pipe descriptors in /proc/self/fd");
        }
        return new OsPipe(p, r, w);
    }

    private static boolean writeOnly(int fd) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/fdinfo/" + fd))) {
            if (line.startsWith("flags:")) {
                return (Integer.parseInt(line.substring(6).trim(), 8) & 3) == 1; // O_WRONLY
            }
        }
        throw new AssertionError("no flags in /proc/self/fdinfo/" + fd);
    }

    /** readFd: the read end's descriptor. */
    public int readFd() {
        return readFd;
    }

    /** writeFd: the write end's descriptor. */
    public int writeFd() {
        return writeFd;
    }

    /** read reads what is in the pipe now (up to max bytes; the source is made non-blocking). */
    public byte[] read(int max) throws IOException {
        pipe.source().configureBlocking(false);
        ByteBuffer b = ByteBuffer.allocate(max);
        int n = Math.max(0, pipe.source().read(b));
        byte[] out = new byte[n];
        b.flip().get(out);
        return out;
    }

    /** write writes all of data into the pipe. */
    public void write(byte[] data) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(data);
        while (b.hasRemaining()) {
            pipe.sink().write(b);
        }
    }

    /**
     * openEnds counts this process's descriptors that refer to this pipe (its two ends and any
     * received copies); unlike a count of all descriptors, it is not moved by what other threads
     * or the JVM open meanwhile.
     */
    public int openEnds() {
        return FdLeakCheck.referring(readFd);
    }

    @Override
    public void close() throws IOException {
        pipe.source().close();
        pipe.sink().close();
    }

    /** writeThrough writes data into another process's view of a pipe end: /proc/self/fd/N opened anew. */
    public static void writeThrough(int fd, byte[] data) throws IOException {
        Files.write(Path.of("/proc/self/fd/" + fd), data);
    }
}
