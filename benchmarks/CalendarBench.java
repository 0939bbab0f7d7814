import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Random;

import vn.motcua.calendar.engine.BuiltInYears;
import vn.motcua.calendar.engine.DueDate;
import vn.motcua.calendar.engine.ProvinceCalendar;
import vn.motcua.calendar.engine.RuleSets;
import vn.motcua.calendar.engine.TimeLimit;
import vn.motcua.calendar.engine.WorkingCalendar;

/**
 * Deadline-engine benchmark on one thread (prints figures, asserts nothing): due dates per second through the public
 * API ({@code ProvinceCalendar.dueDate}: rule set by receipt date, cut-off, working-day length, provisional flag),
 * the bare working-time step, elapsed working time, and the time to compile a province's 101 years.
 * Inputs are random receipts in 2024–2027 and published-looking limits (0.5–60 working days, 1–16 working hours).
 * Usage: java -cp ENGINE_JAR:PLATFORM_API_JAR benchmarks/CalendarBench.java [seconds per measurement]
 */
public class CalendarBench {
    static volatile Object sink;
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        long t0 = System.nanoTime();
        ProvinceCalendar cal = ProvinceCalendar.national("H06");
        double firstCompileMs = (System.nanoTime() - t0) / 1e6;
        int compiles = 20;
        t0 = System.nanoTime();
        for (int i = 0; i < compiles; i++) {
            sink = ProvinceCalendar.compile("H06", i, BuiltInYears::year, RuleSets.defaults());
        }
        double compileMs = (System.nanoTime() - t0) / 1e6 / compiles;

        int n = 1 << 20;
        Random r = new Random(42);
        LocalDateTime base = LocalDateTime.of(2024, 1, 1, 0, 0);
        long span = 4L * 365 * 86400;
        LocalDateTime[] received = new LocalDateTime[n];
        LocalDateTime[] other = new LocalDateTime[n];
        TimeLimit[] limits = new TimeLimit[n];
        long[] workingSeconds = new long[n];
        TimeLimit[] catalogue = {TimeLimit.workingDays(0.5), TimeLimit.workingDays(1), TimeLimit.workingDays(3),
            TimeLimit.workingDays(5), TimeLimit.workingDays(7), TimeLimit.workingDays(10), TimeLimit.workingDays(15),
            TimeLimit.workingDays(20), TimeLimit.workingDays(30), TimeLimit.workingDays(60), TimeLimit.workingHours(1),
            TimeLimit.workingHours(4), TimeLimit.workingHours(8), TimeLimit.workingHours(16)};
        for (int i = 0; i < n; i++) {
            received[i] = base.plusSeconds((long) (r.nextDouble() * span));
            other[i] = base.plusSeconds((long) (r.nextDouble() * span));
            limits[i] = catalogue[r.nextInt(catalogue.length)];
            workingSeconds[i] = (1 + r.nextInt(30)) * 8L * 3600;
        }
        WorkingCalendar wc = cal.calendar();

        System.out.println("Deadline engine benchmark — " + java.time.Instant.now() + ", 1 thread, "
            + System.getProperty("java.vm.name") + " " + System.getProperty("java.version") + ", "
            + Runtime.getRuntime().availableProcessors() + " cores on the machine");
        System.out.printf(Locale.ROOT, "compile one province (101 years, lunar holidays): first %.1f ms, then %.2f ms%n",
            firstCompileMs, compileMs);
        measure("due date (ProvinceCalendar.dueDate, full rules)", seconds, n, i -> {
            DueDate d = cal.dueDate(received[i], limits[i]);
            return d.dueAt();
        });
        measure("working-time step (WorkingCalendar.plusWorkingSeconds)", seconds, n,
            i -> wc.plusWorkingSeconds(received[i], workingSeconds[i]));
        measure("elapsed working time (ProvinceCalendar.elapsedSeconds)", seconds, n,
            i -> cal.elapsedSeconds(received[i], other[i]));
    }

    interface Op {
        Object run(int i);
    }

    static void measure(String what, double seconds, int n, Op op) {
        int mask = n - 1;
        // warm-up: let the JIT compile the path
        long deadline = System.nanoTime() + 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < deadline) {
            for (int k = 0; k < 10_000; k++) {
                sink = op.run(i++ & mask);
            }
        }
        long ops = 0;
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            for (int k = 0; k < 10_000; k++) {
                sink = op.run(i++ & mask);
            }
            ops += 10_000;
            now = System.nanoTime();
        } while (now < end);
        double cpuSeconds = (CPU.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double perSecond = ops / ((now - start) / 1e9);
        double perCpuSecond = ops / cpuSeconds;
        // On a shared machine the thread gets only part of the core: per CPU-second is the figure of one whole core.
        System.out.printf(Locale.ROOT, "%-56s %,12.0f /s wall  %,12.0f /s per CPU-second (%.0f ns each)%n", what,
            perSecond, perCpuSecond, 1e9 / perCpuSecond);
    }
}
