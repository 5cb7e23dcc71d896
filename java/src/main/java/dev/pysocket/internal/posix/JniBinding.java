package dev.pysocket.internal.posix;

import java.io.File;

/**
 * JniBinding binds {@link Libpysocket}'s static natives to libpysocket through JNI: the
 * library's generated wrappers (native/jni/psk_jni.c, made by tools/gen_jni.py from pysocket.h)
 * are registered onto the same declarations JNA direct-maps, with RegisterNatives, so each call
 * is a plain JNI downcall instead of JNA's dispatcher. The library file is the one JNA would
 * find or extract from the jar ({@link JnaBinding#fileForJni()}): JNA stays the way the file is
 * found.
 *
 * <p>Test hook: the system property {@value #TEST_LIBRARY} names another file for JNI to load
 * (BindingSelectionTest points it at a library without the registration function, to check the
 * fallback to JNA). Nothing else reads it.
 */
final class JniBinding {
    /** TEST_LIBRARY: for tests only, a library file JNI loads instead of JNA's. */
    static final String TEST_LIBRARY = "pysocket.test.jniLibrary";

    private JniBinding() {
    }

    /**
     * register loads libpysocket into the JVM and binds the natives; UnsatisfiedLinkError when
     * the library cannot load or was built without the JNI binding, NoSuchMethodError (raised by
     * RegisterNatives) when a wrapper's name or signature matches no declaration.
     */
    static void register() {
        register(libraryFile());
    }

    /**
     * libraryFile: the file JNI loads, the one JNA would use ({@link JnaBinding#fileForJni()})
     * unless the test hook names another; UnsatisfiedLinkError (or JNA's own error) when JNA cannot find or load it.
     */
    static LibraryFile libraryFile() {
        String testFile = System.getProperty(TEST_LIBRARY);
        return testFile == null ? JnaBinding.fileForJni() : new LibraryFile(new File(testFile), false);
    }

    /** register loads the library into the JVM and binds the natives to it, as {@link #register()}. */
    static void register(LibraryFile library) {
        // System.load binds the library to this class loader, so registerNatives below resolves.
        library.load();
        int rc = registerNatives(Libpysocket.class);
        if (rc != 0) {
            // RegisterNatives failed with its exception pending, which the JVM throws on return;
            // this line is reached only for a failure without one.
            throw new UnsatisfiedLinkError("RegisterNatives on " + Libpysocket.class.getName() + " failed: " + rc);
        }
        // The hand-written byte[] calls (docs/jni.md): bound here too, so a mismatch fails the load.
        JniArrays.register();
    }

    /** registerNatives: psk_jni.c's table onto target's static natives; 0, or a negative JNI error. */
    private static native int registerNatives(Class<?> target);
}
