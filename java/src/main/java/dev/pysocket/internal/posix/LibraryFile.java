package dev.pysocket.internal.posix;

import java.io.File;

/**
 * LibraryFile: the libpysocket file the binding loaded ({@link LibraryLocator}), where it came
 * from, and whether it is a copy extracted from a jar (or copied for a second class loader),
 * deleted once the binding is done with it: the mapping outlives the file.
 *
 * @param file the library file, absolute
 * @param source where it came from, for the log and the selftest: "pysocket.library.path",
 *     "jna.library.path", "class path", or "extracted to java.io.tmpdir" and the like
 * @param temporary true for a copy the loader deletes after binding
 */
record LibraryFile(File file, String source, boolean temporary) {
    /** release deletes a temporary copy (the library stays mapped); nothing for a file used in place. */
    void release() {
        if (temporary && !file.delete()) {
            file.deleteOnExit();
        }
    }

    @Override
    public String toString() {
        return file + " (" + source + ")";
    }
}
