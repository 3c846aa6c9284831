package dev.statusgen.benchmarks.compile;

import static dev.statusgen.benchmarks.compile.CompileProfile.JAVAPOET;
import static dev.statusgen.benchmarks.compile.CompileProfile.PROCESSOR;

import dev.statusgen.benchmarks.compile.Harness.Case;
import dev.statusgen.benchmarks.compile.Harness.Variant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The class-loading part of {@link CompileProfile}: which classes each variant's compile loads
 * ({@code -Xlog:class+load}), and what the JVM spends on loading them (its class-loading counters, saved with
 * {@code -XX:+PerfDataSaveToFile} and read with {@code jstat -snap}).
 */
final class ClassLoading {
    private static final Pattern LOAD = Pattern.compile("\\[class,load\\] (\\S+) source: (.*)");
    /** The source that {@code -Xlog:class+load} gives a class mapped from the CDS archive. */
    private static final String SHARED = "shared objects file";

    private static final String[] COUNTERS = {
        "sun.cls.time",
        "sun.cls.appClassLoadTime",
        "sun.cls.defineAppClassTime",
        "sun.cls.classVerifyTime",
        "sun.cls.classLinkedTime",
        "sun.cls.classInitTime",
        "sun.cls.sharedClassLoadTime",
        "java.ci.totalTime"
    };

    /** The classes that one compile loaded, with their sources, and the JVM's class-loading counters in ms. */
    private static final class Loaded {
        final Map<String, String> sources = new LinkedHashMap<>();
        final Map<String, Double> counters = new HashMap<>();
    }

    private final Harness harness;
    private final Case c;
    private final Map<Variant, List<Loaded>> loaded = new EnumMap<>(Variant.class);

    private ClassLoading(Harness harness, Case c) {
        this.harness = harness;
        this.c = c;
        for (Variant v : Variant.values()) {
            loaded.put(v, new ArrayList<>());
        }
    }

    /** Compiles each variant {@code runs} times, cold, with the log and the counters, and appends the tables. */
    static void profile(Harness harness, Case c, int runs, StringBuilder out) throws IOException, InterruptedException {
        ClassLoading profile = new ClassLoading(harness, c);
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < Variant.values().length; i++) {
                Variant v = Variant.values()[(run + i) % Variant.values().length];
                profile.loaded.get(v).add(profile.compile(v, run));
            }
        }
        profile.kinds(out, runs);
        Loaded floor = profile.loaded.get(Variant.FLOOR).get(0);
        Loaded statusgen = profile.loaded.get(Variant.STATUSGEN).get(0);
        hidden(out, floor, statusgen);
        profile.beyondFloor(out, floor, statusgen);
        if (!statusgen.counters.isEmpty()) {
            profile.counters(out);
        }
    }

    /** One cold compile of a variant, with the class-loading log and the counters saved. */
    private Loaded compile(Variant v, int run) throws IOException, InterruptedException {
        Harness.clean(c);
        Path log = c.dir.resolve("classes-" + v.name() + "-" + run + ".log");
        Path perf = c.dir.resolve("perf-" + v.name() + "-" + run + ".hsperf");
        List<String> command = new ArrayList<>(List.of(
                harness.javac.toString(),
                "-J-Xlog:class+load=info:file=" + log,
                "-J-XX:+UsePerfData",
                "-J-XX:+PerfDataSaveToFile",
                "-J-XX:PerfDataSaveFile=" + perf));
        command.addAll(harness.javacArguments(c, v));
        Harness.exec(command, c.dir.resolve("javac.log"));
        Loaded l = new Loaded();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            Matcher m = LOAD.matcher(line);
            if (m.find()) {
                l.sources.put(m.group(1), m.group(2));
            }
        }
        Path jstat = harness.java.resolveSibling("jstat");
        if (Files.isExecutable(jstat)) {
            l.counters.putAll(counters(jstat, perf));
        }
        return l;
    }

    /** The counters of {@link #COUNTERS} that a saved perf file holds, in ms. */
    private Map<String, Double> counters(Path jstat, Path perf) throws IOException, InterruptedException {
        Path snap = c.dir.resolve("perf.txt");
        Harness.exec(
                List.of(
                        jstat.toString(),
                        "-J-Djstat.showUnsupported=true",
                        "-snap",
                        perf.toUri().toString()),
                snap);
        Map<String, Double> raw = new HashMap<>();
        for (String line : Files.readAllLines(snap, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                try {
                    raw.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
                } catch (NumberFormatException e) {
                    // A text counter.
                }
            }
        }
        double frequency = raw.getOrDefault("sun.os.hrt.frequency", 1e9);
        Map<String, Double> counters = new HashMap<>();
        for (String counter : COUNTERS) {
            Double ticks = raw.get(counter);
            if (ticks != null) {
                counters.put(counter, ticks / frequency * 1000);
            }
        }
        return counters;
    }

    /** The table of classes loaded, by kind: the medians over the runs of each variant. */
    private void kinds(StringBuilder out, int runs) {
        out.append("\n## Classes loaded (").append(runs).append(" cold compiles per variant, medians)\n\n");
        out.append("| Source | -proc:none | floor | statusgen | statusgen − floor |\n|---|---:|---:|---:|---:|\n");
        Map<Variant, List<Map<String, Integer>>> counts = new EnumMap<>(Variant.class);
        TreeSet<String> kinds = new TreeSet<>();
        for (Variant v : Variant.values()) {
            counts.put(v, new ArrayList<>());
            for (Loaded l : loaded.get(v)) {
                Map<String, Integer> byKind = byKind(l);
                kinds.addAll(byKind.keySet());
                counts.get(v).add(byKind);
            }
        }
        for (String kind : kinds) {
            double none = medianCount(counts.get(Variant.NONE), kind);
            double floor = medianCount(counts.get(Variant.FLOOR), kind);
            double statusgen = medianCount(counts.get(Variant.STATUSGEN), kind);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.0f | %+.0f |%n",
                    kind,
                    none,
                    floor,
                    statusgen,
                    statusgen - floor));
        }
        out.append("\nA class counts under \"all\" and under each kind that fits it; hidden classes are those named"
                + " `…/0x…`, spun at run time (lambda proxies are named after the class whose lambda or method"
                + " reference they implement; `LambdaForm$…` and `Species_…` come from `java.lang.invoke`, behind"
                + " lambdas, method references, string concatenation and records' `toString`/`equals`/`hashCode`).\n");
    }

    /** How many classes one compile loaded of each kind. */
    private Map<String, Integer> byKind(Loaded l) {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Map.Entry<String, String> e : l.sources.entrySet()) {
            for (String kind : kinds(e.getKey(), e.getValue())) {
                byKind.merge(kind, 1, Integer::sum);
            }
        }
        return byKind;
    }

    /** The kinds that a loaded class counts under, for the table of classes loaded. */
    private List<String> kinds(String name, String source) {
        List<String> kinds = new ArrayList<>(List.of("all"));
        boolean hidden = name.contains("/0x");
        boolean shared = source.equals(SHARED);
        if (hidden) {
            kinds.add(shared ? "hidden, from the CDS archive" : "hidden, spun at run time");
            if (!shared) {
                kinds.add(name.contains("$$Lambda") ? "hidden: lambda proxies" : "hidden: java.lang.invoke forms");
            }
        } else if (shared) {
            kinds.add("JDK, from the CDS archive");
        } else if (source.startsWith("jrt:/")) {
            kinds.add("JDK, from " + source.substring("jrt:/".length()));
        } else if (source.contains(harness.processorJar.getFileName().toString())) {
            kinds.add(name.startsWith(JAVAPOET) ? "processor jar: relocated JavaPoet" : "processor jar: statusgen");
        } else if (source.contains(c.floorJar.getFileName().toString())) {
            kinds.add("floor jar");
        } else {
            kinds.add("other (" + (source.startsWith("__") ? source : "defined at run time") + ")");
        }
        return kinds;
    }

    private static double medianCount(List<Map<String, Integer>> runs, String kind) {
        List<Double> values = new ArrayList<>();
        for (Map<String, Integer> run : runs) {
            values.add((double) run.getOrDefault(kind, 0));
        }
        return CostReport.median(values);
    }

    /** The hidden classes spun at run time, by where they come from: statusgen's compile against the floor's. */
    private static void hidden(StringBuilder out, Loaded floor, Loaded statusgen) {
        Map<String, int[]> hosts = new TreeMap<>();
        List<Loaded> compiles = List.of(floor, statusgen);
        for (int i = 0; i < compiles.size(); i++) {
            for (Map.Entry<String, String> e : compiles.get(i).sources.entrySet()) {
                String name = e.getKey();
                if (name.contains("/0x") && !e.getValue().equals(SHARED)) {
                    String host = name.contains("$$Lambda")
                            ? "lambda proxy of " + name.substring(0, name.indexOf("$$Lambda"))
                            : name.substring(0, name.indexOf('/'));
                    hosts.computeIfAbsent(host, h -> new int[2])[i]++;
                }
            }
        }
        out.append("\nHidden classes spun at run time (not from the CDS archive), by origin, where statusgen's"
                        + " compile spins more or fewer than the floor's (one compile each):\n\n")
                .append("| Origin | floor | statusgen | statusgen − floor |\n|---|---:|---:|---:|\n");
        hosts.entrySet().stream()
                .filter(e -> e.getValue()[0] != e.getValue()[1])
                .sorted((a, b) -> (b.getValue()[1] - b.getValue()[0]) - (a.getValue()[1] - a.getValue()[0]))
                .forEach(e -> out.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %d | %d | %+d |%n",
                        e.getKey(),
                        e.getValue()[0],
                        e.getValue()[1],
                        e.getValue()[1] - e.getValue()[0])));
    }

    /** The JDK classes that only statusgen's compile loads, by package; their list goes to a file. */
    private void beyondFloor(StringBuilder out, Loaded floor, Loaded statusgen) throws IOException {
        Map<String, Integer> extra = new TreeMap<>();
        List<String> extraNames = new ArrayList<>();
        for (Map.Entry<String, String> e : statusgen.sources.entrySet()) {
            String name = e.getKey();
            if (!name.contains("/0x") && !name.startsWith(PROCESSOR) && !floor.sources.containsKey(name)) {
                int dot = name.lastIndexOf('.');
                String pkg =
                        (dot < 0 ? "" : name.substring(0, dot)) + (e.getValue().equals(SHARED) ? " (CDS)" : "");
                extra.merge(pkg, 1, Integer::sum);
                extraNames.add(name + " (" + e.getValue() + ")");
            }
        }
        Path extraFile = c.dir.resolve("classes-beyond-floor.txt");
        Harness.write(extraFile, String.join("\n", extraNames) + "\n");
        out.append("\nJDK classes that statusgen's compile loads and the floor's does not, by package (one compile"
                        + " each; CDS marks classes mapped from the shared archive, which cost little; the list is in "
                        + harness.root.relativize(extraFile) + "):\n\n")
                .append("| Package | classes |\n|---|---:|\n");
        extra.entrySet().stream()
                .sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> out.append("| `")
                        .append(e.getKey())
                        .append("` | ")
                        .append(e.getValue())
                        .append(" |\n"));
    }

    /** The table of the JVM's counters: the medians over the runs of each variant. */
    private void counters(StringBuilder out) {
        out.append("\nThe JVM's class-loading and JIT counters (hsperfdata, ms, medians; the timers nest, so"
                        + " they do not add up; the time in the VM that they count is invisible to JFR's"
                        + " execution samples):\n\n")
                .append("| Counter | -proc:none | floor | statusgen | statusgen − floor |\n")
                .append("|---|---:|---:|---:|---:|\n");
        for (String counter : COUNTERS) {
            double[] medians = new double[Variant.values().length];
            for (Variant v : Variant.values()) {
                List<Double> values = new ArrayList<>();
                for (Loaded l : loaded.get(v)) {
                    values.add(l.counters.getOrDefault(counter, Double.NaN));
                }
                medians[v.ordinal()] = CostReport.median(values);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| `%s` | %.0f | %.0f | %.0f | %+.0f |%n",
                    counter,
                    medians[0],
                    medians[1],
                    medians[2],
                    medians[2] - medians[1]));
        }
    }
}
