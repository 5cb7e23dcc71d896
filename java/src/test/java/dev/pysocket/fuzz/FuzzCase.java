package dev.pysocket.fuzz;

/**
 * FuzzCase: one row of the argument fuzz table: the public method it exercises, named by
 * its signature as {@link ArgumentFuzzTest#signature} prints it ({@code "Socket.recv(int,int)"}),
 * what the case feeds it, the call, and the outcome Python's rules demand.
 */
record FuzzCase(String method, String name, Call call, Outcome expect) {

    /** Call: one invocation against a fixture; a closeable result is closed with the fixture. */
    @FunctionalInterface
    interface Call {
        Object run(Fixture f) throws Exception;
    }
}
