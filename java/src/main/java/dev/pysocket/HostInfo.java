package dev.pysocket;

import java.util.List;

/**
 * HostInfo: the result of {@link Sockets#gethostbynameEx} and {@link Sockets#gethostbyaddr},
 * Python's {@code (hostname, aliaslist, ipaddrlist)}; addresses are in text form.
 */
public record HostInfo(String hostname, List<String> aliases, List<String> addresses) {
    /** HostInfo copies both lists (unmodifiable). */
    public HostInfo {
        aliases = List.copyOf(aliases);
        addresses = List.copyOf(addresses);
    }
}
