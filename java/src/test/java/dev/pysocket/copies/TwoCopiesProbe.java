package dev.pysocket.copies;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * TwoCopiesProbe: a child-JVM main for {@link TwoCopiesIT}: two copies of pysocket in one JVM,
 * each named by an argument {@code LOADER|PACKAGE}, LOADER being "app" (this JVM's class path)
 * or a jar loaded by a {@link ChildFirstLoader} of its own, PACKAGE where that copy's classes
 * are (dev.pysocket, or a relocated name). It prints each copy's backend, binding and library,
 * then passes bytes both ways over one socket pair whose ends belong to different copies (the
 * first copy makes it, the second adopts the other end's descriptor). Reflection only: this
 * class is loaded by the application class loader and must not link to either copy.
 */
public final class TwoCopiesProbe {
    private TwoCopiesProbe() {
    }

    /** Copy: one copy's Sockets class. */
    private record Copy(int n, Class<?> sockets) {
        Object call(String name, Object... args) throws Exception {
            return invoke(null, sockets, name, args);
        }

        Object field(String name) throws Exception {
            return sockets.getField(name).get(null);
        }
    }

    public static void main(String[] args) throws Exception {
        Copy[] copies = new Copy[args.length];
        for (int i = 0; i < args.length; i++) {
            String[] spec = args[i].split("\\|");
            ClassLoader loader = spec[0].equals("app") ? ClassLoader.getSystemClassLoader()
                    : new ChildFirstLoader("copy" + i, Path.of(spec[0]).toUri().toURL(), ClassLoader.getSystemClassLoader());
            Class<?> sockets = Class.forName(spec[1] + ".Sockets", true, loader);
            Class<?> nativeLoader = Class.forName(spec[1] + ".internal.posix.NativeLoader", true, loader);
            copies[i] = new Copy(i, sockets);
            System.out.println("copy" + i + ": " + sockets.getName() + " backend=" + copies[i].call("backend")
                    + " binding=" + copies[i].call("binding") + " library=" + library(nativeLoader));
        }
        Copy a = copies[0];
        Copy b = copies[1];
        Object pair = a.call("socketpair");
        Object mine = invoke(pair, pair.getClass(), "first");
        Object theirs = invoke(pair, pair.getClass(), "second");
        int fd = (Integer) invoke(theirs, theirs.getClass(), "detach");
        Object adopted = b.call("socket", b.field("AF_UNIX"), b.field("SOCK_STREAM"), 0, fd);
        try {
            invoke(mine, mine.getClass(), "sendall", (Object) "from copy0".getBytes(StandardCharsets.US_ASCII));
            System.out.println("copy1 recv=" + text(invoke(adopted, adopted.getClass(), "recv", 64)));
            invoke(adopted, adopted.getClass(), "sendall", (Object) "from copy1".getBytes(StandardCharsets.US_ASCII));
            System.out.println("copy0 recv=" + text(invoke(mine, mine.getClass(), "recv", 64)));
        } finally {
            invoke(adopted, adopted.getClass(), "close");
            invoke(pair, pair.getClass(), "close");
        }
    }

    /** library: the copy's NativeLoader.library(), or "unknown" for a pysocket too old to say. */
    private static Object library(Class<?> nativeLoader) throws Exception {
        try {
            nativeLoader.getMethod("library");
        } catch (NoSuchMethodException e) {
            return "unknown";
        }
        return invoke(null, nativeLoader, "library");
    }

    private static String text(Object bytes) {
        return new String((byte[]) bytes, StandardCharsets.US_ASCII);
    }

    /** invoke calls the public method name of type whose parameter count matches and whose types accept args. */
    private static Object invoke(Object target, Class<?> type, String name, Object... args) throws Exception {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m.getParameterTypes(), args)) {
                try {
                    return m.invoke(target, args);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw e.getCause() instanceof Exception ? (Exception) e.getCause() : e;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + " with " + args.length + " arguments");
    }

    private static boolean accepts(Class<?>[] types, Object[] args) {
        for (int i = 0; i < types.length; i++) {
            Class<?> t = types[i].isPrimitive() ? (types[i] == int.class ? Integer.class : types[i] == boolean.class
                    ? Boolean.class : types[i] == double.class ? Double.class : Long.class) : types[i];
            if (args[i] != null && !t.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }
}
