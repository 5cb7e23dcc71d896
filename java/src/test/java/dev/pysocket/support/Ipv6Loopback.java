package dev.pysocket.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;

/**
 * Ipv6Loopback: whether this machine has the IPv6 loopback ::1, probed once with java.nio
 * (independent of the backend under test). IPv6 tests skip, saying why, only when it is absent.
 */
public final class Ipv6Loopback {
    private static final boolean PRESENT = probe();

    private Ipv6Loopback() {
    }

    /** assume skips the calling test when ::1 cannot be bound here. */
    public static void assume() {
        assumeTrue(PRESENT, "skipped: the IPv6 loopback address ::1 is not configured on this machine");
    }

    private static boolean probe() {
        try (DatagramChannel ch = DatagramChannel.open(StandardProtocolFamily.INET6)) {
            ch.bind(new InetSocketAddress(InetAddress.getByName("::1"), 0));
            return ch.getLocalAddress() instanceof InetSocketAddress isa && isa.getAddress() instanceof Inet6Address;
        } catch (Exception e) {
            return false;
        }
    }
}
