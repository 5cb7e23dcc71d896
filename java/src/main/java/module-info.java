/**
 * pysocket: Python's socket module on real BSD sockets (native: libpysocket bound through JNI
 * or JNA, and JNA finds the library either way) or java.nio.
 */
module dev.pysocket {
    requires com.sun.jna;
    requires jdk.net;

    exports dev.pysocket;
    exports dev.pysocket.select;
    exports dev.pysocket.selectors;
    exports dev.pysocket.socketserver;
}
