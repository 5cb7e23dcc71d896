package dev.pysocket.copies;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * ChildFirstLoader: a class loader that looks in its own jar before its parent (as web
 * containers and plugin hosts load each application's libraries), so two of them load two
 * copies of pysocket's classes. The JDK's classes and JNA's stay the parent's (one JNA, as a
 * host would share it).
 */
final class ChildFirstLoader extends URLClassLoader {
    ChildFirstLoader(String name, URL jar, ClassLoader parent) {
        super(name, new URL[] {jar}, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null && !name.startsWith("java.") && !name.startsWith("com.sun.jna.")) {
                try {
                    c = findClass(name);
                } catch (ClassNotFoundException e) {
                    c = null; // not in the jar: the parent's
                }
            }
            if (c == null) {
                c = super.loadClass(name, false);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
