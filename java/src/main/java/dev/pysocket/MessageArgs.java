package dev.pysocket;

import dev.pysocket.internal.Backends;
import dev.pysocket.internal.InetFunctions;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * MessageArgs: Python's argument checks of sendmsg, recvmsg, recvmsg_into, send_fds and
 * recv_fds (CPython's Modules/socketmodule.c sock_sendmsg / sock_recvmsg_into and
 * Lib/socket.py), with its messages: None is a {@link NullPointerException}, a value of the
 * wrong kind an {@link IllegalArgumentException} (docs/python-semantics.md §3). Each check
 * also takes a snapshot, so a list the caller changes meanwhile cannot change the call.
 */
final class MessageArgs {
    private MessageArgs() {
    }

    /** buffers: sendmsg's argument 1, each a bytes-like object. */
    static byte[][] buffers(List<byte[]> buffers) {
        if (buffers == null) {
            throw new NullPointerException("sendmsg() argument 1 must be an iterable");
        }
        byte[][] out = buffers.toArray(new byte[0][]);
        for (byte[] b : out) {
            if (b == null) {
                throw new NullPointerException("a bytes-like object is required, not 'NoneType'");
            }
        }
        return out;
    }

    /**
     * ancillary: sendmsg's argument 2, each item's CMSG_SPACE within an int ("ancillary data
     * item too large") and all of them too ("too much ancillary data"): OSError without an
     * errno, as CPython raises them.
     */
    static List<Ancillary> ancillary(List<Ancillary> ancdata) throws OSError {
        if (ancdata == null) {
            throw new NullPointerException("sendmsg() argument 2 must be an iterable");
        }
        List<Ancillary> out = new ArrayList<>(ancdata);
        long total = 0;
        for (Ancillary a : out) {
            if (a == null) {
                throw new NullPointerException(
                        "[sendmsg() ancillary data items]() argument must be 3-item sequence, not None");
            }
            if (a.data() == null) {
                throw new NullPointerException("a bytes-like object is required, not 'NoneType'");
            }
            int space;
            try {
                space = InetFunctions.cmsgSpace(a.data().length);
            } catch (IllegalArgumentException e) {
                throw new OSError("ancillary data item too large");
            }
            total += space;
            if (total > Integer.MAX_VALUE) {
                throw new OSError("too much ancillary data");
            }
        }
        return out;
    }

    /** recvBufsize: recvmsg's bufsize. */
    static void recvBufsize(int bufsize) {
        if (bufsize < 0) {
            throw new IllegalArgumentException("negative buffer size in recvmsg()");
        }
    }

    /** ancbufsize: recvmsg's and recvmsg_into's ancbufsize. */
    static void ancbufsize(int ancbufsize) {
        if (ancbufsize < 0) {
            throw new IllegalArgumentException("invalid ancillary data buffer length");
        }
    }

    /** intoBuffers: recvmsg_into's argument 1, each a writable buffer. */
    static ByteBuffer[] intoBuffers(List<ByteBuffer> buffers) {
        String message = "recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers";
        if (buffers == null) {
            throw new NullPointerException("recvmsg_into() argument 1 must be an iterable");
        }
        ByteBuffer[] out = buffers.toArray(new ByteBuffer[0]);
        for (ByteBuffer b : out) {
            if (b == null) {
                throw new NullPointerException(message);
            }
            if (b.isReadOnly()) {
                throw new IllegalArgumentException(message);
            }
        }
        return out;
    }

    /** fds: send_fds' descriptors, which Python puts into array('i', fds) first. */
    static int[] fds(int[] fds) {
        if (fds == null) {
            throw new NullPointerException("'NoneType' object is not iterable");
        }
        return fds.clone();
    }

    /** fdsAncbufsize: recv_fds' CMSG_LEN(maxfds * 4), checked before recvmsg's own arguments. */
    static int fdsAncbufsize(int maxfds) {
        long length = maxfds * (long) Integer.BYTES;
        if (length < Integer.MIN_VALUE || length > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("CMSG_LEN() argument out of range");
        }
        return InetFunctions.cmsgLen((int) length);
    }

    /**
     * closeFds closes the descriptors of received SCM_RIGHTS items that cannot be handed over
     * (R36). Only the native backend receives descriptors, so its close is used whatever
     * backend new sockets use now.
     */
    static void closeFds(List<Ancillary> ancdata) {
        for (Ancillary a : ancdata) {
            if (a.level() == Sockets.SOL_SOCKET && a.type() == Sockets.SCM_RIGHTS) {
                for (int fd : a.fds()) {
                    try {
                        Backends.named("native").close(fd);
                    } catch (OSError e) {
                        // Already closed: nothing is left to leak.
                    }
                }
            }
        }
    }
}
