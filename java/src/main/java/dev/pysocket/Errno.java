package dev.pysocket;

import dev.pysocket.internal.ConstantNames;
import dev.pysocket.internal.Os;
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
    public static final int EPERM = Os.EPERM;
    public static final int ENOENT = Os.ENOENT;
    public static final int ESRCH = Os.ESRCH;
    public static final int EINTR = Os.EINTR;
    public static final int ENXIO = Os.ENXIO;
    public static final int EBADF = Os.EBADF;
    public static final int ECHILD = Os.ECHILD;
    public static final int EAGAIN = Os.EAGAIN;
    public static final int EWOULDBLOCK = Os.EWOULDBLOCK;
    public static final int EACCES = Os.EACCES;
    public static final int EFAULT = Os.EFAULT;
    public static final int EEXIST = Os.EEXIST;
    public static final int ENOTDIR = Os.ENOTDIR;
    public static final int EISDIR = Os.EISDIR;
    public static final int EINVAL = Os.EINVAL;
    public static final int EMFILE = Os.EMFILE;
    public static final int EPIPE = Os.EPIPE;
    public static final int ENOTSOCK = Os.ENOTSOCK;
    public static final int EDESTADDRREQ = Os.EDESTADDRREQ;
    public static final int EMSGSIZE = Os.EMSGSIZE;
    public static final int EPROTOTYPE = Os.EPROTOTYPE;
    public static final int ENOPROTOOPT = Os.ENOPROTOOPT;
    public static final int EPROTONOSUPPORT = Os.EPROTONOSUPPORT;
    public static final int ESOCKTNOSUPPORT = Os.ESOCKTNOSUPPORT;
    public static final int EOPNOTSUPP = Os.EOPNOTSUPP;
    public static final int EAFNOSUPPORT = Os.EAFNOSUPPORT;
    public static final int EADDRINUSE = Os.EADDRINUSE;
    public static final int EADDRNOTAVAIL = Os.EADDRNOTAVAIL;
    public static final int ENETDOWN = Os.ENETDOWN;
    public static final int ENETUNREACH = Os.ENETUNREACH;
    public static final int ECONNABORTED = Os.ECONNABORTED;
    public static final int ECONNRESET = Os.ECONNRESET;
    public static final int ENOBUFS = Os.ENOBUFS;
    public static final int EISCONN = Os.EISCONN;
    public static final int ENOTCONN = Os.ENOTCONN;
    public static final int ESHUTDOWN = Os.ESHUTDOWN;
    public static final int ETIMEDOUT = Os.ETIMEDOUT;
    public static final int ECONNREFUSED = Os.ECONNREFUSED;
    public static final int EHOSTUNREACH = Os.EHOSTUNREACH;
    public static final int EALREADY = Os.EALREADY;
    public static final int EINPROGRESS = Os.EINPROGRESS;
    public static final int EIO = Os.EIO;
    // The rest of Python's errno module on Linux.
    public static final int E2BIG = Os.E2BIG;
    public static final int ENOEXEC = Os.ENOEXEC;
    public static final int ENOMEM = Os.ENOMEM;
    public static final int ENOTBLK = Os.ENOTBLK;
    public static final int EBUSY = Os.EBUSY;
    public static final int EXDEV = Os.EXDEV;
    public static final int ENODEV = Os.ENODEV;
    public static final int ENFILE = Os.ENFILE;
    public static final int ENOTTY = Os.ENOTTY;
    public static final int ETXTBSY = Os.ETXTBSY;
    public static final int EFBIG = Os.EFBIG;
    public static final int ENOSPC = Os.ENOSPC;
    public static final int ESPIPE = Os.ESPIPE;
    public static final int EROFS = Os.EROFS;
    public static final int EMLINK = Os.EMLINK;
    public static final int EDOM = Os.EDOM;
    public static final int ERANGE = Os.ERANGE;
    public static final int EDEADLK = Os.EDEADLK;
    public static final int EDEADLOCK = Os.EDEADLOCK;
    public static final int ENAMETOOLONG = Os.ENAMETOOLONG;
    public static final int ENOLCK = Os.ENOLCK;
    public static final int ENOSYS = Os.ENOSYS;
    public static final int ENOTEMPTY = Os.ENOTEMPTY;
    public static final int ELOOP = Os.ELOOP;
    public static final int ENOMSG = Os.ENOMSG;
    public static final int EIDRM = Os.EIDRM;
    public static final int ECHRNG = Os.ECHRNG;
    public static final int EL2NSYNC = Os.EL2NSYNC;
    public static final int EL3HLT = Os.EL3HLT;
    public static final int EL3RST = Os.EL3RST;
    public static final int ELNRNG = Os.ELNRNG;
    public static final int EUNATCH = Os.EUNATCH;
    public static final int ENOCSI = Os.ENOCSI;
    public static final int EL2HLT = Os.EL2HLT;
    public static final int EBADE = Os.EBADE;
    public static final int EBADR = Os.EBADR;
    public static final int EXFULL = Os.EXFULL;
    public static final int ENOANO = Os.ENOANO;
    public static final int EBADRQC = Os.EBADRQC;
    public static final int EBADSLT = Os.EBADSLT;
    public static final int EBFONT = Os.EBFONT;
    public static final int ENOSTR = Os.ENOSTR;
    public static final int ENODATA = Os.ENODATA;
    public static final int ETIME = Os.ETIME;
    public static final int ENOSR = Os.ENOSR;
    public static final int ENONET = Os.ENONET;
    public static final int ENOPKG = Os.ENOPKG;
    public static final int EREMOTE = Os.EREMOTE;
    public static final int ENOLINK = Os.ENOLINK;
    public static final int EADV = Os.EADV;
    public static final int ESRMNT = Os.ESRMNT;
    public static final int ECOMM = Os.ECOMM;
    public static final int EPROTO = Os.EPROTO;
    public static final int EMULTIHOP = Os.EMULTIHOP;
    public static final int EDOTDOT = Os.EDOTDOT;
    public static final int EBADMSG = Os.EBADMSG;
    public static final int EOVERFLOW = Os.EOVERFLOW;
    public static final int ENOTUNIQ = Os.ENOTUNIQ;
    public static final int EBADFD = Os.EBADFD;
    public static final int EREMCHG = Os.EREMCHG;
    public static final int ELIBACC = Os.ELIBACC;
    public static final int ELIBBAD = Os.ELIBBAD;
    public static final int ELIBSCN = Os.ELIBSCN;
    public static final int ELIBMAX = Os.ELIBMAX;
    public static final int ELIBEXEC = Os.ELIBEXEC;
    public static final int EILSEQ = Os.EILSEQ;
    public static final int ERESTART = Os.ERESTART;
    public static final int ESTRPIPE = Os.ESTRPIPE;
    public static final int EUSERS = Os.EUSERS;
    public static final int ENOTSUP = Os.ENOTSUP;
    public static final int EPFNOSUPPORT = Os.EPFNOSUPPORT;
    public static final int ENETRESET = Os.ENETRESET;
    public static final int ETOOMANYREFS = Os.ETOOMANYREFS;
    public static final int EHOSTDOWN = Os.EHOSTDOWN;
    public static final int ESTALE = Os.ESTALE;
    public static final int EUCLEAN = Os.EUCLEAN;
    public static final int ENOTNAM = Os.ENOTNAM;
    public static final int ENAVAIL = Os.ENAVAIL;
    public static final int EISNAM = Os.EISNAM;
    public static final int EREMOTEIO = Os.EREMOTEIO;
    public static final int EDQUOT = Os.EDQUOT;
    public static final int ENOMEDIUM = Os.ENOMEDIUM;
    public static final int EMEDIUMTYPE = Os.EMEDIUMTYPE;
    public static final int ECANCELED = Os.ECANCELED;
    public static final int ENOKEY = Os.ENOKEY;
    public static final int EKEYEXPIRED = Os.EKEYEXPIRED;
    public static final int EKEYREVOKED = Os.EKEYREVOKED;
    public static final int EKEYREJECTED = Os.EKEYREJECTED;
    public static final int EOWNERDEAD = Os.EOWNERDEAD;
    public static final int ENOTRECOVERABLE = Os.ENOTRECOVERABLE;
    public static final int ERFKILL = Os.ERFKILL;
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
            if (ConstantNames.isErrnoName(e.getKey()) && !ALIASES.contains(e.getKey())) {
                m.put(e.getValue(), e.getKey());
            }
        }
        return m;
    }
}
