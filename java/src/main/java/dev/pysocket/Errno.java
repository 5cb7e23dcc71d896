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
    // BEGIN generated constants: from native/constants.list by python3 tools/gen_constants.py; do not edit by hand
    // errno: the errors sockets raise (socket re-exports EAGAIN, EBADF and EWOULDBLOCK)
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
    // The rest of Python's errno module on Linux.
    public static final int E2BIG = Platform.constant("E2BIG");
    public static final int ENOEXEC = Platform.constant("ENOEXEC");
    public static final int ENOMEM = Platform.constant("ENOMEM");
    public static final int ENOTBLK = Platform.constant("ENOTBLK");
    public static final int EBUSY = Platform.constant("EBUSY");
    public static final int EXDEV = Platform.constant("EXDEV");
    public static final int ENODEV = Platform.constant("ENODEV");
    public static final int ENFILE = Platform.constant("ENFILE");
    public static final int ENOTTY = Platform.constant("ENOTTY");
    public static final int ETXTBSY = Platform.constant("ETXTBSY");
    public static final int EFBIG = Platform.constant("EFBIG");
    public static final int ENOSPC = Platform.constant("ENOSPC");
    public static final int ESPIPE = Platform.constant("ESPIPE");
    public static final int EROFS = Platform.constant("EROFS");
    public static final int EMLINK = Platform.constant("EMLINK");
    public static final int EDOM = Platform.constant("EDOM");
    public static final int ERANGE = Platform.constant("ERANGE");
    public static final int EDEADLK = Platform.constant("EDEADLK");
    public static final int EDEADLOCK = Platform.constant("EDEADLOCK");
    public static final int ENAMETOOLONG = Platform.constant("ENAMETOOLONG");
    public static final int ENOLCK = Platform.constant("ENOLCK");
    public static final int ENOSYS = Platform.constant("ENOSYS");
    public static final int ENOTEMPTY = Platform.constant("ENOTEMPTY");
    public static final int ELOOP = Platform.constant("ELOOP");
    public static final int ENOMSG = Platform.constant("ENOMSG");
    public static final int EIDRM = Platform.constant("EIDRM");
    public static final int ECHRNG = Platform.constant("ECHRNG");
    public static final int EL2NSYNC = Platform.constant("EL2NSYNC");
    public static final int EL3HLT = Platform.constant("EL3HLT");
    public static final int EL3RST = Platform.constant("EL3RST");
    public static final int ELNRNG = Platform.constant("ELNRNG");
    public static final int EUNATCH = Platform.constant("EUNATCH");
    public static final int ENOCSI = Platform.constant("ENOCSI");
    public static final int EL2HLT = Platform.constant("EL2HLT");
    public static final int EBADE = Platform.constant("EBADE");
    public static final int EBADR = Platform.constant("EBADR");
    public static final int EXFULL = Platform.constant("EXFULL");
    public static final int ENOANO = Platform.constant("ENOANO");
    public static final int EBADRQC = Platform.constant("EBADRQC");
    public static final int EBADSLT = Platform.constant("EBADSLT");
    public static final int EBFONT = Platform.constant("EBFONT");
    public static final int ENOSTR = Platform.constant("ENOSTR");
    public static final int ENODATA = Platform.constant("ENODATA");
    public static final int ETIME = Platform.constant("ETIME");
    public static final int ENOSR = Platform.constant("ENOSR");
    public static final int ENONET = Platform.constant("ENONET");
    public static final int ENOPKG = Platform.constant("ENOPKG");
    public static final int EREMOTE = Platform.constant("EREMOTE");
    public static final int ENOLINK = Platform.constant("ENOLINK");
    public static final int EADV = Platform.constant("EADV");
    public static final int ESRMNT = Platform.constant("ESRMNT");
    public static final int ECOMM = Platform.constant("ECOMM");
    public static final int EPROTO = Platform.constant("EPROTO");
    public static final int EMULTIHOP = Platform.constant("EMULTIHOP");
    public static final int EDOTDOT = Platform.constant("EDOTDOT");
    public static final int EBADMSG = Platform.constant("EBADMSG");
    public static final int EOVERFLOW = Platform.constant("EOVERFLOW");
    public static final int ENOTUNIQ = Platform.constant("ENOTUNIQ");
    public static final int EBADFD = Platform.constant("EBADFD");
    public static final int EREMCHG = Platform.constant("EREMCHG");
    public static final int ELIBACC = Platform.constant("ELIBACC");
    public static final int ELIBBAD = Platform.constant("ELIBBAD");
    public static final int ELIBSCN = Platform.constant("ELIBSCN");
    public static final int ELIBMAX = Platform.constant("ELIBMAX");
    public static final int ELIBEXEC = Platform.constant("ELIBEXEC");
    public static final int EILSEQ = Platform.constant("EILSEQ");
    public static final int ERESTART = Platform.constant("ERESTART");
    public static final int ESTRPIPE = Platform.constant("ESTRPIPE");
    public static final int EUSERS = Platform.constant("EUSERS");
    public static final int ENOTSUP = Platform.constant("ENOTSUP");
    public static final int EPFNOSUPPORT = Platform.constant("EPFNOSUPPORT");
    public static final int ENETRESET = Platform.constant("ENETRESET");
    public static final int ETOOMANYREFS = Platform.constant("ETOOMANYREFS");
    public static final int EHOSTDOWN = Platform.constant("EHOSTDOWN");
    public static final int ESTALE = Platform.constant("ESTALE");
    public static final int EUCLEAN = Platform.constant("EUCLEAN");
    public static final int ENOTNAM = Platform.constant("ENOTNAM");
    public static final int ENAVAIL = Platform.constant("ENAVAIL");
    public static final int EISNAM = Platform.constant("EISNAM");
    public static final int EREMOTEIO = Platform.constant("EREMOTEIO");
    public static final int EDQUOT = Platform.constant("EDQUOT");
    public static final int ENOMEDIUM = Platform.constant("ENOMEDIUM");
    public static final int EMEDIUMTYPE = Platform.constant("EMEDIUMTYPE");
    public static final int ECANCELED = Platform.constant("ECANCELED");
    public static final int ENOKEY = Platform.constant("ENOKEY");
    public static final int EKEYEXPIRED = Platform.constant("EKEYEXPIRED");
    public static final int EKEYREVOKED = Platform.constant("EKEYREVOKED");
    public static final int EKEYREJECTED = Platform.constant("EKEYREJECTED");
    public static final int EOWNERDEAD = Platform.constant("EOWNERDEAD");
    public static final int ENOTRECOVERABLE = Platform.constant("ENOTRECOVERABLE");
    public static final int ERFKILL = Platform.constant("ERFKILL");
    // END generated constants

    /** The alias names errorcode never returns (as Python's errno.errorcode). */
    private static final java.util.Set<String> ALIASES = java.util.Set.of("EWOULDBLOCK", "EOPNOTSUPP", "EDEADLK");
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
            // Only the errno module's names: EAI_* are getaddrinfo codes, EPOLL* are not
            // errors either. Of the aliases, Python's errno.errorcode names EAGAIN, ENOTSUP
            // and EDEADLOCK.
            if (Platform.isErrnoName(e.getKey()) && !ALIASES.contains(e.getKey())) {
                m.put(e.getValue(), e.getKey());
            }
        }
        return m;
    }
}
