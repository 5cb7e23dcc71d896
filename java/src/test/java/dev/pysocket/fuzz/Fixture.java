package dev.pysocket.fuzz;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import java.util.ArrayList;
import java.util.List;

/**
 * Fixture: the sockets one fuzz case uses, made on demand and all closed after the case,
 * so that a case never leaks what it opened (and any descriptor left over is the code's).
 */
final class Fixture implements AutoCloseable {
    private final List<AutoCloseable> owned = new ArrayList<>();

    /** loopback returns ('127.0.0.1', port). */
    static Address loopback(int port) {
        return Address.of("127.0.0.1", port);
    }

    /** fresh: a new, unbound AF_INET stream socket. */
    Socket fresh() throws OSError {
        return own(Sockets.socket());
    }

    /** closed: a socket that has been closed. */
    Socket closed() throws OSError {
        Socket s = Sockets.socket();
        s.close();
        return s;
    }

    /** refusedPort: a loopback port nothing listens on (a bound, non-listening socket holds it). */
    int refusedPort() throws OSError {
        Socket holder = fresh();
        holder.bind(loopback(0));
        return ((Address.Inet) holder.getsockname()).port();
    }

    /** own: closes c with the fixture; returns c. */
    <T extends AutoCloseable> T own(T c) {
        owned.add(c);
        return c;
    }

    @Override
    public void close() throws OSError {
        for (AutoCloseable c : owned) {
            try {
                c.close();
            } catch (OSError | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new AssertionError("closing " + c, e);
            }
        }
    }
}
