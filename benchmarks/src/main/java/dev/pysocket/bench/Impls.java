package dev.pysocket.bench;

import dev.pysocket.Sockets;
import dev.pysocket.internal.Backends;
import dev.pysocket.internal.posix.NativeLoader;
import java.util.Locale;

/**
 * Impls: the implementation names of WORKLOADS.md, as used in every {@code @Param("impl")},
 * and the one switch that depends on them outside the factories: which pysocket backend new
 * sockets get.
 */
final class Impls {
    static final String PYSOCKET_NATIVE = "pysocket-native";
    static final String PYSOCKET_NATIVE_BB = "pysocket-native-bb";
    static final String PYSOCKET_JDK = "pysocket-jdk";
    static final String JAVA_NET = "java.net";
    static final String NIO = "nio";

    private Impls() {
    }

    /**
     * useBackend makes sockets created from now on use the backend impl names (pysocket
     * impls only). The choice is process-wide, so every trial makes it again in its setup:
     * with {@code -f 0} several impls share one JVM. For a native impl it also checks that the
     * natives are bound the way this JVM was asked to ({@link #requestedBinding()}): the runner
     * names the rows after the binding it requested, so a different one must not be measured.
     */
    static void useBackend(String impl) {
        String backend = switch (impl) {
            case PYSOCKET_NATIVE, PYSOCKET_NATIVE_BB -> "native";
            case PYSOCKET_JDK -> "jdk";
            default -> throw new IllegalArgumentException("not a pysocket impl: " + impl);
        };
        if (backend.equals("native") && !Backends.nativeAvailable()) {
            // A silent fall-back would publish jdk numbers under a native name.
            throw new IllegalStateException("libpysocket did not load", NativeLoader.cause());
        }
        if (backend.equals("native") && !requestedBinding().equals(Sockets.binding())) {
            throw new IllegalStateException("pysocket native is bound through " + Sockets.binding()
                    + ", not the requested " + requestedBinding() + " (-Dpysocket.binding)");
        }
        Backends.useForTesting(backend);
    }

    /**
     * requestedBinding: the binding this JVM was asked for, as pysocket reads it: the system
     * property {@code pysocket.binding}, else the environment variable {@code PYSOCKET_BINDING},
     * else the default {@code jni}; lower case.
     */
    static String requestedBinding() {
        String v = System.getProperty("pysocket.binding");
        if (v == null || v.isBlank()) {
            v = System.getenv("PYSOCKET_BINDING");
        }
        return v == null || v.isBlank() ? "jni" : v.trim().toLowerCase(Locale.ROOT);
    }

    /** unknown: the error for an impl a workload does not run. */
    static IllegalArgumentException unknown(String impl, String workload) {
        return new IllegalArgumentException("workload " + workload + " has no impl " + impl);
    }
}
