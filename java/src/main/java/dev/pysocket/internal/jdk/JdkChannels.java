package dev.pysocket.internal.jdk;

import java.io.IOException;
import java.nio.channels.Channel;
import java.nio.channels.SelectableChannel;

/** JdkChannels closes channels the way the jdk backend needs: quietly, and with the descriptor gone at once. */
final class JdkChannels {
    private JdkChannels() {
    }

    /** closeQuietly closes ch (null: nothing); close never fails in Python's eyes (R16: ECONNRESET is ignored). */
    static void closeQuietly(Channel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException e) {
                // see above
            }
        }
    }

    /**
     * closeNow closes ch so that its descriptor, and so its address, is free when this
     * returns: a channel registered with a selector keeps its descriptor until its key is
     * dropped, so the poller drops it next. Closed first, so that no thread registers ch
     * again meanwhile; a thread waiting on ch wakes to try again, and finds it closed.
     */
    static void closeNow(SelectableChannel ch) {
        closeQuietly(ch);
        JdkPollers.forget(ch);
    }
}
