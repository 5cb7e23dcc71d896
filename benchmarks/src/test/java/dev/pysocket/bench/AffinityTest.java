package dev.pysocket.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pysocket.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * AffinityTest: {@link Affinity#pin} confines the calling thread, and only it, to the CPU, as
 * the kernel reports it (/proc/thread-self/status, proc(5)); each check runs in a thread of
 * its own, so the test's thread (and what it forks later) keeps its CPUs.
 */
class AffinityTest {
    /** allowed: the calling thread's Cpus_allowed_list, e.g. "0" or "0-1". */
    private static String allowed() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/thread-self/status"))) {
            if (line.startsWith("Cpus_allowed_list:")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        throw new IllegalStateException("no Cpus_allowed_list in /proc/thread-self/status");
    }

    private static String inOwnThread(Callable body) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                result.set(body.call());
            } catch (Exception e) {
                result.set(e);
            }
        });
        t.start();
        t.join();
        if (result.get() instanceof Exception e) {
            throw e;
        }
        return (String) result.get();
    }

    private interface Callable {
        String call() throws Exception;
    }

    @Test
    @Timeout(30)
    void pinConfinesTheCallingThreadOnly() throws Exception {
        String before = allowed();
        int cpu = Placement.latencyCpu();
        assertEquals("0 " + cpu, inOwnThread(() -> Affinity.pin(cpu) + " " + allowed()));
        assertEquals(before, allowed(), "the pinning thread's siblings keep their CPUs");
    }

    @Test
    @Timeout(30)
    void aCpuOutsideTheSetIsRefused() throws Exception {
        assertEquals(Errno.EINVAL + " " + allowed(), inOwnThread(() -> Affinity.pin(-1) + " " + allowed()));
        assertEquals(Errno.EINVAL + " " + allowed(), inOwnThread(() -> Affinity.pin(1 << 20) + " " + allowed()));
    }
}
