package dev.pysocket.support;

import dev.pysocket.Errno;
import dev.pysocket.OSError;
import dev.pysocket.Socket;

/**
 * RaceTarget: the sockets of one close race ({@link CloseRace}): a victim socket, the call
 * another thread makes on it while the test thread closes it, and the judgement of how that
 * call ended. Opened fresh for every race and closed after it.
 */
public interface RaceTarget extends AutoCloseable {

    /** Verdict: how one race ended. */
    enum Verdict {
        /** EBADF, or another ending the operation allows (a 0-byte EOF for recv). */
        EXPECTED,
        /** The call saw another socket's data or connection: its descriptor number was reused. */
        WRONG_DESCRIPTOR,
        /** The call succeeded although it could not have before close() (a connect to a full backlog). */
        SUCCESS_AFTER_CLOSE,
        /** Any other exception or errno. */
        UNEXPECTED
    }

    /**
     * Times: System.nanoTime() when the racer entered the call, when close() was called, when
     * it returned, and when the racer's call ended.
     */
    record Times(long started, long closeCalled, long closeReturned, long finished) {
        /** startedAfterClose: the call began after close() had returned. */
        public boolean startedAfterClose() {
            return started - closeReturned > 0;
        }

        /** woken: the call was under way when close() returned and ended after it. */
        public boolean woken() {
            return started - closeReturned < 0 && finished - closeReturned > 0;
        }
    }

    /** victim: the socket the race closes. */
    Socket victim();

    /** call: the operation on the victim, run on the racer thread; returns its result. */
    Object call() throws Exception;

    /** blocks: whether the call waits in the kernel until close() (so it can be seen blocked). */
    default boolean blocks() {
        return true;
    }

    /**
     * closeVictim: the close() under test, on the test thread. Returns null, or what went
     * wrong (counted as unexpected).
     */
    default String closeVictim() throws OSError {
        victim().close();
        return null;
    }

    /** judge classifies the racer's outcome (its result or the Throwable it threw). */
    Verdict judge(Object outcome, Times times);

    /**
     * release makes a call that hangs after close() return at last (closing what it waits
     * on), so the test can finish and leak nothing. The race already counts as a hang.
     */
    default void release() throws OSError {
    }

    /**
     * afterRace: a check once the racer has ended (not after a hang), e.g. that the peer sees
     * the end of stream, i.e. the descriptor really was closed by the last one out. Returns
     * null, or what is wrong (counted as unexpected).
     */
    default String afterRace() throws OSError {
        return null;
    }

    /** close closes every socket the race opened (after the racer has ended or been released). */
    @Override
    void close() throws OSError;

    /** isEbadf: outcome is OSError 9, the ending close() promises. */
    static boolean isEbadf(Object outcome) {
        return outcome instanceof OSError e && e.getClass() == OSError.class && e.errno() == Errno.EBADF;
    }

    /** ebadfOnly: EXPECTED for OSError 9, else UNEXPECTED (for calls that cannot succeed at all). */
    static Verdict ebadfOnly(Object outcome) {
        return isEbadf(outcome) ? Verdict.EXPECTED : Verdict.UNEXPECTED;
    }
}
