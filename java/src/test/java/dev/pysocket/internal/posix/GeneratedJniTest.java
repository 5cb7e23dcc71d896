package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.ChildProcess;
import dev.pysocket.support.GeneratorScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GeneratedJniTest: native/jni/psk_jni.c is what tools/gen_jni.py makes of pysocket.h now, and
 * the generator refuses a header prototype whose Java declaration in Libpysocket differs, so a
 * function changed on one side only fails here instead of at RegisterNatives. The same run
 * checks the hand-written byte[] table (native/jni/psk_jni_arrays.c) against JniArrays' natives
 * and against its own C wrappers.
 */
class GeneratedJniTest {
    private static final String HEADER = "native/include/pysocket.h";
    private static final String JAVA = "java/src/main/java/dev/pysocket/internal/posix/Libpysocket.java";
    private static final String OUTPUT = "native/jni/psk_jni.c";
    private static final String GENERATOR = "tools/gen_jni.py";
    private static final GeneratorScript SCRIPT = new GeneratorScript(GENERATOR);
    private static final String ARRAYS_C = "native/jni/psk_jni_arrays.c";
    private static final String ARRAYS_JAVA = "java/src/main/java/dev/pysocket/internal/posix/JniArrays.java";

    @Test
    void theGeneratedBindingIsUpToDate() throws Exception {
        ChildProcess.Output o = SCRIPT.run(SCRIPT.root(), "--check");
        assertEquals(0, o.exit(), () -> OUTPUT + " is stale; run `python3 " + GENERATOR
                + "` at the repository's top and commit what it rewrites.\n" + o.stderr());
    }

    /** On a copy: a function added to the header and to Libpysocket is stale until the generator runs. */
    @Test
    void aNewFunctionIsStaleUntilTheGeneratorRuns(@TempDir Path copy) throws Exception {
        copyInputs(copy);
        replace(copy.resolve(HEADER), "PSK_EXPORT int psk_listen(int fd, int backlog);",
                "PSK_EXPORT int psk_listen(int fd, int backlog);\nPSK_EXPORT int psk_test_only(int fd, const void *buf,\n"
                        + "    int64_t n);");
        replace(copy.resolve(JAVA), "    static native int psk_listen(int fd, int backlog);",
                "    static native int psk_listen(int fd, int backlog);\n\n"
                        + "    static native int psk_test_only(int fd, long buf, long n);");

        ChildProcess.Output stale = SCRIPT.run(copy, "--check");
        assertEquals(1, stale.exit(), stale::toString);
        assertTrue(stale.stderr().contains(OUTPUT) && stale.stderr().contains("run: python3 " + GENERATOR), stale::stderr);

        assertEquals(0, SCRIPT.run(copy).exit());
        assertEquals(0, SCRIPT.run(copy, "--check").exit());
        String c = Files.readString(copy.resolve(OUTPUT));
        assertTrue(c.contains("return psk_test_only(fd, (const void *)(intptr_t)buf, n);"), c);
        assertTrue(c.contains("{\"psk_test_only\", \"(IJJ)I\", (void *)w_psk_test_only},"), c);
    }

    /** A prototype changed in the header only: the generator names the function and both signatures. */
    @Test
    void aDeclarationThatDiffersFromTheHeaderIsRejected(@TempDir Path copy) throws Exception {
        copyInputs(copy);
        replace(copy.resolve(HEADER), "PSK_EXPORT int psk_listen(int fd, int backlog);",
                "PSK_EXPORT int psk_listen(int fd, int64_t backlog);");
        ChildProcess.Output o = SCRIPT.run(copy, "--check");
        assertEquals(2, o.exit(), o::toString);
        assertTrue(o.stderr().contains("psk_listen: " + JAVA + " declares int(int, int), the header maps to int(int, long)"),
                o::stderr);
    }

    /** A byte[] argument has no generated wrapper (JNI passes an array reference, not an address). */
    @Test
    void anArrayArgumentIsRejected(@TempDir Path copy) throws Exception {
        copyInputs(copy);
        replace(copy.resolve(JAVA), "static native int psk_recv(int fd, long buf, int len, int flags);",
                "static native int psk_recv(int fd, byte[] buf, int len, int flags);");
        ChildProcess.Output o = SCRIPT.run(copy, "--check");
        assertEquals(2, o.exit(), o::toString);
        assertTrue(o.stderr().contains("psk_recv takes an array in " + JAVA + ": arrays need a hand-written JNI wrapper in "
                + ARRAYS_C), o::stderr);
    }

    /** A signature in psk_jni_arrays.c's table that JniArrays does not declare (here a dropped int). */
    @Test
    void anArrayTableSignatureThatDiffersFromJniArraysIsRejected(@TempDir Path copy) throws Exception {
        copyInputs(copy);
        replace(copy.resolve(ARRAYS_C), "{\"recvfrom\", \"(I[BIIIJJ)I\"", "{\"recvfrom\", \"(I[BIIJJ)I\"");
        ChildProcess.Output o = SCRIPT.run(copy, "--check");
        assertEquals(2, o.exit(), o::toString);
        assertTrue(o.stderr().contains("recvfrom: " + ARRAYS_C + " registers recvfrom as (I[BIIJJ)I, " + ARRAYS_JAVA
                + " declares (I[BIIIJJ)I"), o::stderr);
    }

    /** A native added to JniArrays without a table entry, and an entry JniArrays does not declare. */
    @Test
    void anArrayNativeWithoutATableEntryIsRejected(@TempDir Path copy) throws Exception {
        copyInputs(copy);
        replace(copy.resolve(ARRAYS_JAVA), "    private static native int registerNatives();",
                "    static native int peek(int fd, byte[] buf, int off, int len);\n\n"
                        + "    private static native int registerNatives();");
        replace(copy.resolve(ARRAYS_C), "{\"sendto\", ", "{\"sendTo\", ");
        ChildProcess.Output o = SCRIPT.run(copy, "--check");
        assertEquals(2, o.exit(), o::toString);
        assertTrue(o.stderr().contains(ARRAYS_JAVA + " declares peek, which " + ARRAYS_C), o::stderr);
        assertTrue(o.stderr().contains(ARRAYS_C + " registers sendTo, which " + ARRAYS_JAVA + " does not declare"),
                o::stderr);
        assertTrue(o.stderr().contains(ARRAYS_JAVA + " declares sendto, which " + ARRAYS_C), o::stderr);
    }

    /** A C wrapper whose parameters are not what its table signature says (here timeout and address swapped in type). */
    @Test
    void anArrayWrapperWhoseParametersDifferFromItsSignatureIsRejected(@TempDir Path copy) throws Exception {
        copyInputs(copy);
        String c = Files.readString(copy.resolve(ARRAYS_C));
        String from = "static jint JNICALL a_sendto(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint len, jint flags,";
        assertTrue(c.contains(from), () -> ARRAYS_C + " no longer contains: " + from);
        Files.writeString(copy.resolve(ARRAYS_C), c.replace(from,
                "static jint JNICALL a_sendto(JNIEnv *env, jclass cls, jint fd, jbyteArray buf, jint off, jint flags,"));
        ChildProcess.Output o = SCRIPT.run(copy, "--check");
        assertEquals(2, o.exit(), o::toString);
        assertTrue(o.stderr().contains("sendto: " + ARRAYS_C + "'s a_sendto takes jint(JNIEnv*, jclass, jint, jbyteArray, "
                + "jint, jint, jlong, jlong), its signature (I[BIIIJJ)I gives"), o::stderr);
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " no longer contains: " + from);
        Files.writeString(file, text.replace(from, to));
    }

    private static void copyInputs(Path to) throws IOException {
        for (String p : List.of(HEADER, JAVA, OUTPUT, ARRAYS_C, ARRAYS_JAVA)) {
            Files.createDirectories(to.resolve(p).getParent());
            Files.copy(SCRIPT.root().resolve(p), to.resolve(p));
        }
    }
}
