package dev.pysocket.bench;

import java.io.EOFException;
import java.io.IOException;

/**
 * PingPong: a client end driven by the benchmark thread and an echo peer on the same CPU
 * (WORKLOADS.md pp1, pp64, pp1to, upp1). One {@link #roundTrip} sends a message and reads
 * the whole echo.
 */
final class PingPong {
    private final Stream client;
    private final Stream echoEnd;
    private final Peer echo;
    private final Watchdog watchdog;

    private PingPong(Loopback.Pair<Stream> pair, String name) {
        this.client = pair.client();
        this.echoEnd = pair.server();
        Stream e = echoEnd;
        this.echo = Peer.start(name + "-echo", Placement.latencyCpu(), () -> {
            if (!e.receiveMessage()) {
                return false; // the client closed: the trial is over
            }
            e.sendMessage();
            return true;
        });
        this.watchdog = Watchdog.start(name, echo, client, echoEnd);
    }

    /** start begins echoing on pair's server end; the caller pins itself (see {@link #pinCaller}). */
    static PingPong start(Loopback.Pair<Stream> pair, String name) {
        return new PingPong(pair, name);
    }

    /** pinCaller pins the benchmark thread beside the echo thread. */
    static void pinCaller() {
        Placement.pin(Placement.latencyCpu());
    }

    /** roundTrip: one op. */
    void roundTrip() throws IOException {
        client.sendMessage();
        if (!client.receiveMessage()) {
            throw new EOFException("the echo end closed");
        }
    }

    /** close: closing the client ends the echo loop at EOF; then the echo end is closed. */
    void close() throws IOException {
        watchdog.close();
        try {
            echo.stop(client);
        } finally {
            echoEnd.close();
        }
    }
}
