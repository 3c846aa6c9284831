package dev.statusgen.benchmarks.compile;

import dev.statusgen.benchmarks.compile.Harness.Case;
import dev.statusgen.benchmarks.compile.Harness.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The compile-cost harness: javac with the statusgen processor against javac {@code -proc:none} on the holders
 * plus the sources that statusgen generates, and against the floor, a processor that writes the very same
 * files from canned bytes ({@link dev.statusgen.benchmarks.floor.FloorProcessor}).
 *
 * <ul>
 *   <li><b>Cold</b>: each compile in a fresh {@code javac} JVM, as a CI build sees it. Each run compiles every
 *       variant of every case once, the variants of a case back to back, starting with a different variant each
 *       run; figures are medians over the runs, and differences and ratios are medians of the per-run pairs.
 *   <li><b>Warm</b>: {@link WarmRunner} compiles every variant many times through {@code javax.tools} in one JVM,
 *       interleaved; the first compiles are discarded and the figures are medians of the rest.
 * </ul>
 *
 * <p>Every measurement also goes to {@code benchmarks/target/compile-cost/raw.csv}: cold CPU time in s, warm
 * process CPU time in ms.
 *
 * <p>Usage: {@code CompileCost <repository root> <report.md> <chart.png>}. Settings come from the environment:
 * {@code RUNS} (cold runs per variant, default 7), {@code WARM_RUNS} and {@code WARM_DISCARD} (warm compiles per
 * variant and how many of the first to discard, default 40 and 20); for the large cases, {@code spec500} and
 * {@code holders50}, {@code LARGE_RUNS}, {@code LARGE_WARM_RUNS} and {@code LARGE_WARM_DISCARD} (default 4, 10
 * and 5); {@code CASES} and {@code WARM_CASES} (comma-separated, default {@code standard,iana,spec500,holders50}).
 */
public final class CompileCost {
    private static final double MS = 1e6;

    /** The measurements of one case. */
    static final class Result {
        final Case c;
        final Map<Variant, List<double[]>> cold = new EnumMap<>(Variant.class);
        final Map<Variant, List<double[]>> warm = new EnumMap<>(Variant.class);

        Result(Case c) {
            this.c = c;
            for (Variant v : Variant.values()) {
                cold.put(v, new ArrayList<>());
                warm.put(v, new ArrayList<>());
            }
        }

        /** Column {@code i} of the cold runs of a variant: 0 wall ms, 1 CPU s, 2 peak RSS MB. */
        List<Double> cold(Variant v, int i) {
            return column(cold.get(v), i);
        }

        /** Column {@code i} of the kept warm compiles of a variant: 0 wall ms, 1 process CPU ms. */
        List<Double> warm(Variant v, int i) {
            return column(warm.get(v), i);
        }

        boolean hasWarm() {
            return !warm.get(Variant.NONE).isEmpty();
        }

        private static List<Double> column(List<double[]> rows, int i) {
            List<Double> values = new ArrayList<>();
            for (double[] row : rows) {
                values.add(row[i]);
            }
            return values;
        }
    }

    /** The settings of a measurement, from the environment. */
    private static final class Settings {
        private static final String ALL = "standard,iana,spec500,holders50";

        final int runs = Harness.setting("RUNS", 7);
        final int warmRuns = Harness.setting("WARM_RUNS", 40);
        final int warmDiscard = Harness.setting("WARM_DISCARD", 20);
        final int largeRuns = Harness.setting("LARGE_RUNS", 4);
        final int largeWarmRuns = Harness.setting("LARGE_WARM_RUNS", 10);
        final int largeWarmDiscard = Harness.setting("LARGE_WARM_DISCARD", 5);
        final List<String> cases = Harness.listSetting("CASES", ALL);
        final List<String> warmCases = Harness.listSetting("WARM_CASES", ALL);

        Settings() {
            if (warmDiscard >= warmRuns || largeWarmDiscard >= largeWarmRuns || runs < 1 || largeRuns < 1) {
                throw new IllegalArgumentException("WARM_DISCARD must be less than WARM_RUNS, LARGE_WARM_DISCARD"
                        + " less than LARGE_WARM_RUNS, and RUNS and LARGE_RUNS at least 1");
            }
        }

        int runs(Case c) {
            return c.large ? largeRuns : runs;
        }

        int warmRuns(Case c) {
            return c.large ? largeWarmRuns : warmRuns;
        }

        int warmDiscard(Case c) {
            return c.large ? largeWarmDiscard : warmDiscard;
        }
    }

    private CompileCost() {}

    /**
     * Runs the harness.
     *
     * @param args the repository root, the report to write and the chart to write
     * @throws Exception if a compile fails or a file cannot be written
     */
    public static void main(String[] args) throws Exception {
        Harness harness = new Harness(Path.of(args[0]), "compile-cost");
        Path report = Path.of(args[1]);
        Path chart = Path.of(args[2]);
        Settings settings = new Settings();
        String start = now();
        String loadStart = Harness.loadAverage();
        Map<String, Result> results = prepare(harness, settings.cases);

        // Run by run over all the cases, so that a change in the machine's load moves every case alike.
        for (int run = 0; run < Math.max(settings.runs, settings.largeRuns); run++) {
            for (Result r : results.values()) {
                if (run < settings.runs(r.c)) {
                    cold(harness, r, run, settings.runs(r.c));
                }
            }
        }
        String loadCold = Harness.loadAverage();

        Path warmClasses = harness.work.resolve("warm-runner");
        Harness.copyClasses("dev/statusgen/benchmarks/compile/WarmRunner", (name, bytes) -> {
            Path file = warmClasses.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        });
        for (Result r : results.values()) {
            if (settings.warmCases.contains(r.c.name)) {
                warm(harness, r, warmClasses, settings.warmRuns(r.c), settings.warmDiscard(r.c));
            }
        }
        String loadEnd = Harness.loadAverage();

        String header = String.format(
                Locale.ROOT,
                "javac %s; %s; load average %s at the start, %s after the cold runs, %s at the end; %s to %s.",
                Runtime.version(),
                Harness.machine(),
                loadStart,
                loadCold,
                loadEnd,
                start,
                now());
        Harness.write(harness.work.resolve("raw.csv"), raw(results));
        String markdown = CostReport.markdown(header + "\n\n" + method(settings), results);
        Harness.write(report, markdown);
        CostReport.chart(results, chart, "load average " + loadStart + " at the start, " + loadEnd + " at the end");
        System.out.print(markdown);
    }

    /** Writes the holders of the cases and runs statusgen once on each, for its canned output. */
    private static Map<String, Result> prepare(Harness harness, List<String> names)
            throws IOException, InterruptedException {
        Map<String, Case> cases = harness.cases();
        Map<String, Result> results = new LinkedHashMap<>();
        for (String name : names) {
            Case c = cases.get(name);
            if (c == null) {
                throw new IllegalArgumentException("no case " + name + "; the cases are " + cases.keySet());
            }
            harness.prepare(c);
            System.err.println("prepared " + c.summary());
            results.put(name, new Result(c));
        }
        return results;
    }

    /** How the compiles ran, for the report's header. */
    private static String method(Settings settings) {
        return String.format(
                Locale.ROOT,
                "Cold: %d run(s) of each variant (large cases: %d), each compile in a fresh `javac` JVM; each"
                        + " run goes over the cases, the variants of a case back to back and alternating in order. Warm: %d compiles of each variant through"
                        + " `javax.tools` in one JVM, interleaved, each loading the processor in a new class loader;"
                        + " the first %d discarded (large cases: %d and %d).",
                settings.runs,
                settings.largeRuns,
                settings.warmRuns,
                settings.warmDiscard,
                settings.largeWarmRuns,
                settings.largeWarmDiscard);
    }

    /** Every measurement as CSV: cold CPU time in s, warm process CPU time in ms. */
    private static String raw(Map<String, Result> results) {
        StringBuilder raw = new StringBuilder("case,phase,variant,index,wall_ms,cpu,rss_mb\n");
        for (Result r : results.values()) {
            for (Variant v : Variant.values()) {
                for (int i = 0; i < r.cold.get(v).size(); i++) {
                    double[] row = r.cold.get(v).get(i);
                    raw.append(String.format(
                            Locale.ROOT,
                            "%s,cold,%s,%d,%.3f,%.3f,%.1f%n",
                            r.c.name,
                            v.label,
                            i,
                            row[0],
                            row[1],
                            row[2]));
                }
                for (int i = 0; i < r.warm.get(v).size(); i++) {
                    double[] row = r.warm.get(v).get(i);
                    raw.append(String.format(
                            Locale.ROOT, "%s,warm,%s,%d,%.3f,%.3f,%n", r.c.name, v.label, i, row[0], row[1]));
                }
            }
        }
        return raw.toString();
    }

    /** One cold run of a case: each variant once, back to back, starting with a different one each run. */
    private static void cold(Harness harness, Result r, int run, int runs) throws IOException, InterruptedException {
        Case c = r.c;
        Variant[] variants = Variant.values();
        Path usage = c.dir.resolve("usage.txt");
        Path log = c.dir.resolve("javac.log");
        for (int i = 0; i < variants.length; i++) {
            Variant v = variants[(run + i) % variants.length];
            Harness.clean(c);
            List<String> command = new ArrayList<>();
            if (harness.time != null) {
                command.addAll(List.of(harness.time.toString(), "-f", "%U %S %M", "-o", usage.toString()));
            }
            command.add(harness.javac.toString());
            command.addAll(harness.javacArguments(c, v));
            double wall = Harness.exec(command, log) / MS;
            double cpu = Double.NaN;
            double rss = Double.NaN;
            if (harness.time != null) {
                List<String> lines = Files.readAllLines(usage, StandardCharsets.UTF_8);
                String[] fields = lines.get(lines.size() - 1).trim().split(" ");
                cpu = Double.parseDouble(fields[0]) + Double.parseDouble(fields[1]);
                rss = Double.parseDouble(fields[2]) / 1024;
            }
            r.cold.get(v).add(new double[] {wall, cpu, rss});
            if (v != Variant.NONE) {
                Harness.checkOutput(c, v);
            }
        }
        System.err.printf(
                Locale.ROOT,
                "cold %s run %d/%d: -proc:none %.0f ms, floor %.0f ms, statusgen %.0f ms (load %s)%n",
                c.name,
                run + 1,
                runs,
                last(r.cold.get(Variant.NONE))[0],
                last(r.cold.get(Variant.FLOOR))[0],
                last(r.cold.get(Variant.STATUSGEN))[0],
                Harness.loadAverage());
    }

    private static void warm(Harness harness, Result r, Path warmClasses, int iterations, int discard)
            throws IOException, InterruptedException {
        Case c = r.c;
        StringBuilder plan = new StringBuilder().append(iterations).append('\n');
        for (Variant v : Variant.values()) {
            plan.append("variant ").append(v.name()).append('\n');
            plan.append("clean ").append(c.out()).append('\n');
            plan.append("clean ").append(c.gen()).append('\n');
            for (String arg : harness.javacArguments(c, v)) {
                plan.append(arg.endsWith(".java") ? "source " : "option ")
                        .append(arg)
                        .append('\n');
            }
        }
        Path planFile = c.dir.resolve("warm-plan.txt");
        Harness.write(planFile, plan.toString());
        Path log = c.dir.resolve("warm.log");
        System.err.printf(Locale.ROOT, "warm %s: %d compiles of each variant...%n", c.name, iterations);
        Harness.exec(
                List.of(
                        harness.java.toString(),
                        "-cp",
                        warmClasses.toString(),
                        WarmRunner.class.getName(),
                        planFile.toString()),
                log);
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 4 || !fields[0].chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (Integer.parseInt(fields[0]) >= discard) {
                r.warm.get(Variant.valueOf(fields[1]))
                        .add(new double[] {Long.parseLong(fields[2]) / MS, Long.parseLong(fields[3]) / MS});
            }
        }
        for (Variant v : Variant.values()) {
            if (r.warm.get(v).size() != iterations - discard) {
                throw new IllegalStateException("the warm runner did not report every compile; see " + log);
            }
        }
        System.err.printf(
                Locale.ROOT,
                "warm %s: -proc:none %.1f ms, floor %.1f ms, statusgen %.1f ms (medians; load %s)%n",
                c.name,
                CostReport.median(r.warm(Variant.NONE, 0)),
                CostReport.median(r.warm(Variant.FLOOR, 0)),
                CostReport.median(r.warm(Variant.STATUSGEN, 0)),
                Harness.loadAverage());
    }

    private static double[] last(List<double[]> rows) {
        return rows.get(rows.size() - 1);
    }

    private static String now() {
        return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
    }
}
