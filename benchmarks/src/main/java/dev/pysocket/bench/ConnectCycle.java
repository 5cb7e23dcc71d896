package dev.pysocket.bench;

import dev.pysocket.Address;
import dev.pysocket.OSError;
import dev.pysocket.Sockets;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;

/**
 * ConnectCycle: one impl's half of workload conn. The listener side accepts and closes
 * ({@link #acceptAndClose}, run by a peer thread); the client side ({@link #cycle}, the op)
 * connects, reads EOF, sets SO_LINGER {1, 0} and closes, so the connection ends with a RST
 * and no TIME_WAIT builds up over millions of cycles.
 */
abstract class ConnectCycle implements Closeable {
    /** cycle: one client connect, EOF, linger, close. */
    abstract void cycle() throws IOException;

    /** acceptAndClose: one server step; false when the listener is gone. */
    abstract boolean acceptAndClose() throws IOException;

    static ConnectCycle open(String impl) throws IOException {
        return switch (impl) {
            case Impls.PYSOCKET_NATIVE, Impls.PYSOCKET_JDK -> new Py(impl);
            case Impls.JAVA_NET -> new Net();
            case Impls.NIO -> new Nio();
            default -> throw Impls.unknown(impl, "conn");
        };
    }

    /** Py: pysocket {@code socket()}, {@code connect}, {@code recv_into}, {@code setsockopt(bytes)}, {@code close}. */
    static final class Py extends ConnectCycle {
        private final dev.pysocket.Socket listener;
        private final Address address;
        private final byte[] one = new byte[1];
        /** struct linger {l_onoff = 1, l_linger = 0}, two native-order C ints; null where unsupported. */
        private final byte[] linger;

        Py(String impl) throws IOException {
            Impls.useBackend(impl);
            listener = Sockets.createServer(Address.of("127.0.0.1", 0));
            address = Address.of("127.0.0.1", ((Address.Inet) listener.getsockname()).port());
            linger = probeLinger(impl);
        }

        /**
         * probeLinger: the bytes form of setsockopt, or null where the backend raises for it.
         * The jdk backend raised EOPNOTSUPP for setsockopt(bytes) when this was written; its
         * row then runs without SO_LINGER (the server side collects TIME_WAITs instead of
         * the client sending a RST), which the message on stderr says, until the backend has it.
         */
        private static byte[] probeLinger(String impl) throws OSError {
            byte[] value = ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(1).putInt(0).array();
            try (dev.pysocket.Socket s = Sockets.socket()) {
                s.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_LINGER, value);
                return value;
            } catch (OSError e) {
                System.err.println("conn " + impl + ": setsockopt(SOL_SOCKET, SO_LINGER, bytes) raised " + e
                        + "; running without SO_LINGER");
                return null;
            }
        }

        @Override
        void cycle() throws IOException {
            try (dev.pysocket.Socket c = Sockets.socket()) {
                c.connect(address);
                if (c.recvInto(one) != 0) {
                    throw new IOException("expected EOF from the server");
                }
                if (linger != null) {
                    c.setsockopt(Sockets.SOL_SOCKET, Sockets.SO_LINGER, linger);
                }
            }
        }

        @Override
        boolean acceptAndClose() throws IOException {
            listener.accept().conn().close();
            return true;
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    /**
     * Net: java.net.Socket and ServerSocket, untimed (SO_TIMEOUT and a connect timeout put
     * JDK 17's NioSocketImpl on its non-blocking + poll path); the watchdog bounds them.
     */
    static final class Net extends ConnectCycle {
        private final ServerSocket listener;
        private final InetSocketAddress address;

        Net() throws IOException {
            listener = new ServerSocket(0, 50, Loopback.ip());
            address = (InetSocketAddress) listener.getLocalSocketAddress();
        }

        @Override
        void cycle() throws IOException {
            try (java.net.Socket c = new java.net.Socket()) {
                c.connect(address);
                if (c.getInputStream().read() != -1) {
                    throw new IOException("expected EOF from the server");
                }
                c.setSoLinger(true, 0);
            }
        }

        @Override
        boolean acceptAndClose() throws IOException {
            listener.accept().close();
            return true;
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }

    /** Nio: blocking SocketChannel and ServerSocketChannel, a reused direct 1-byte buffer. */
    static final class Nio extends ConnectCycle {
        private final ServerSocketChannel listener;
        private final InetSocketAddress address;
        private final ByteBuffer one = ByteBuffer.allocateDirect(1);

        Nio() throws IOException {
            listener = ServerSocketChannel.open();
            listener.bind(new InetSocketAddress(Loopback.ip(), 0));
            address = (InetSocketAddress) listener.getLocalAddress();
        }

        @Override
        void cycle() throws IOException {
            try (SocketChannel c = SocketChannel.open(address)) {
                one.clear();
                if (c.read(one) != -1) {
                    throw new IOException("expected EOF from the server");
                }
                c.setOption(StandardSocketOptions.SO_LINGER, 0);
            }
        }

        @Override
        boolean acceptAndClose() throws IOException {
            listener.accept().close();
            return true;
        }

        @Override
        public void close() throws IOException {
            listener.close();
        }
    }
}
