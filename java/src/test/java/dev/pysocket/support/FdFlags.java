package dev.pysocket.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/** FdFlags reads an OS descriptor's state from /proc/self (what Python's tests get from fcntl/fstat). */
public final class FdFlags {
    /** O_NONBLOCK and O_CLOEXEC as /proc/self/fdinfo prints them (octal, Linux x86_64/aarch64). */
    private static final int O_NONBLOCK = 04000;
    private static final int O_CLOEXEC = 02000000;

    private FdFlags() {
    }

    /** nonBlocking: whether O_NONBLOCK is set on fd's open file description. */
    public static boolean nonBlocking(int fd) throws IOException {
        return (flags(fd) & O_NONBLOCK) != 0;
    }

    /** closeOnExec: whether FD_CLOEXEC is set on fd. */
    public static boolean closeOnExec(int fd) throws IOException {
        return (flags(fd) & O_CLOEXEC) != 0;
    }

    /** isSocket: whether fd is open and refers to a socket (socket:[inode]). */
    public static boolean isSocket(int fd) throws IOException {
        return Files.readSymbolicLink(Paths.get("/proc/self/fd/" + fd)).toString().startsWith("socket:");
    }

    private static int flags(int fd) throws IOException {
        for (String line : Files.readAllLines(Paths.get("/proc/self/fdinfo/" + fd))) {
            if (line.startsWith("flags:")) {
                return Integer.parseInt(line.substring(6).trim(), 8);
            }
        }
        throw new AssertionError("no flags: line in /proc/self/fdinfo/" + fd);
    }
}
