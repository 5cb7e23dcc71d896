package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.Sockets;
import dev.pysocket.internal.posix.NativePlatform.Libc;
import dev.pysocket.internal.posix.NativePlatform.MappedLibc;
import dev.pysocket.support.ChildProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * NativePlatformTest: which jar directory (or which reason for none) each OS, CPU and C library
 * gets, the C library read from /proc/self/maps excerpts. The glibc x86-64, Debian musl x86-64,
 * musl aarch64 and armhf excerpts were captured on Debian 12 (a JVM; a C program reading its own
 * maps, built with musl-gcc, and cross-built ones run under qemu-user); the Alpine and armel
 * lines follow those systems' file layout (Alpine's musl package, Debian armel's libc6).
 */
class NativePlatformTest {
    private static final String GLIBC_X86_64 = String.join("\n",
            "7f8f0b600000-7f8f0b851000 r--p 00000000 fe:00 328261                     /usr/lib/jvm/java-17-openjdk-amd64/lib/server/libjvm.so",
            "7f8f0c979000-7f8f0c97c000 r--p 00000000 fe:00 339525                     /usr/lib/x86_64-linux-gnu/libgcc_s.so.1",
            "7f8f0c99b000-7f8f0c9c1000 r--p 00000000 fe:00 339380                     /usr/lib/x86_64-linux-gnu/libc.so.6",
            "7f8f0cb7d000-7f8f0cb7f000 r--p 00000000 fe:00 328230                     /usr/lib/jvm/java-17-openjdk-amd64/lib/libjli.so",
            "7f8f0cbc0000-7f8f0cbc1000 r--p 00000000 fe:00 338944                     /usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2",
            "7ffceef99000-7ffceefba000 rw-p 00000000 00:00 0                          [stack]");
    private static final String MUSL_X86_64_DEBIAN = String.join("\n",
            "5624dffc5000-5624dffc6000 r-xp 00001000 fe:00 2179384                    /tmp/bmaps/m-musl",
            "7f6fbbd2f000-7f6fbbd31000 r-xp 00000000 00:00 0                          [vdso]",
            "7f6fbbd31000-7f6fbbd46000 r--p 00000000 fe:00 13403343                   /usr/lib/x86_64-linux-musl/libc.so",
            "7f6fbbd46000-7f6fbbda9000 r-xp 00015000 fe:00 13403343                   /usr/lib/x86_64-linux-musl/libc.so");
    private static final String MUSL_X86_64_ALPINE = String.join("\n",
            "7f3a1c000000-7f3a1c2a0000 r--p 00000000 08:01 1048601                    /usr/lib/jvm/java-17-openjdk/lib/server/libjvm.so",
            "7f3a1d400000-7f3a1d404000 r--p 00000000 08:01 393230                     /usr/lib/libz.so.1.3.1",
            "7f3a1d600000-7f3a1d614000 r--p 00000000 08:01 262166                     /lib/ld-musl-x86_64.so.1",
            "7f3a1d614000-7f3a1d660000 r-xp 00014000 08:01 262166                     /lib/ld-musl-x86_64.so.1");
    private static final String MUSL_AARCH64_GCOMPAT = String.join("\n",
            "ffff8a000000-ffff8a2a0000 r--p 00000000 08:01 1048601                    /usr/lib/jvm/java-17-openjdk/lib/server/libjvm.so",
            "ffff8b400000-ffff8b404000 r-xp 00000000 08:01 393231                     /lib/libgcompat.so.0",
            "ffff8b600000-ffff8b6a0000 r-xp 00000000 08:01 262170                     /lib/ld-musl-aarch64.so.1");
    private static final String MUSL_AARCH64_QEMU = String.join("\n",
            "5500000000-5500001000 r-xp 00000000 fe:00 2179717                        /tmp/bmaps/m-a64musl",
            "5502822000-55028cf000 r-xp 00000000 fe:00 13403360                       /usr/lib/aarch64-linux-musl/libc.so",
            "55028de000-55028e0000 rw-p 000ac000 fe:00 13403360                       /usr/lib/aarch64-linux-musl/libc.so");
    private static final String ARMHF = String.join("\n",
            "3f6bc000-3f7c6000 r-xp 00000000 fe:00 1499141                            /usr/arm-linux-gnueabihf/lib/libc.so.6",
            "3f7c6000-3f7c8000 r--p 00109000 fe:00 1499141                            /usr/arm-linux-gnueabihf/lib/libc.so.6",
            "3f7e0000-3f7fd000 r-xp 00000000 fe:00 1499138                            /usr/arm-linux-gnueabihf/lib/ld-linux-armhf.so.3",
            "40000000-40001000 r-xp 00000000 fe:00 2179179                            /tmp/bmaps/m-armhf");
    private static final String ARMEL = String.join("\n",
            "b6e00000-b6f2a000 r-xp 00000000 b3:02 131201                             /lib/arm-linux-gnueabi/libc-2.28.so",
            "b6f50000-b6f70000 r-xp 00000000 b3:02 131190                             /lib/arm-linux-gnueabi/ld-2.28.so");
    /** UNKNOWN: a statically linked JVM launcher, or another C library (uClibc, bionic): neither is mapped. */
    private static final String UNKNOWN = String.join("\n",
            "00400000-00600000 r-xp 00000000 08:01 1                                  /opt/jdk/bin/java",
            "7f0000000000-7f0000100000 r-xp 00000000 08:01 2                          /system/lib64/libc.so",
            "7ffc00000000-7ffc00021000 rw-p 00000000 00:00 0                          [stack]");

    private static NativePlatform linux(String arch, String maps) {
        return new NativePlatform("Linux", arch, NativePlatform.mappedLibc(maps));
    }

    @Test
    void glibcIsReadFromTheMappedLibcAndItsLoader() {
        MappedLibc m = NativePlatform.mappedLibc(GLIBC_X86_64);
        assertEquals(Libc.GLIBC, m.kind());
        assertEquals("/usr/lib/x86_64-linux-gnu/libc.so.6", m.file());
        assertEquals("linux-x86-64", linux("amd64", GLIBC_X86_64).resourceDir());
        assertEquals("linux-aarch64", linux("aarch64", GLIBC_X86_64).resourceDir());
        assertEquals("linux-riscv64", linux("riscv64", GLIBC_X86_64).resourceDir());
        assertEquals("linux-ppc64le", linux("ppc64le", GLIBC_X86_64).resourceDir());
        assertEquals("linux-s390x", linux("s390x", GLIBC_X86_64).resourceDir());
        assertNull(linux("x86_64", GLIBC_X86_64).unsupportedReason());
    }

    @Test
    void muslIsReadFromItsLoaderInEveryLayout() {
        for (String maps : new String[] {MUSL_X86_64_DEBIAN, MUSL_X86_64_ALPINE}) {
            NativePlatform p = linux("amd64", maps);
            assertEquals("musl", p.libc(), maps);
            assertEquals("linux-x86-64-musl", p.resourceDir(), maps);
        }
        for (String maps : new String[] {MUSL_AARCH64_GCOMPAT, MUSL_AARCH64_QEMU}) {
            assertEquals("linux-aarch64-musl", linux("aarch64", maps).resourceDir(), maps);
        }
    }

    @Test
    void aMuslSystemWithoutAMuslBuildHasNoLibraryRatherThanTheGlibcOne() {
        NativePlatform p = linux("riscv64", MUSL_X86_64_ALPINE);
        assertNull(p.resourceDir());
        assertEquals("no musl native library for riscv64 in the jar (musl: x86-64 and aarch64 only)", p.unsupportedReason());
    }

    @Test
    void armIsHardFloatOnlyToldByTheLoader() {
        assertEquals("linux-arm", linux("arm", ARMHF).resourceDir());
        NativePlatform armel = linux("arm", ARMEL);
        assertNull(armel.resourceDir());
        assertTrue(armel.unsupportedReason().startsWith("no native library for soft-float 32-bit ARM (armel)"),
                armel.unsupportedReason());
        assertEquals("glibc 2.28", armel.libc(), "the version from the file name of glibc before 2.34");
    }

    @Test
    void anUnknownCLibraryHasNoLibrary() {
        NativePlatform p = linux("amd64", UNKNOWN);
        assertEquals("unknown", p.libc());
        assertNull(p.resourceDir());
        assertTrue(p.unsupportedReason().startsWith("cannot tell the C library from /proc/self/maps"), p.unsupportedReason());
        assertNull(linux("amd64", "").resourceDir(), "nothing readable");
    }

    @Test
    void otherSystemsAndCpusHaveNoLibrary() {
        NativePlatform mac = new NativePlatform("Mac OS X", "aarch64", NativePlatform.mappedLibc(""));
        assertEquals("no native library for Mac OS X in the jar (Linux only)", mac.unsupportedReason());
        assertNull(mac.resourceDir());
        NativePlatform x86 = linux("x86", GLIBC_X86_64);
        assertEquals("no native library for the CPU x86 in the jar", x86.unsupportedReason());
        assertNull(linux("loongarch64", GLIBC_X86_64).resourceDir());
    }

    /** This JVM: the suite runs on glibc or musl x86-64 or aarch64, and the jar directory exists in the build. */
    @Test
    void theRunningJvmIsIdentified() throws Exception {
        NativePlatform p = NativePlatform.current();
        assertNull(p.unsupportedReason(), p::toString);
        assertTrue(p.libc().matches("glibc 2\\.\\d+|musl"), p.libc());
        String name = System.mapLibraryName("pysocket");
        assertTrue(Files.isRegularFile(Path.of(ChildProcess.location(Sockets.class)).resolve(p.resourceDir()).resolve(name)), p::toString);
    }

    /**
     * A JVM told it runs on another OS (os.name set on its command line; FreeBSD, since the
     * JDK's jdk.net looks for a Mac class under "Mac OS X") loads no library and says why in
     * one line, before JNA or any native code is touched.
     */
    @Test
    void anotherOsFallsBackToJdkWithTheReason() throws Exception {
        Map<String, String> env = new HashMap<>();
        env.put("PYSOCKET_BINDING", null);
        env.put("PYSOCKET_BACKEND", null);
        ChildProcess.Output o = ChildProcess.run(ChildProcess.java(List.of(Sockets.class, LoaderProbe.class,
                com.sun.jna.Native.class), List.of("-Dos.name=FreeBSD"), LoaderProbe.class), env, Duration.ofSeconds(60));
        assertEquals(0, o.exit(), o::toString);
        assertEquals("binding=none\ncause=java.lang.UnsatisfiedLinkError: no native library for FreeBSD in the jar (Linux only)"
                + "\nbackend=jdk\nrecv=ping\n", o.stdout(), o::toString);
        assertEquals(List.of("INFO: pysocket: native library unavailable, using the jdk backend: java.lang.UnsatisfiedLinkError: "
                + "no native library for FreeBSD in the jar (Linux only)"),
                o.stderr().lines().filter(l -> l.contains("pysocket:")).toList(), o::toString);
    }
}
