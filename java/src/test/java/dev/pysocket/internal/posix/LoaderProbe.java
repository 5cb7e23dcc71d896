package dev.pysocket.internal.posix;

import dev.pysocket.Sockets;
import dev.pysocket.internal.LoadFailure;
import dev.pysocket.nativeaccess.NativeAccessProbe;

/**
 * LoaderProbe: a child-JVM main for the loading tests: the binding, the library file and where
 * it came from (or why none loaded), the backend, one round trip.
 */
public final class LoaderProbe {
    private LoaderProbe() {
    }

    public static void main(String[] args) {
        System.out.println("binding=" + Sockets.binding());
        String library = NativeLoader.library();
        if (library != null) {
            System.out.println("library=" + library);
        }
        Throwable cause = NativeLoader.cause();
        if (cause != null) {
            System.out.println("cause=" + LoadFailure.describe(cause));
        }
        NativeAccessProbe.backendAndRoundTrip();
    }
}
