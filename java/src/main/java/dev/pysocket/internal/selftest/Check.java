package dev.pysocket.internal.selftest;

/**
 * Check: one smoke check of the selftest. It returns normally when it passed, throws
 * {@link Skipped} when the platform lacks what it needs, and throws anything else when it failed.
 */
@FunctionalInterface
interface Check {
    void run() throws Exception;

    /** Failed: the check saw a wrong result (its message says what); other exceptions are failures too. */
    final class Failed extends Exception {
        private static final long serialVersionUID = 1L;

        Failed(String message) {
            super(message);
        }
    }

    /** Skipped: the check cannot run here (say why); it neither passes nor fails. */
    final class Skipped extends Exception {
        private static final long serialVersionUID = 1L;

        Skipped(String reason) {
            super(reason);
        }
    }
}
