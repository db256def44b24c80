package org.seatkeeper.batch.subscriptionsync.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Where a benchmark's CPU went: thread CPU time of every Java thread, read every 20 ms (so threads that end during the
 * measured work count up to their last reading), grouped by thread name without its number, against the whole
 * process's CPU. On Linux the JVM's own threads (JIT compilers, GC workers, G1's concurrent threads) are read from
 * {@code /proc/self/task} at the start and the end, so the rest splits into JIT and GC.
 */
final class ThreadCpu {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    // /proc/self/task/<tid>/stat counts in clock ticks, 100 a second on Linux
    private static final double TICK_SECONDS = 0.01;
    private static final Path TASKS = Path.of("/proc/self/task");

    private final Map<Long, String> names = new ConcurrentHashMap<>();
    private final Map<String, String> jvmNames = new ConcurrentHashMap<>();
    private final Map<String, Long> jvmFirst = new ConcurrentHashMap<>();
    private final Map<String, Long> jvmLast = new ConcurrentHashMap<>();
    private final Map<Long, Long> first = new ConcurrentHashMap<>();
    private final Map<Long, Long> last = new ConcurrentHashMap<>();
    private final long processCpuBefore = processCpu();
    private final long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    private final long gcPausesBefore = gcPauses();
    private final ScheduledFuture<?> reading;

    private ThreadCpu(ScheduledExecutorService timer) {
        read();
        // at the start and the end only: reading /proc every 20 ms cost more CPU than it measured
        readJvmThreads();
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

    /** The JVM's own threads (no Java thread object): compilers, GC, G1's refinement and marking. */
    private void readJvmThreads() {
        if (!Files.isDirectory(TASKS)) {
            return;
        }
        try (Stream<Path> tasks = Files.list(TASKS)) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).trim();
                    if (!name.matches("(C1 |C2 |G1 |GC |VM Thread|Parallel|Sweeper).*")) {
                        return;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    // fields after the ")" that ends the name: state is the 3rd field, utime the 14th, stime the 15th
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    String tid = task.getFileName().toString();
                    jvmNames.putIfAbsent(tid, name);
                    jvmFirst.putIfAbsent(tid, ticks);
                    jvmLast.put(tid, ticks);
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading: its last reading stands
                }
            });
        } catch (IOException e) {
            // no /proc: the JIT and GC stay one figure
        }
    }

    /** Stops reading without printing. */
    void stop() {
        reading.cancel(false);
    }

    /** Stops reading and prints CPU seconds per thread group since {@link #start}. */
    void stopAndPrint() {
        reading.cancel(false);
        read();
        readJvmThreads();
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
        Map<String, Double> jvm = new TreeMap<>();
        jvmLast.forEach((tid, ticks) -> jvm.merge(jvmNames.get(tid).replaceAll("[ #]*[0-9]+$", "")
                .replace("CompilerThre", "compiler"), (ticks - jvmFirst.get(tid)) * TICK_SECONDS, Double::sum));
        jvm.entrySet().stream().filter(e -> e.getValue() >= 0.1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> System.out.printf("[JVM] %s %.1f s; ", e.getKey(), e.getValue()));
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
