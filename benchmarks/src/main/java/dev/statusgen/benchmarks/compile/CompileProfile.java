package dev.statusgen.benchmarks.compile;

import dev.statusgen.benchmarks.compile.Harness.Case;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * A profile of the processor in cold compiles, for deciding where to cut: which classes it loads beyond the floor
 * ({@code -Xlog:class+load}), what the JVM spends on loading them (its class-loading counters), and where its time
 * goes by JFR execution samples taken every millisecond over repeated compiles.
 *
 * <p>Usage: {@code CompileProfile <repository root> <report.md> <settings.jfc>}. Settings come from the
 * environment: {@code PROFILE_CASE} (default {@code standard}), {@code CLASS_RUNS} (cold compiles per variant
 * with the class-loading log, default 3), {@code JFR_RUNS} (cold compiles of statusgen and of the floor under
 * JFR, default 8).
 */
public final class CompileProfile {
    /** The package prefix of the processor's classes, relocated JavaPoet included. */
    static final String PROCESSOR = "dev.statusgen.processor.";
    /** The package prefix of the relocated JavaPoet in the processor jar. */
    static final String JAVAPOET = "dev.statusgen.processor.internal.javapoet.";

    private CompileProfile() {}

    /**
     * Runs the profile.
     *
     * @param args the repository root, the report to write, and the JFR settings
     * @throws Exception if a compile fails or a file cannot be read or written
     */
    public static void main(String[] args) throws Exception {
        Harness harness = new Harness(Path.of(args[0]), "compile-profile");
        Path report = Path.of(args[1]);
        Path settings = Path.of(args[2]).toAbsolutePath();
        String caseName = System.getenv().getOrDefault("PROFILE_CASE", "standard");
        int classRuns = Harness.setting("CLASS_RUNS", 3);
        int jfrRuns = Harness.setting("JFR_RUNS", 8);
        Case c = harness.cases().get(caseName);
        if (c == null) {
            throw new IllegalArgumentException("no case " + caseName);
        }
        harness.prepare(c);
        StringBuilder out = new StringBuilder("# Compile profile: ")
                .append(c.name)
                .append("\n\n")
                .append("javac ")
                .append(Runtime.version())
                .append("; ")
                .append(Harness.machine())
                .append("; load average ")
                .append(Harness.loadAverage())
                .append(" at the start.\n\n")
                .append(c.summary())
                .append(".\n");

        ClassLoading.profile(harness, c, classRuns, out);
        ExecutionSamples.profile(harness, c, jfrRuns, settings, out);
        output(c, out);
        out.append("\nLoad average at the end: ").append(Harness.loadAverage()).append(".\n");
        Harness.write(report, out.toString());
        System.out.print(out);
    }

    private static void output(Case c, StringBuilder out) {
        out.append("\n## Output: what javac parses in the second round\n\n")
                .append("| File | bytes | lines | comment lines |\n|---|---:|---:|---:|\n");
        for (Map.Entry<String, byte[]> file : c.canned.entrySet()) {
            if (c.holders.size() > 1 && !file.getKey().contains("/p01/")) {
                continue;
            }
            String text = new String(file.getValue(), StandardCharsets.UTF_8);
            long lines = text.lines().count();
            long comments = file.getKey().endsWith(".java")
                    ? text.lines()
                            .map(String::trim)
                            .filter(l -> l.startsWith("/**") || l.startsWith("*"))
                            .count()
                    : 0;
            out.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %,d | %,d | %,d |%n",
                    file.getKey(),
                    file.getValue().length,
                    lines,
                    comments));
        }
    }
}
