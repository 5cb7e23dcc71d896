package dev.pysocket.internal.posix;

import java.io.File;

/**
 * JniBinding binds {@link Libpysocket}'s static natives to libpysocket through JNI: the
 * library's generated wrappers (native/jni/psk_jni.c, made by tools/gen_jni.py from pysocket.h)
 * are registered onto the same declarations JNA direct-maps, with RegisterNatives, so each call
 * is a plain JNI downcall instead of JNA's dispatcher. The file is the one {@link LibraryLocator}
 * finds, loaded with {@link System#load} (which binds it to this class loader).
 *
 * <p>Test hook: the system property {@value #TEST_LIBRARY} names another file for JNI to load
 * (BindingSelectionTest points it at a library without the registration function, to check the
 * fallback to JNA). Nothing else reads it.
 */
final class JniBinding {
    /** TEST_LIBRARY: for tests only, a library file JNI loads instead of the one found. */
    static final String TEST_LIBRARY = "pysocket.test.jniLibrary";

    private JniBinding() {
    }

    /**
     * load finds the library and System.loads it; UnsatisfiedLinkError when no file is found
     * or none loads (the message says where it looked).
     */
    static LibraryFile load(NativePlatform platform) {
        String testFile = System.getProperty(TEST_LIBRARY);
        if (testFile != null) {
            File f = new File(testFile).getAbsoluteFile();
            System.load(f.getPath());
            return new LibraryFile(f, TEST_LIBRARY, false);
        }
        return LibraryLocator.locate(platform, JniBinding.class.getClassLoader(), f -> System.load(f.getPath()));
    }

    /**
     * register binds the natives to the library {@link #load} loaded; UnsatisfiedLinkError when
     * it was built without the JNI binding, NoSuchMethodError (raised by RegisterNatives) when a
     * wrapper's name or signature matches no declaration.
     */
    static void register() {
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
