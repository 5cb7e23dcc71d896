package dev.pysocket.internal;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * VirtualThreads: what the library, compiled for Java 17, needs to know of Java 21's virtual
 * threads (JEP 444), looked up once by name so that it links on 17, where there are none.
 */
public final class VirtualThreads {
    /** IS_VIRTUAL: Thread.isVirtual() (Java 21+), or null before 21. */
    private static final MethodHandle IS_VIRTUAL = find();
    /** START_VIRTUAL: Thread.startVirtualThread(Runnable) (Java 21+), or null before 21. */
    private static final MethodHandle START_VIRTUAL = findStart();

    private VirtualThreads() {
    }

    private static MethodHandle find() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null; // Java 17-20: every thread is a platform thread
        }
    }

    private static MethodHandle findStart() {
        try {
            return MethodHandles.publicLookup().findStatic(Thread.class, "startVirtualThread",
                    MethodType.methodType(Thread.class, Runnable.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    /** startVirtual starts r on a new virtual thread of that name, or returns null before Java 21. */
    public static Thread startVirtual(String name, Runnable r) {
        if (START_VIRTUAL == null) {
            return null;
        }
        Thread t;
        try {
            t = (Thread) START_VIRTUAL.invokeExact(r);
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.startVirtualThread failed", e);
        }
        t.setName(name);
        return t;
    }

    /** isVirtual tells whether t is a virtual thread (always false before Java 21). */
    public static boolean isVirtual(Thread t) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(t);
        } catch (Throwable e) {
            throw new IllegalStateException("Thread.isVirtual failed", e);
        }
    }
}
