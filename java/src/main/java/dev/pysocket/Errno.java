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
    /** EPERM: Python's {@code errno.EPERM} (Linux x86_64: 1). */
    public static final int EPERM = Os.EPERM;
    /** ENOENT: Python's {@code errno.ENOENT} (Linux x86_64: 2). */
    public static final int ENOENT = Os.ENOENT;
    /** ESRCH: Python's {@code errno.ESRCH} (Linux x86_64: 3). */
    public static final int ESRCH = Os.ESRCH;
    /** EINTR: Python's {@code errno.EINTR} (Linux x86_64: 4). */
    public static final int EINTR = Os.EINTR;
    /** ENXIO: Python's {@code errno.ENXIO} (Linux x86_64: 6). */
    public static final int ENXIO = Os.ENXIO;
    /** EBADF: Python's {@code errno.EBADF} (Linux x86_64: 9). */
    public static final int EBADF = Os.EBADF;
    /** ECHILD: Python's {@code errno.ECHILD} (Linux x86_64: 10). */
    public static final int ECHILD = Os.ECHILD;
    /** EAGAIN: Python's {@code errno.EAGAIN} (Linux x86_64: 11). */
    public static final int EAGAIN = Os.EAGAIN;
    /** EWOULDBLOCK: Python's {@code errno.EWOULDBLOCK} (Linux x86_64: 11). */
    public static final int EWOULDBLOCK = Os.EWOULDBLOCK;
    /** EACCES: Python's {@code errno.EACCES} (Linux x86_64: 13). */
    public static final int EACCES = Os.EACCES;
    /** EFAULT: Python's {@code errno.EFAULT} (Linux x86_64: 14). */
    public static final int EFAULT = Os.EFAULT;
    /** EEXIST: Python's {@code errno.EEXIST} (Linux x86_64: 17). */
    public static final int EEXIST = Os.EEXIST;
    /** ENOTDIR: Python's {@code errno.ENOTDIR} (Linux x86_64: 20). */
    public static final int ENOTDIR = Os.ENOTDIR;
    /** EISDIR: Python's {@code errno.EISDIR} (Linux x86_64: 21). */
    public static final int EISDIR = Os.EISDIR;
    /** EINVAL: Python's {@code errno.EINVAL} (Linux x86_64: 22). */
    public static final int EINVAL = Os.EINVAL;
    /** EMFILE: Python's {@code errno.EMFILE} (Linux x86_64: 24). */
    public static final int EMFILE = Os.EMFILE;
    /** EPIPE: Python's {@code errno.EPIPE} (Linux x86_64: 32). */
    public static final int EPIPE = Os.EPIPE;
    /** ENOTSOCK: Python's {@code errno.ENOTSOCK} (Linux x86_64: 88). */
    public static final int ENOTSOCK = Os.ENOTSOCK;
    /** EDESTADDRREQ: Python's {@code errno.EDESTADDRREQ} (Linux x86_64: 89). */
    public static final int EDESTADDRREQ = Os.EDESTADDRREQ;
    /** EMSGSIZE: Python's {@code errno.EMSGSIZE} (Linux x86_64: 90). */
    public static final int EMSGSIZE = Os.EMSGSIZE;
    /** EPROTOTYPE: Python's {@code errno.EPROTOTYPE} (Linux x86_64: 91). */
    public static final int EPROTOTYPE = Os.EPROTOTYPE;
    /** ENOPROTOOPT: Python's {@code errno.ENOPROTOOPT} (Linux x86_64: 92). */
    public static final int ENOPROTOOPT = Os.ENOPROTOOPT;
    /** EPROTONOSUPPORT: Python's {@code errno.EPROTONOSUPPORT} (Linux x86_64: 93). */
    public static final int EPROTONOSUPPORT = Os.EPROTONOSUPPORT;
    /** ESOCKTNOSUPPORT: Python's {@code errno.ESOCKTNOSUPPORT} (Linux x86_64: 94). */
    public static final int ESOCKTNOSUPPORT = Os.ESOCKTNOSUPPORT;
    /** EOPNOTSUPP: Python's {@code errno.EOPNOTSUPP} (Linux x86_64: 95). */
    public static final int EOPNOTSUPP = Os.EOPNOTSUPP;
    /** EAFNOSUPPORT: Python's {@code errno.EAFNOSUPPORT} (Linux x86_64: 97). */
    public static final int EAFNOSUPPORT = Os.EAFNOSUPPORT;
    /** EADDRINUSE: Python's {@code errno.EADDRINUSE} (Linux x86_64: 98). */
    public static final int EADDRINUSE = Os.EADDRINUSE;
    /** EADDRNOTAVAIL: Python's {@code errno.EADDRNOTAVAIL} (Linux x86_64: 99). */
    public static final int EADDRNOTAVAIL = Os.EADDRNOTAVAIL;
    /** ENETDOWN: Python's {@code errno.ENETDOWN} (Linux x86_64: 100). */
    public static final int ENETDOWN = Os.ENETDOWN;
    /** ENETUNREACH: Python's {@code errno.ENETUNREACH} (Linux x86_64: 101). */
    public static final int ENETUNREACH = Os.ENETUNREACH;
    /** ECONNABORTED: Python's {@code errno.ECONNABORTED} (Linux x86_64: 103). */
    public static final int ECONNABORTED = Os.ECONNABORTED;
    /** ECONNRESET: Python's {@code errno.ECONNRESET} (Linux x86_64: 104). */
    public static final int ECONNRESET = Os.ECONNRESET;
    /** ENOBUFS: Python's {@code errno.ENOBUFS} (Linux x86_64: 105). */
    public static final int ENOBUFS = Os.ENOBUFS;
    /** EISCONN: Python's {@code errno.EISCONN} (Linux x86_64: 106). */
    public static final int EISCONN = Os.EISCONN;
    /** ENOTCONN: Python's {@code errno.ENOTCONN} (Linux x86_64: 107). */
    public static final int ENOTCONN = Os.ENOTCONN;
    /** ESHUTDOWN: Python's {@code errno.ESHUTDOWN} (Linux x86_64: 108). */
    public static final int ESHUTDOWN = Os.ESHUTDOWN;
    /** ETIMEDOUT: Python's {@code errno.ETIMEDOUT} (Linux x86_64: 110). */
    public static final int ETIMEDOUT = Os.ETIMEDOUT;
    /** ECONNREFUSED: Python's {@code errno.ECONNREFUSED} (Linux x86_64: 111). */
    public static final int ECONNREFUSED = Os.ECONNREFUSED;
    /** EHOSTUNREACH: Python's {@code errno.EHOSTUNREACH} (Linux x86_64: 113). */
    public static final int EHOSTUNREACH = Os.EHOSTUNREACH;
    /** EALREADY: Python's {@code errno.EALREADY} (Linux x86_64: 114). */
    public static final int EALREADY = Os.EALREADY;
    /** EINPROGRESS: Python's {@code errno.EINPROGRESS} (Linux x86_64: 115). */
    public static final int EINPROGRESS = Os.EINPROGRESS;
    /** EIO: Python's {@code errno.EIO} (Linux x86_64: 5). */
    public static final int EIO = Os.EIO;
    // The rest of Python's errno module on Linux.
    /** E2BIG: Python's {@code errno.E2BIG} (Linux x86_64: 7). */
    public static final int E2BIG = Os.E2BIG;
    /** ENOEXEC: Python's {@code errno.ENOEXEC} (Linux x86_64: 8). */
    public static final int ENOEXEC = Os.ENOEXEC;
    /** ENOMEM: Python's {@code errno.ENOMEM} (Linux x86_64: 12). */
    public static final int ENOMEM = Os.ENOMEM;
    /** ENOTBLK: Python's {@code errno.ENOTBLK} (Linux x86_64: 15). */
    public static final int ENOTBLK = Os.ENOTBLK;
    /** EBUSY: Python's {@code errno.EBUSY} (Linux x86_64: 16). */
    public static final int EBUSY = Os.EBUSY;
    /** EXDEV: Python's {@code errno.EXDEV} (Linux x86_64: 18). */
    public static final int EXDEV = Os.EXDEV;
    /** ENODEV: Python's {@code errno.ENODEV} (Linux x86_64: 19). */
    public static final int ENODEV = Os.ENODEV;
    /** ENFILE: Python's {@code errno.ENFILE} (Linux x86_64: 23). */
    public static final int ENFILE = Os.ENFILE;
    /** ENOTTY: Python's {@code errno.ENOTTY} (Linux x86_64: 25). */
    public static final int ENOTTY = Os.ENOTTY;
    /** ETXTBSY: Python's {@code errno.ETXTBSY} (Linux x86_64: 26). */
    public static final int ETXTBSY = Os.ETXTBSY;
    /** EFBIG: Python's {@code errno.EFBIG} (Linux x86_64: 27). */
    public static final int EFBIG = Os.EFBIG;
    /** ENOSPC: Python's {@code errno.ENOSPC} (Linux x86_64: 28). */
    public static final int ENOSPC = Os.ENOSPC;
    /** ESPIPE: Python's {@code errno.ESPIPE} (Linux x86_64: 29). */
    public static final int ESPIPE = Os.ESPIPE;
    /** EROFS: Python's {@code errno.EROFS} (Linux x86_64: 30). */
    public static final int EROFS = Os.EROFS;
    /** EMLINK: Python's {@code errno.EMLINK} (Linux x86_64: 31). */
    public static final int EMLINK = Os.EMLINK;
    /** EDOM: Python's {@code errno.EDOM} (Linux x86_64: 33). */
    public static final int EDOM = Os.EDOM;
    /** ERANGE: Python's {@code errno.ERANGE} (Linux x86_64: 34). */
    public static final int ERANGE = Os.ERANGE;
    /** EDEADLK: Python's {@code errno.EDEADLK} (Linux x86_64: 35). */
    public static final int EDEADLK = Os.EDEADLK;
    /** EDEADLOCK: Python's {@code errno.EDEADLOCK} (Linux x86_64: 35). */
    public static final int EDEADLOCK = Os.EDEADLOCK;
    /** ENAMETOOLONG: Python's {@code errno.ENAMETOOLONG} (Linux x86_64: 36). */
    public static final int ENAMETOOLONG = Os.ENAMETOOLONG;
    /** ENOLCK: Python's {@code errno.ENOLCK} (Linux x86_64: 37). */
    public static final int ENOLCK = Os.ENOLCK;
    /** ENOSYS: Python's {@code errno.ENOSYS} (Linux x86_64: 38). */
    public static final int ENOSYS = Os.ENOSYS;
    /** ENOTEMPTY: Python's {@code errno.ENOTEMPTY} (Linux x86_64: 39). */
    public static final int ENOTEMPTY = Os.ENOTEMPTY;
    /** ELOOP: Python's {@code errno.ELOOP} (Linux x86_64: 40). */
    public static final int ELOOP = Os.ELOOP;
    /** ENOMSG: Python's {@code errno.ENOMSG} (Linux x86_64: 42). */
    public static final int ENOMSG = Os.ENOMSG;
    /** EIDRM: Python's {@code errno.EIDRM} (Linux x86_64: 43). */
    public static final int EIDRM = Os.EIDRM;
    /** ECHRNG: Python's {@code errno.ECHRNG} (Linux x86_64: 44). */
    public static final int ECHRNG = Os.ECHRNG;
    /** EL2NSYNC: Python's {@code errno.EL2NSYNC} (Linux x86_64: 45). */
    public static final int EL2NSYNC = Os.EL2NSYNC;
    /** EL3HLT: Python's {@code errno.EL3HLT} (Linux x86_64: 46). */
    public static final int EL3HLT = Os.EL3HLT;
    /** EL3RST: Python's {@code errno.EL3RST} (Linux x86_64: 47). */
    public static final int EL3RST = Os.EL3RST;
    /** ELNRNG: Python's {@code errno.ELNRNG} (Linux x86_64: 48). */
    public static final int ELNRNG = Os.ELNRNG;
    /** EUNATCH: Python's {@code errno.EUNATCH} (Linux x86_64: 49). */
    public static final int EUNATCH = Os.EUNATCH;
    /** ENOCSI: Python's {@code errno.ENOCSI} (Linux x86_64: 50). */
    public static final int ENOCSI = Os.ENOCSI;
    /** EL2HLT: Python's {@code errno.EL2HLT} (Linux x86_64: 51). */
    public static final int EL2HLT = Os.EL2HLT;
    /** EBADE: Python's {@code errno.EBADE} (Linux x86_64: 52). */
    public static final int EBADE = Os.EBADE;
    /** EBADR: Python's {@code errno.EBADR} (Linux x86_64: 53). */
    public static final int EBADR = Os.EBADR;
    /** EXFULL: Python's {@code errno.EXFULL} (Linux x86_64: 54). */
    public static final int EXFULL = Os.EXFULL;
    /** ENOANO: Python's {@code errno.ENOANO} (Linux x86_64: 55). */
    public static final int ENOANO = Os.ENOANO;
    /** EBADRQC: Python's {@code errno.EBADRQC} (Linux x86_64: 56). */
    public static final int EBADRQC = Os.EBADRQC;
    /** EBADSLT: Python's {@code errno.EBADSLT} (Linux x86_64: 57). */
    public static final int EBADSLT = Os.EBADSLT;
    /** EBFONT: Python's {@code errno.EBFONT} (Linux x86_64: 59). */
    public static final int EBFONT = Os.EBFONT;
    /** ENOSTR: Python's {@code errno.ENOSTR} (Linux x86_64: 60). */
    public static final int ENOSTR = Os.ENOSTR;
    /** ENODATA: Python's {@code errno.ENODATA} (Linux x86_64: 61). */
    public static final int ENODATA = Os.ENODATA;
    /** ETIME: Python's {@code errno.ETIME} (Linux x86_64: 62). */
    public static final int ETIME = Os.ETIME;
    /** ENOSR: Python's {@code errno.ENOSR} (Linux x86_64: 63). */
    public static final int ENOSR = Os.ENOSR;
    /** ENONET: Python's {@code errno.ENONET} (Linux x86_64: 64). */
    public static final int ENONET = Os.ENONET;
    /** ENOPKG: Python's {@code errno.ENOPKG} (Linux x86_64: 65). */
    public static final int ENOPKG = Os.ENOPKG;
    /** EREMOTE: Python's {@code errno.EREMOTE} (Linux x86_64: 66). */
    public static final int EREMOTE = Os.EREMOTE;
    /** ENOLINK: Python's {@code errno.ENOLINK} (Linux x86_64: 67). */
    public static final int ENOLINK = Os.ENOLINK;
    /** EADV: Python's {@code errno.EADV} (Linux x86_64: 68). */
    public static final int EADV = Os.EADV;
    /** ESRMNT: Python's {@code errno.ESRMNT} (Linux x86_64: 69). */
    public static final int ESRMNT = Os.ESRMNT;
    /** ECOMM: Python's {@code errno.ECOMM} (Linux x86_64: 70). */
    public static final int ECOMM = Os.ECOMM;
    /** EPROTO: Python's {@code errno.EPROTO} (Linux x86_64: 71). */
    public static final int EPROTO = Os.EPROTO;
    /** EMULTIHOP: Python's {@code errno.EMULTIHOP} (Linux x86_64: 72). */
    public static final int EMULTIHOP = Os.EMULTIHOP;
    /** EDOTDOT: Python's {@code errno.EDOTDOT} (Linux x86_64: 73). */
    public static final int EDOTDOT = Os.EDOTDOT;
    /** EBADMSG: Python's {@code errno.EBADMSG} (Linux x86_64: 74). */
    public static final int EBADMSG = Os.EBADMSG;
    /** EOVERFLOW: Python's {@code errno.EOVERFLOW} (Linux x86_64: 75). */
    public static final int EOVERFLOW = Os.EOVERFLOW;
    /** ENOTUNIQ: Python's {@code errno.ENOTUNIQ} (Linux x86_64: 76). */
    public static final int ENOTUNIQ = Os.ENOTUNIQ;
    /** EBADFD: Python's {@code errno.EBADFD} (Linux x86_64: 77). */
    public static final int EBADFD = Os.EBADFD;
    /** EREMCHG: Python's {@code errno.EREMCHG} (Linux x86_64: 78). */
    public static final int EREMCHG = Os.EREMCHG;
    /** ELIBACC: Python's {@code errno.ELIBACC} (Linux x86_64: 79). */
    public static final int ELIBACC = Os.ELIBACC;
    /** ELIBBAD: Python's {@code errno.ELIBBAD} (Linux x86_64: 80). */
    public static final int ELIBBAD = Os.ELIBBAD;
    /** ELIBSCN: Python's {@code errno.ELIBSCN} (Linux x86_64: 81). */
    public static final int ELIBSCN = Os.ELIBSCN;
    /** ELIBMAX: Python's {@code errno.ELIBMAX} (Linux x86_64: 82). */
    public static final int ELIBMAX = Os.ELIBMAX;
    /** ELIBEXEC: Python's {@code errno.ELIBEXEC} (Linux x86_64: 83). */
    public static final int ELIBEXEC = Os.ELIBEXEC;
    /** EILSEQ: Python's {@code errno.EILSEQ} (Linux x86_64: 84). */
    public static final int EILSEQ = Os.EILSEQ;
    /** ERESTART: Python's {@code errno.ERESTART} (Linux x86_64: 85). */
    public static final int ERESTART = Os.ERESTART;
    /** ESTRPIPE: Python's {@code errno.ESTRPIPE} (Linux x86_64: 86). */
    public static final int ESTRPIPE = Os.ESTRPIPE;
    /** EUSERS: Python's {@code errno.EUSERS} (Linux x86_64: 87). */
    public static final int EUSERS = Os.EUSERS;
    /** ENOTSUP: Python's {@code errno.ENOTSUP} (Linux x86_64: 95). */
    public static final int ENOTSUP = Os.ENOTSUP;
    /** EPFNOSUPPORT: Python's {@code errno.EPFNOSUPPORT} (Linux x86_64: 96). */
    public static final int EPFNOSUPPORT = Os.EPFNOSUPPORT;
    /** ENETRESET: Python's {@code errno.ENETRESET} (Linux x86_64: 102). */
    public static final int ENETRESET = Os.ENETRESET;
    /** ETOOMANYREFS: Python's {@code errno.ETOOMANYREFS} (Linux x86_64: 109). */
    public static final int ETOOMANYREFS = Os.ETOOMANYREFS;
    /** EHOSTDOWN: Python's {@code errno.EHOSTDOWN} (Linux x86_64: 112). */
    public static final int EHOSTDOWN = Os.EHOSTDOWN;
    /** ESTALE: Python's {@code errno.ESTALE} (Linux x86_64: 116). */
    public static final int ESTALE = Os.ESTALE;
    /** EUCLEAN: Python's {@code errno.EUCLEAN} (Linux x86_64: 117). */
    public static final int EUCLEAN = Os.EUCLEAN;
    /** ENOTNAM: Python's {@code errno.ENOTNAM} (Linux x86_64: 118). */
    public static final int ENOTNAM = Os.ENOTNAM;
    /** ENAVAIL: Python's {@code errno.ENAVAIL} (Linux x86_64: 119). */
    public static final int ENAVAIL = Os.ENAVAIL;
    /** EISNAM: Python's {@code errno.EISNAM} (Linux x86_64: 120). */
    public static final int EISNAM = Os.EISNAM;
    /** EREMOTEIO: Python's {@code errno.EREMOTEIO} (Linux x86_64: 121). */
    public static final int EREMOTEIO = Os.EREMOTEIO;
    /** EDQUOT: Python's {@code errno.EDQUOT} (Linux x86_64: 122). */
    public static final int EDQUOT = Os.EDQUOT;
    /** ENOMEDIUM: Python's {@code errno.ENOMEDIUM} (Linux x86_64: 123). */
    public static final int ENOMEDIUM = Os.ENOMEDIUM;
    /** EMEDIUMTYPE: Python's {@code errno.EMEDIUMTYPE} (Linux x86_64: 124). */
    public static final int EMEDIUMTYPE = Os.EMEDIUMTYPE;
    /** ECANCELED: Python's {@code errno.ECANCELED} (Linux x86_64: 125). */
    public static final int ECANCELED = Os.ECANCELED;
    /** ENOKEY: Python's {@code errno.ENOKEY} (Linux x86_64: 126). */
    public static final int ENOKEY = Os.ENOKEY;
    /** EKEYEXPIRED: Python's {@code errno.EKEYEXPIRED} (Linux x86_64: 127). */
    public static final int EKEYEXPIRED = Os.EKEYEXPIRED;
    /** EKEYREVOKED: Python's {@code errno.EKEYREVOKED} (Linux x86_64: 128). */
    public static final int EKEYREVOKED = Os.EKEYREVOKED;
    /** EKEYREJECTED: Python's {@code errno.EKEYREJECTED} (Linux x86_64: 129). */
    public static final int EKEYREJECTED = Os.EKEYREJECTED;
    /** EOWNERDEAD: Python's {@code errno.EOWNERDEAD} (Linux x86_64: 130). */
    public static final int EOWNERDEAD = Os.EOWNERDEAD;
    /** ENOTRECOVERABLE: Python's {@code errno.ENOTRECOVERABLE} (Linux x86_64: 131). */
    public static final int ENOTRECOVERABLE = Os.ENOTRECOVERABLE;
    /** ERFKILL: Python's {@code errno.ERFKILL} (Linux x86_64: 132). */
    public static final int ERFKILL = Os.ERFKILL;
    // END generated constants

    /** ALIASES: the alias names errorcode never returns (as Python's errno.errorcode). */
    private static final java.util.Set<String> ALIASES = java.util.Set.of("EWOULDBLOCK", "EOPNOTSUPP", "EDEADLK");
    private static final Map<Integer, String> NAMES = names();

    private Errno() {
    }

    /**
     * errorcode: Python's {@code errno.errorcode[n]}: the symbolic name of an error number (EAGAIN
     * rather than its alias EWOULDBLOCK).
     *
     * @param errno the error number
     * @return the name, or null when the number is unknown
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
