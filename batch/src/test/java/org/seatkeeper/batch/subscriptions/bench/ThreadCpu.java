package org.seatkeeper.batch.subscriptions.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Where a benchmark's CPU went: thread CPU time of every Java thread, read every 20 ms (so threads that end during the
 * measured work count up to their last reading), grouped by thread name without its number, against the whole
 * process's CPU (the rest is GC and the JIT compilers).
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Map<Long, Long> first = new ConcurrentHashMap<>();
    private final Map<Long, Long> last = new ConcurrentHashMap<>();
    private final long processCpuBefore = processCpu();
    private final long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    private final long gcPausesBefore = gcPauses();
    private final ScheduledFuture<?> reading;

    private ThreadCpu(ScheduledExecutorService timer) {
        read();
        reading = timer.scheduleAtFixedRate(this::read, 20, 20, TimeUnit.MILLISECONDS);
    }

    static ThreadCpu start(ScheduledExecutorService timer) {
        return new ThreadCpu(timer);
    }

    private void read() {
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                names.putIfAbsent(info.getThreadId(), info.getThreadName());
                first.putIfAbsent(info.getThreadId(), cpu);
                last.put(info.getThreadId(), cpu);
            }
        }
    }

    /** Stops reading and prints CPU seconds per thread group since {@link #start}. */
    void stopAndPrint() {
        reading.cancel(false);
        read();
        double process = (processCpu() - processCpuBefore) / 1e9;
        Map<String, Double> seconds = new TreeMap<>();
        double threads = 0;
        for (Map.Entry<Long, Long> entry : last.entrySet()) {
            double used = (entry.getValue() - first.get(entry.getKey())) / 1e9;
            String group = names.get(entry.getKey()).replaceAll("[-#@ ]*[0-9a-f]*[0-9]+[0-9a-f]*$", "");
            seconds.merge(group, used, Double::sum);
            threads += used;
        }
        System.out.printf("CPU %.1f s in all: ", process);
        seconds.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf("%s %.1f s; ", e.getKey(), e.getValue()));
        System.out.printf("GC and JIT %.1f s (JIT compiling %.1f s, GC pauses %.1f s, by the clock)%n", process - threads,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore) / 1e3,
                (gcPauses() - gcPausesBefore) / 1e3);
    }

    private static long gcPauses() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().mapToLong(gc -> gc.getCollectionTime()).sum();
    }

    private static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
