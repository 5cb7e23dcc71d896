package dev.pysocket.fuzz;

import static dev.pysocket.fuzz.Fixture.loopback;
import static dev.pysocket.fuzz.Outcome.ebadf;
import static dev.pysocket.fuzz.Outcome.iae;
import static dev.pysocket.fuzz.Outcome.npe;
import static dev.pysocket.fuzz.Outcome.os;
import static dev.pysocket.fuzz.Outcome.returns;
import static dev.pysocket.fuzz.Rows.MAX;
import static dev.pysocket.fuzz.Rows.MIN;
import static dev.pysocket.fuzz.Rows.add;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Socket;
import dev.pysocket.Sockets;
import dev.pysocket.internal.Capability;
import java.util.ArrayList;
import java.util.List;

/**
 * DatagramCases: the fuzz rows for sendto/recvfrom/recvfromInto (docs/python-semantics.md §3, R14,
 * R16), on a non-blocking UDP socket so that a receive with nothing queued answers at once.
 * Messages are CPython 3.11's (checked with python3: recvfrom(0) still makes the syscall, so
 * it raises BlockingIOError where recv(0) returns b'').
 */
final class DatagramCases {
    private DatagramCases() {
    }

    /** rows: every datagram case, in a fresh list. */
    static List<FuzzCase> rows() {
        List<FuzzCase> t = new ArrayList<>();
        receive(t);
        send(t);
        return t;
    }

    /** udp: a fresh, non-blocking UDP socket owned by the fixture. */
    private static Socket udp(Fixture f) throws OSError {
        Socket s = f.own(Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM));
        s.setblocking(false);
        return s;
    }

    private static Socket closedUdp() throws OSError {
        Socket s = Sockets.socket(Sockets.AF_INET, Sockets.SOCK_DGRAM);
        s.close();
        return s;
    }

    private static void receive(List<FuzzCase> t) {
        Outcome eagain = os(11, "Resource temporarily unavailable");
        String from = "Socket.recvfrom(int)";
        for (int n : new int[] {-1, MIN}) {
            add(t, from, "bufsize " + n, f -> udp(f).recvfrom(n), iae("negative buffersize in recvfrom"));
        }
        add(t, from, "bufsize 0 still asks the kernel", f -> udp(f).recvfrom(0), eagain);
        add(t, from, "bufsize MAX, nothing queued", f -> udp(f).recvfrom(MAX), eagain);
        add(t, from, "closed", f -> closedUdp().recvfrom(1), ebadf());
        String fromFlags = "Socket.recvfrom(int,int)";
        add(t, fromFlags, "negative bufsize", f -> udp(f).recvfrom(-1, 0), iae("negative buffersize in recvfrom"));
        add(t, fromFlags, "flags MIN", f -> udp(f).recvfrom(1, MIN), eagain.needing(Capability.DATAGRAM_FLAGS));
        add(t, fromFlags, "closed", f -> closedUdp().recvfrom(1, 0), ebadf());

        String into = "Socket.recvfromInto(byte[])";
        add(t, into, "null", f -> udp(f).recvfromInto(null), npe());
        add(t, into, "empty buffer still asks the kernel", f -> udp(f).recvfromInto(new byte[0]), eagain);
        add(t, into, "closed", f -> closedUdp().recvfromInto(new byte[1]), ebadf());
        String intoN = "Socket.recvfromInto(byte[],int,int)";
        add(t, intoN, "null", f -> udp(f).recvfromInto(null, 0, 0), npe());
        add(t, intoN, "nbytes beyond the buffer", f -> udp(f).recvfromInto(new byte[4], 10, 0),
                iae("nbytes is greater than the length of the buffer"));
        add(t, intoN, "nbytes MAX", f -> udp(f).recvfromInto(new byte[4], MAX, 0),
                iae("nbytes is greater than the length of the buffer"));
        for (int n : new int[] {-1, MIN}) {
            add(t, intoN, "nbytes " + n, f -> udp(f).recvfromInto(new byte[4], n, 0),
                    iae("negative buffersize in recvfrom_into"));
        }
        add(t, intoN, "closed", f -> closedUdp().recvfromInto(new byte[1], 1, 0), ebadf());
    }

    private static void send(List<FuzzCase> t) {
        String to = "Socket.sendto(byte[],Address)";
        add(t, to, "null data", f -> udp(f).sendto(null, loopback(9)), npe());
        add(t, to, "null address", f -> udp(f).sendto(new byte[1], null), npe());
        for (int port : new int[] {-1, 65536, MAX, MIN}) {
            add(t, to, "port " + port, f -> udp(f).sendto(new byte[1], loopback(port)),
                    iae("sendto(): port must be 0-65535."));
        }
        add(t, to, "str address on AF_INET", f -> udp(f).sendto(new byte[1], Address.unix("")),
                iae("sendto(): AF_INET address must be tuple, not str"));
        add(t, to, "65508 bytes", f -> udp(f).sendto(new byte[65508], loopback(f.refusedPort())),
                os(90, "Message too long"));
        add(t, to, "empty datagram", f -> udp(f).sendto(new byte[0], loopback(f.refusedPort())), returns(0));
        add(t, to, "closed", f -> closedUdp().sendto(new byte[1], loopback(9)), ebadf());
        String toFlags = "Socket.sendto(byte[],int,Address)";
        add(t, toFlags, "null data", f -> udp(f).sendto(null, 0, loopback(9)), npe());
        add(t, toFlags, "null address", f -> udp(f).sendto(new byte[1], 0, null), npe());
        add(t, toFlags, "port MAX", f -> udp(f).sendto(new byte[1], 0, loopback(MAX)),
                iae("sendto(): port must be 0-65535."));
        add(t, toFlags, "closed", f -> closedUdp().sendto(new byte[1], 0, loopback(9)), ebadf());
    }
}
