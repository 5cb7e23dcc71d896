package dev.pysocket.bench;

/**
 * Placement pins threads so that latency does not depend on the scheduler: on this kind of VM a wake-up
 * across vCPUs costs ~25-30 us each way, so unpinned latency numbers are placement luck.
 * Latency workloads put both ends on {@link #latencyCpu()}; bulk and UDP put the receiver
 * on {@link #receiverCpu()}. The CPUs can be moved with -Dpysocket.bench.cpu=N and
 * -Dpysocket.bench.receiverCpu=N (e.g. where a cpuset excludes CPU 0).
 */
final class Placement {
    /**
     * CPUS: how many CPUs the process may use, read once when this class initialises, which is
     * before its first {@link #pin}. Asked later, availableProcessors() would answer for the
     * calling thread's affinity: 1 on a thread already pinned, which put the bulk and UDP
     * receivers on the sender's CPU.
     */
    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    private Placement() {
    }

    /** latencyCpu: where the benchmark thread and every same-CPU peer run (default 0). */
    static int latencyCpu() {
        return Integer.getInteger("pysocket.bench.cpu", 0);
    }

    /** receiverCpu: the bulk/UDP receiver's CPU, the second one when there is a second one. */
    static int receiverCpu() {
        int fallback = CPUS > 1 ? latencyCpu() + 1 : latencyCpu();
        return Integer.getInteger("pysocket.bench.receiverCpu", fallback);
    }

    /** pin pins the calling thread to cpu ({@link Affinity}: sched_setaffinity(2)). */
    static void pin(int cpu) {
        int errno = Affinity.pin(cpu);
        if (errno != 0) {
            // Unpinned results are not comparable with the reference tables: refuse to run.
            throw new IllegalStateException("cannot pin " + Thread.currentThread().getName() + " to CPU " + cpu
                    + ": errno " + errno);
        }
    }
}
