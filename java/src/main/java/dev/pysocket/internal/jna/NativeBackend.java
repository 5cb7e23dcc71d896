package dev.pysocket.internal.jna;

import dev.pysocket.OSError;
import dev.pysocket.internal.Backend;
import dev.pysocket.internal.Errors;
import dev.pysocket.internal.SocketImpl;

/** NativeBackend: the {@link Backend} over libpysocket. */
public final class NativeBackend implements Backend {
    public static final NativeBackend INSTANCE = new NativeBackend();

    private NativeBackend() {
    }

    @Override
    public String name() {
        return "native";
    }

    @Override
    public SocketImpl socket(int family, int type, int proto) throws OSError {
        int fd = Libpysocket.psk_socket(family, type, proto);
        if (fd < 0) {
            throw Errors.fromReturn(fd);
        }
        return new NativeSocket(fd);
    }
}
