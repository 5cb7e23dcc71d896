package dev.pysocket.select;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pysocket.support.Async;
import dev.pysocket.support.SignalStorm;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Storms: runs a wait on a thread that gets a signal every millisecond (PEP 475: no EINTR may reach it). */
final class Storms {
    /** Wait: the call under the storm; returns what the test checks. */
    @FunctionalInterface
    interface Wait<T> {
        T run() throws Exception;
    }

    /** Outcome: what the wait returned and how long it took. */
    record Outcome<T>(T value, double seconds, int signals) {
    }

    private Storms() {
    }

    static <T> Outcome<T> underStorm(double limitSeconds, Wait<T> wait) throws Exception {
        AtomicInteger tid = new AtomicInteger();
        CountDownLatch known = new CountDownLatch(1);
        CountDownLatch go = new CountDownLatch(1);
        try (Async<Object[]> target = Async.start("select-storm", () -> {
            tid.set(SignalStorm.currentTid());
            known.countDown();
            assertTrue(go.await(10, TimeUnit.SECONDS), "the storm did not start");
            long t0 = System.nanoTime();
            T value = wait.run();
            return new Object[] {value, (System.nanoTime() - t0) / 1e9};
        })) {
            assertTrue(known.await(10, TimeUnit.SECONDS), "target thread did not start");
            try (SignalStorm storm = SignalStorm.start(tid.get(), 0.001, limitSeconds)) {
                go.countDown();
                Object[] r = target.get(Duration.ofSeconds(10));
                int sent = storm.finish();
                @SuppressWarnings("unchecked")
                T value = (T) r[0];
                return new Outcome<>(value, (Double) r[1], sent);
            }
        }
    }
}
