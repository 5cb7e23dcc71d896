package dev.pysocket.support;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Async runs one task on its own (non-daemon) thread and lets the test wait for it with a
 * bound. close() interrupts and joins a thread that is still running, so a test never leaves
 * a thread behind unnoticed ({@link FdLeakCheck} reports survivors).
 *
 * @param <T> the task's result
 */
public final class Async<T> implements AutoCloseable {

    /** Task: the work, which may throw. */
    @FunctionalInterface
    public interface Task<T> {
        T call() throws Exception;
    }

    private final Thread thread;
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile T result;
    private volatile Throwable failure;
    private volatile long finishedAt;

    private Async(String name, Task<T> task) {
        this.thread = new Thread(() -> {
            started.countDown();
            try {
                result = task.call();
            } catch (Throwable t) {
                failure = t;
            } finally {
                finishedAt = System.nanoTime();
                done.countDown();
            }
        }, name);
    }

    /** start runs task on a new thread named name. */
    public static <T> Async<T> start(String name, Task<T> task) {
        Async<T> a = new Async<>(name, task);
        a.thread.start();
        return a;
    }

    /** thread returns the worker thread. */
    public Thread thread() {
        return thread;
    }

    /** awaitDone waits at most max for the task to finish; returns whether it did. */
    public boolean awaitDone(Duration max) throws InterruptedException {
        return done.await(max.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** isDone tells whether the task has finished. */
    public boolean isDone() {
        return done.getCount() == 0;
    }

    /** finishedAtNanos returns System.nanoTime() when the task finished. */
    public long finishedAtNanos() {
        return finishedAt;
    }

    /** get waits at most max and returns the result; fails the test if it threw or did not finish. */
    public T get(Duration max) throws InterruptedException {
        if (!awaitDone(max)) {
            fail("task " + thread.getName() + " did not finish within " + max + "; it is at " + where());
        }
        if (failure != null) {
            throw new AssertionError("task " + thread.getName() + " failed: " + failure, failure);
        }
        return result;
    }

    /** failure waits at most max and returns what the task threw; fails if it returned normally. */
    public Throwable failure(Duration max) throws InterruptedException {
        if (!awaitDone(max)) {
            fail("task " + thread.getName() + " did not finish within " + max + "; it is at " + where());
        }
        assertNotNull(failure, () -> "task " + thread.getName() + " returned " + describe(result) + " instead of throwing");
        return failure;
    }

    /** outcome waits at most max and returns the result or the throwable, whichever it was. */
    public Object outcome(Duration max) throws InterruptedException {
        if (!awaitDone(max)) {
            fail("task " + thread.getName() + " did not finish within " + max + "; it is at " + where());
        }
        return failure != null ? failure : result;
    }

    /**
     * awaitBlockedInNative waits (at most max) until the worker's innermost frame is a native
     * method: it is inside the blocking system call (JNA direct call or the JDK's native I/O),
     * not merely about to enter it. A latch cannot observe this.
     */
    public void awaitBlockedInNative(Duration max) throws InterruptedException {
        started.await(max.toNanos(), TimeUnit.NANOSECONDS);
        long deadline = System.nanoTime() + max.toNanos();
        while (true) {
            if (inNativeCall(thread) && !isDone()) {
                return;
            }
            if (isDone()) {
                fail("task " + thread.getName() + " finished before blocking: " + describe(failure != null ? failure : result));
            }
            if (System.nanoTime() > deadline) {
                fail("task " + thread.getName() + " did not block in a native call within " + max + "; it is at " + where());
            }
            Thread.sleep(1);
        }
    }

    /**
     * inNativeCall tells whether t's innermost frame is a native method of the call itself:
     * a native frame under class loading or class initialisation (a cold JVM loading what
     * the call needs, JNA binding its natives) is not the blocking system call yet.
     */
    public static boolean inNativeCall(Thread t) {
        StackTraceElement[] st = t.getStackTrace();
        if (st.length == 0 || !st[0].isNativeMethod() || t.getState() != Thread.State.RUNNABLE) {
            return false;
        }
        for (StackTraceElement e : st) {
            String c = e.getClassName();
            if (e.getMethodName().equals("<clinit>") || c.startsWith("java.lang.ClassLoader")
                    || c.startsWith("jdk.internal.loader.") || c.startsWith("java.lang.invoke.")) {
                return false;
            }
        }
        return true;
    }

    private String where() {
        StackTraceElement[] st = thread.getStackTrace();
        return st.length == 0 ? "(no frames)" : st[0].toString();
    }

    private static String describe(Object o) {
        if (o instanceof byte[] b) {
            return "byte[" + b.length + "] " + new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return String.valueOf(o);
    }

    /** close interrupts a still-running task and joins it for up to 2 s. */
    @Override
    public void close() {
        if (thread.isAlive()) {
            thread.interrupt();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
