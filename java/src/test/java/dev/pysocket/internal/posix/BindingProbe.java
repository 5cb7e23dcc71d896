package dev.pysocket.internal.posix;

import dev.pysocket.Sockets;
import dev.pysocket.nativeaccess.NativeAccessProbe;

/** BindingProbe: a child-JVM main for {@link BindingSelectionTest}: the binding, the backend, one round trip. */
public final class BindingProbe {
    private BindingProbe() {
    }

    public static void main(String[] args) {
        System.out.println("binding=" + Sockets.binding());
        Throwable cause = NativeLoader.cause();
        if (cause != null) {
            System.out.println("cause=" + cause);
        }
        NativeAccessProbe.backendAndRoundTrip();
    }
}
