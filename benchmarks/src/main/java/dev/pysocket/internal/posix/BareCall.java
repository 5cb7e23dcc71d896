package dev.pysocket.internal.posix;

/**
 * BareCall: lets the benchmarks (workload {@code calls}, WORKLOADS.md) call
 * {@code Libpysocket.psk_nop()}, which is package-private. It sits in the benchmarks' source
 * tree under this package name: the benchmarks run on the class path, where the package is
 * the library's own (one class loader, no module boundary), so the call needs no public
 * entry point in the library.
 */
public final class BareCall {
    private BareCall() {
    }

    /**
     * nop calls {@code psk_nop} through the binding this JVM loaded; JIT-compiled, this method
     * is inlined, so what remains is the native call itself.
     *
     * @return psk_nop's 0
     */
    public static int nop() {
        return Libpysocket.psk_nop();
    }
}
