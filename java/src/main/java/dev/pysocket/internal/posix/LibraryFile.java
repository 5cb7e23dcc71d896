package dev.pysocket.internal.posix;

import java.io.File;

/**
 * LibraryFile: the libpysocket file the jni binding loads, and whether it is a temporary copy
 * extracted from a jar, to be deleted once loaded (the mapping outlives the file).
 *
 * @param file the library file
 * @param temporary true for an extracted copy the loader deletes after {@link System#load}
 */
record LibraryFile(File file, boolean temporary) {
    /** load maps the file into the JVM for JNI (bound to this class loader) and deletes a temporary copy. */
    void load() {
        try {
            System.load(file.getAbsolutePath());
        } finally {
            if (temporary && !file.delete()) {
                file.deleteOnExit();
            }
        }
    }
}
