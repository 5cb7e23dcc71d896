package dev.pysocket;

import dev.pysocket.internal.GetAddrInfo;
import dev.pysocket.internal.Timeouts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * CreateConnection: Lib/socket.py's {@code create_connection(address, timeout,
 * source_address, all_errors)} as named steps: {@link #candidates} resolves the host with
 * {@code getaddrinfo(host, port, 0, SOCK_STREAM)} and keeps the resolver's order (R20);
 * {@link #attempt} makes one socket per candidate, sets the timeout unless it is the
 * default, binds the source address and connects; {@link #failure} raises the last error,
 * or with all_errors one OSError "create_connection failed" whose suppressed exceptions are
 * every attempt's error (Python's ExceptionGroup).
 */
final class CreateConnection {
    private final Address.Inet address;
    /** explicitTimeout: whether a timeout was given ({@code timeout is not _GLOBAL_DEFAULT_TIMEOUT}). */
    private final boolean explicitTimeout;
    private final Double timeout;
    private final Address source;
    private final boolean allErrors;

    private CreateConnection(Address address, boolean explicitTimeout, Double timeout, Address source,
            boolean allErrors) {
        if (explicitTimeout) {
            Timeouts.toNanos(timeout); // settimeout's ValueError comes first, before any lookup
        }
        Objects.requireNonNull(address, "address must not be null");
        if (!(address instanceof Address.Inet inet)) {
            throw new IllegalArgumentException("too many values to unpack (expected 2)"); // host, port = address
        }
        this.address = inet;
        this.explicitTimeout = explicitTimeout;
        this.timeout = timeout;
        this.source = source;
        this.allErrors = allErrors;
    }

    /** withDefaultTimeout: {@code create_connection(address)}: the sockets keep the default timeout. */
    static Socket withDefaultTimeout(Address address) throws OSError {
        return new CreateConnection(address, false, null, null, false).connect();
    }

    /** withTimeout: {@code create_connection(address, timeout, source_address, all_errors)}; a null timeout blocks. */
    static Socket withTimeout(Address address, Double timeout, Address source, boolean allErrors) throws OSError {
        return new CreateConnection(address, true, timeout, source, allErrors).connect();
    }

    /** connect tries each candidate in order and returns the first connected socket. */
    private Socket connect() throws OSError {
        List<OSError> errors = new ArrayList<>();
        for (GetAddrInfo.Candidate target : candidates()) {
            try {
                return attempt(target);
            } catch (OSError e) {
                errors.add(e);
            }
        }
        throw failure(errors);
    }

    /** candidates: {@code getaddrinfo(host, port, 0, SOCK_STREAM)}, in the resolver's order (RFC 6724 on native). */
    private List<GetAddrInfo.Candidate> candidates() throws OSError {
        return GetAddrInfo.streamAddresses(address.host(), address.port());
    }

    /**
     * attempt: one socket for target, connected, or closed before the error leaves: an OSError
     * moves on to the next candidate; an argument error (a bad source address: Python's
     * OverflowError or TypeError) ends the whole call.
     */
    private Socket attempt(GetAddrInfo.Candidate target) throws OSError {
        Socket sock = SocketFactory.socket(target.family(), Sockets.SOCK_STREAM, target.proto());
        try {
            if (explicitTimeout) {
                sock.settimeout(timeout);
            }
            if (source != null) {
                sock.bind(source);
            }
            sock.connectResolved(target.addr());
            return sock;
        } catch (OSError | RuntimeException e) {
            sock.close();
            throw e;
        }
    }

    /** failure: the error create_connection raises when no candidate connected. */
    private OSError failure(List<OSError> errors) {
        if (errors.isEmpty()) {
            return new OSError("getaddrinfo returns an empty list");
        }
        if (!allErrors) {
            return errors.get(errors.size() - 1);
        }
        OSError group = new OSError("create_connection failed");
        errors.forEach(group::addSuppressed);
        return group;
    }
}
