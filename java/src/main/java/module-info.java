/**
 * pysocket: Python's socket module on real BSD sockets (native: libpysocket bound through JNI
 * or JNA, the file chosen for the platform by pysocket itself, docs/loading.md) or java.nio.
 */
module dev.pysocket {
    requires com.sun.jna;
    requires jdk.net;

    exports dev.pysocket;
    exports dev.pysocket.select;
    exports dev.pysocket.selectors;
    exports dev.pysocket.socketserver;
}
