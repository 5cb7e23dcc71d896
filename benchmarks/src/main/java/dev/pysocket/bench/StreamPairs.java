package dev.pysocket.bench;

import java.io.IOException;
import java.nio.channels.SocketChannel;

/**
 * StreamPairs: connected {@link Stream} pairs for an impl name, both ends the same impl
 * (WORKLOADS.md: "both ends the implementation under test").
 */
final class StreamPairs {
    private StreamPairs() {
    }

    /**
     * tcp: a loopback TCP pair for impl with messages of size bytes and TCP_NODELAY on both
     * ends (the ping-pong workloads). timedClient gives the client end the impl's
     * receive-with-timeout form (pp1to); the server end stays blocking.
     */
    static Loopback.Pair<Stream> tcp(String impl, int size, boolean timedClient) throws IOException {
        return tcp(impl, size, timedClient, true);
    }

    /** tcp: the same with TCP_NODELAY chosen (bulk streams with Nagle on, as the C reference). */
    static Loopback.Pair<Stream> tcp(String impl, int size, boolean timedClient, boolean nodelay) throws IOException {
        switch (impl) {
            case Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK, Impls.PYSOCKET_NATIVE_BB: {
                Loopback.Pair<dev.pysocket.Socket> p = Loopback.pysocket(impl, nodelay);
                if (timedClient) {
                    p.client().settimeout(5.0);
                }
                return impl.equals(Impls.PYSOCKET_NATIVE_BB)
                        ? new Loopback.Pair<>(new PyBufferStream(p.client(), size), new PyBufferStream(p.server(), size))
                        : new Loopback.Pair<>(new PyStream(p.client(), size), new PyStream(p.server(), size));
            }
            case Impls.JAVA_NET: {
                Loopback.Pair<java.net.Socket> p = Loopback.javaNet(nodelay);
                if (timedClient) {
                    p.client().setSoTimeout(Loopback.JAVA_NET_TIMEOUT_MILLIS);
                }
                return new Loopback.Pair<>(new NetStream(p.client(), size), new NetStream(p.server(), size));
            }
            case Impls.NIO: {
                Loopback.Pair<SocketChannel> p = Loopback.nio(nodelay);
                Stream client = timedClient ? new NioSelectStream(p.client(), size) : new NioStream(p.client(), size);
                return new Loopback.Pair<>(client, new NioStream(p.server(), size));
            }
            default:
                throw Impls.unknown(impl, "tcp stream");
        }
    }

    /** unix: an AF_UNIX stream pair through a path: pysocket (byte[] API) or nio (java.net has none). */
    static Loopback.Pair<Stream> unix(String impl, int size) throws IOException {
        switch (impl) {
            case Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK: {
                Loopback.Pair<dev.pysocket.Socket> p = Loopback.pysocketUnix(impl);
                return new Loopback.Pair<>(new PyStream(p.client(), size), new PyStream(p.server(), size));
            }
            case Impls.NIO: {
                Loopback.Pair<SocketChannel> p = Loopback.unix();
                return new Loopback.Pair<>(new NioStream(p.client(), size), new NioStream(p.server(), size));
            }
            default:
                throw Impls.unknown(impl, "upp1");
        }
    }
}
