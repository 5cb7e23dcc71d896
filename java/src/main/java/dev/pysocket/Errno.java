package dev.pysocket;

import dev.pysocket.internal.Platform;
import java.util.Map;
import java.util.TreeMap;

/**
 * Errno: the running platform's errno values (Python's {@code errno} module, for the names
 * sockets raise) and {@link #errorcode(int)}. Values come from the C headers when the native
 * library loads, else from the Linux table.
 */
public final class Errno {
    public static final int EPERM = Platform.constant("EPERM");
    public static final int ENOENT = Platform.constant("ENOENT");
    public static final int ESRCH = Platform.constant("ESRCH");
    public static final int EINTR = Platform.constant("EINTR");
    public static final int ENXIO = Platform.constant("ENXIO");
    public static final int EBADF = Platform.constant("EBADF");
    public static final int ECHILD = Platform.constant("ECHILD");
    public static final int EAGAIN = Platform.constant("EAGAIN");
    public static final int EWOULDBLOCK = Platform.constant("EWOULDBLOCK");
    public static final int EACCES = Platform.constant("EACCES");
    public static final int EFAULT = Platform.constant("EFAULT");
    public static final int EEXIST = Platform.constant("EEXIST");
    public static final int ENOTDIR = Platform.constant("ENOTDIR");
    public static final int EISDIR = Platform.constant("EISDIR");
    public static final int EINVAL = Platform.constant("EINVAL");
    public static final int EMFILE = Platform.constant("EMFILE");
    public static final int EPIPE = Platform.constant("EPIPE");
    public static final int ENOTSOCK = Platform.constant("ENOTSOCK");
    public static final int EDESTADDRREQ = Platform.constant("EDESTADDRREQ");
    public static final int EMSGSIZE = Platform.constant("EMSGSIZE");
    public static final int EPROTOTYPE = Platform.constant("EPROTOTYPE");
    public static final int ENOPROTOOPT = Platform.constant("ENOPROTOOPT");
    public static final int EPROTONOSUPPORT = Platform.constant("EPROTONOSUPPORT");
    public static final int ESOCKTNOSUPPORT = Platform.constant("ESOCKTNOSUPPORT");
    public static final int EOPNOTSUPP = Platform.constant("EOPNOTSUPP");
    public static final int EAFNOSUPPORT = Platform.constant("EAFNOSUPPORT");
    public static final int EADDRINUSE = Platform.constant("EADDRINUSE");
    public static final int EADDRNOTAVAIL = Platform.constant("EADDRNOTAVAIL");
    public static final int ENETDOWN = Platform.constant("ENETDOWN");
    public static final int ENETUNREACH = Platform.constant("ENETUNREACH");
    public static final int ECONNABORTED = Platform.constant("ECONNABORTED");
    public static final int ECONNRESET = Platform.constant("ECONNRESET");
    public static final int ENOBUFS = Platform.constant("ENOBUFS");
    public static final int EISCONN = Platform.constant("EISCONN");
    public static final int ENOTCONN = Platform.constant("ENOTCONN");
    public static final int ESHUTDOWN = Platform.constant("ESHUTDOWN");
    public static final int ETIMEDOUT = Platform.constant("ETIMEDOUT");
    public static final int ECONNREFUSED = Platform.constant("ECONNREFUSED");
    public static final int EHOSTUNREACH = Platform.constant("EHOSTUNREACH");
    public static final int EALREADY = Platform.constant("EALREADY");
    public static final int EINPROGRESS = Platform.constant("EINPROGRESS");
    public static final int EIO = Platform.constant("EIO");

    private static final Map<Integer, String> NAMES = names();

    private Errno() {
    }

    /**
     * errorcode returns the symbolic name of errno, as Python's {@code errno.errorcode[n]}
     * (EAGAIN rather than its alias EWOULDBLOCK), or null when the number is unknown.
     */
    public static String errorcode(int errno) {
        return NAMES.get(errno);
    }

    private static Map<Integer, String> names() {
        Map<Integer, String> m = new TreeMap<>();
        for (Map.Entry<String, Integer> e : Platform.constants().entrySet()) {
            // EAI_* are getaddrinfo codes (socket.EAI_NONAME), not errnos
            if (e.getKey().startsWith("E") && !e.getKey().startsWith("EAI_") && !e.getKey().equals("EWOULDBLOCK")) {
                m.put(e.getValue(), e.getKey());
            }
        }
        return m;
    }
}
