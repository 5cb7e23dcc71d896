package dev.pysocket.internal.posix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.MemoryFileChannel;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FileChannelDescriptorTest: the descriptor behind a JDK FileChannel is found (so the native
 * sendfile uses sendfile(2)), shares the channel's open file description, and the channel's
 * position is as before; a FileChannel with no descriptor is not found.
 */
class FileChannelDescriptorTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void libraryLoaded() {
        assertNull(NativeLoader.cause(), "libpysocket must load in the test build");
    }

    @Test
    void findsTheJdkChannelsDescriptorAndKeepsItsPosition() throws Exception {
        Path p = Files.write(dir.resolve("f"), new byte[100]);
        try (FileChannel f = FileChannel.open(p, StandardOpenOption.READ);
                FileChannel other = FileChannel.open(p, StandardOpenOption.READ)) {
            f.position(42);
            other.position(42);
            int fd = FileChannelDescriptor.duplicate(f);
            assertTrue(fd >= 0, "found: " + fd);
            try {
                assertEquals(42, f.position());
                assertEquals(42, Libpysocket.psk_file_offset(fd));
                f.position(77);
                assertEquals(77, Libpysocket.psk_file_offset(fd), "the duplicate is of f, not of other");
                assertEquals(42, other.position());
            } finally {
                assertEquals(0, Libpysocket.psk_close(fd));
            }
        }
    }

    @Test
    void aChannelWithoutADescriptorIsNotFound() throws Exception {
        try (MemoryFileChannel f = new MemoryFileChannel(new byte[10])) {
            f.position(3);
            assertEquals(-1, FileChannelDescriptor.duplicate(f));
            assertEquals(3, f.position());
        }
    }
}
