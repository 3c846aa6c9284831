package dev.statusgen.benchmarks.compile;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

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
    private static final String PROCESSOR = "dev.statusgen.processor.";
    private static final String JAVAPOET = "dev.statusgen.processor.internal.javapoet.";
    private static final String FLOOR = "dev.statusgen.benchmarks.floor.";
    private static final Pattern LOAD = Pattern.compile("\\[class,load\\] (\\S+) source: (.*)");
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

        classes(harness, c, classRuns, out);
        samples(harness, c, jfrRuns, settings, out);
        output(c, out);
        out.append("\nLoad average at the end: ").append(Harness.loadAverage()).append(".\n");
        Harness.write(report, out.toString());
        System.out.print(out);
    }

    // ---------------------------------------------------------------- class loading

    /** The classes that one compile loaded, and the JVM's class-loading counters. */
    private static final class Loaded {
        final Map<String, String> sources = new LinkedHashMap<>();
        final Map<String, Double> counters = new HashMap<>();
    }

    private static void classes(Harness harness, Case c, int runs, StringBuilder out)
            throws IOException, InterruptedException {
        Map<Variant, List<Loaded>> loaded = new EnumMap<>(Variant.class);
        Path jstat = harness.java.resolveSibling("jstat");
        for (Variant v : Variant.values()) {
            loaded.put(v, new ArrayList<>());
        }
        for (int run = 0; run < runs; run++) {
            for (int i = 0; i < Variant.values().length; i++) {
                Variant v = Variant.values()[(run + i) % Variant.values().length];
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
                if (Files.isExecutable(jstat)) {
                    Path snap = c.dir.resolve("perf.txt");
                    Harness.exec(
                            List.of(
                                    jstat.toString(),
                                    "-J-Djstat.showUnsupported=true",
                                    "-snap",
                                    perf.toUri().toString()),
                            snap);
                    double frequency = 1e9;
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
                    frequency = raw.getOrDefault("sun.os.hrt.frequency", frequency);
                    for (String counter : COUNTERS) {
                        Double ticks = raw.get(counter);
                        if (ticks != null) {
                            l.counters.put(counter, ticks / frequency * 1000);
                        }
                    }
                }
                loaded.get(v).add(l);
            }
        }

        out.append("\n## Classes loaded (").append(runs).append(" cold compiles per variant, medians)\n\n");
        out.append("| Source | -proc:none | floor | statusgen | statusgen − floor |\n|---|---:|---:|---:|---:|\n");
        Map<Variant, List<Map<String, Integer>>> counts = new EnumMap<>(Variant.class);
        List<String> kinds = new ArrayList<>();
        for (Variant v : Variant.values()) {
            counts.put(v, new ArrayList<>());
            for (Loaded l : loaded.get(v)) {
                Map<String, Integer> byKind = new TreeMap<>();
                for (Map.Entry<String, String> e : l.sources.entrySet()) {
                    for (String kind : kinds(e.getKey(), e.getValue(), harness, c)) {
                        byKind.merge(kind, 1, Integer::sum);
                        if (!kinds.contains(kind)) {
                            kinds.add(kind);
                        }
                    }
                }
                counts.get(v).add(byKind);
            }
        }
        kinds.sort(null);
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

        // The hidden classes spun at run time, by where they come from: statusgen's compile against the floor's.
        Loaded first = loaded.get(Variant.STATUSGEN).get(0);
        Loaded floorFirst = loaded.get(Variant.FLOOR).get(0);
        Map<String, int[]> hosts = new TreeMap<>();
        for (int i = 0; i < 2; i++) {
            for (Map.Entry<String, String> e : (i == 0 ? floorFirst : first).sources.entrySet()) {
                String name = e.getKey();
                if (name.contains("/0x") && !e.getValue().equals("shared objects file")) {
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

        // JDK classes that only statusgen's compile loads, by package.
        Map<String, Integer> extra = new TreeMap<>();
        List<String> extraNames = new ArrayList<>();
        for (Map.Entry<String, String> e : first.sources.entrySet()) {
            String name = e.getKey();
            if (!name.contains("/0x") && !name.startsWith(PROCESSOR) && !floorFirst.sources.containsKey(name)) {
                int dot = name.lastIndexOf('.');
                String pkg = (dot < 0 ? "" : name.substring(0, dot))
                        + (e.getValue().equals("shared objects file") ? " (CDS)" : "");
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

        if (!first.counters.isEmpty()) {
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

    /** The kinds that a loaded class counts under, for the table of classes loaded. */
    private static List<String> kinds(String name, String source, Harness harness, Case c) {
        List<String> kinds = new ArrayList<>(List.of("all"));
        boolean hidden = name.contains("/0x");
        boolean shared = source.equals("shared objects file");
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

    // ---------------------------------------------------------------- execution samples

    /** Counts of samples, by key. */
    private static final class Tally {
        final Map<String, Integer> counts = new HashMap<>();

        void add(String key) {
            counts.merge(key, 1, Integer::sum);
        }

        int get(String key) {
            return counts.getOrDefault(key, 0);
        }

        List<Map.Entry<String, Integer>> top(int n) {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) ->
                    b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
            return entries.subList(0, Math.min(n, entries.size()));
        }
    }

    private static void samples(Harness harness, Case c, int runs, Path settings, StringBuilder out)
            throws IOException, InterruptedException {
        Map<Variant, List<Path>> recordings = new EnumMap<>(Variant.class);
        recordings.put(Variant.FLOOR, new ArrayList<>());
        recordings.put(Variant.STATUSGEN, new ArrayList<>());
        for (int run = 0; run < runs; run++) {
            for (Variant v : run % 2 == 0
                    ? List.of(Variant.STATUSGEN, Variant.FLOOR)
                    : List.of(Variant.FLOOR, Variant.STATUSGEN)) {
                Harness.clean(c);
                Path jfr = c.dir.resolve("run-" + v.name() + "-" + run + ".jfr");
                List<String> command = new ArrayList<>(List.of(
                        harness.javac.toString(),
                        "-J-XX:StartFlightRecording=filename=" + jfr + ",settings=" + settings,
                        "-J-XX:FlightRecorderOptions=stackdepth=512",
                        "-J-Xlog:jfr+startup=warning"));
                command.addAll(harness.javacArguments(c, v));
                Harness.exec(command, c.dir.resolve("javac.log"));
                recordings.get(v).add(jfr);
            }
            System.err.println("JFR run " + (run + 1) + "/" + runs + " (load " + Harness.loadAverage() + ")");
        }

        int floorSamples = 0;
        int floorMain = 0;
        int inFloor = 0;
        Tally floorPhases = new Tally();
        for (Path jfr : recordings.get(Variant.FLOOR)) {
            for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
                if (e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    floorSamples++;
                    if ("main".equals(e.getThread("sampledThread").getJavaName())) {
                        floorMain++;
                    }
                    RecordedStackTrace stack = e.getStackTrace();
                    if (stack != null && onStack(stack.getFrames(), FLOOR)) {
                        inFloor++;
                        floorPhases.add(mechanism(stack.getFrames(), FLOOR));
                    }
                }
            }
        }

        int total = 0;
        int main = 0;
        int inProcessor = 0;
        int truncated = 0;
        int interpretedTop = 0;
        Tally phases = new Tally();
        Tally mechanisms = new Tally();
        Tally self = new Tally();
        Tally selfInProcessor = new Tally();
        Tally innermost = new Tally();
        Tally writeToLines = new Tally();
        Tally entry = new Tally();
        Map<String, Tally> callers = new HashMap<>();
        for (Path jfr : recordings.get(Variant.STATUSGEN)) {
            for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
                if (!e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    continue;
                }
                total++;
                if ("main".equals(e.getThread("sampledThread").getJavaName())) {
                    main++;
                }
                RecordedStackTrace stack = e.getStackTrace();
                if (stack == null) {
                    continue;
                }
                List<RecordedFrame> frames = stack.getFrames();
                if (!onStack(frames, PROCESSOR)) {
                    continue;
                }
                inProcessor++;
                if (stack.isTruncated()) {
                    truncated++;
                }
                RecordedFrame top = frames.get(0);
                if ("Interpreted".equals(top.getType())) {
                    interpretedTop++;
                }
                self.add(name(top));
                if (type(top).startsWith(PROCESSOR)) {
                    selfInProcessor.add(name(top));
                }
                for (RecordedFrame f : frames) {
                    if (type(f).startsWith(PROCESSOR)) {
                        innermost.add(name(f));
                        break;
                    }
                }
                // The outermost processor frame: how javac entered the processor.
                for (int i = frames.size() - 1; i >= 0; i--) {
                    if (type(frames.get(i)).startsWith(PROCESSOR)) {
                        entry.add(name(frames.get(i)));
                        break;
                    }
                }
                phases.add(phase(frames));
                String mechanism = mechanism(frames, PROCESSOR);
                mechanisms.add(mechanism);
                RecordedFrame caller = innermostProcessor(frames);
                callers.computeIfAbsent(mechanism, m -> new Tally()).add(name(caller) + ":" + caller.getLineNumber());
                for (RecordedFrame f : frames) {
                    if (name(f).equals(JAVAPOET + "JavaFile.writeTo")
                            && f.getMethod().getDescriptor().startsWith("(Ljava/lang/Appendable;)")) {
                        writeToLines.add("line " + f.getLineNumber());
                        break;
                    }
                }
            }
        }

        out.append("\n## Execution samples (JFR, 1 ms period, ")
                .append(runs)
                .append(" cold compiles each of statusgen and the floor)\n\n");
        out.append(String.format(
                Locale.ROOT,
                "- Samples per compile: statusgen %.0f (main thread %.0f), floor %.0f (main thread %.0f). On a"
                        + " loaded machine the sampler misses periods, so compare shares rather than counts.%n"
                        + "- With the floor's code on the stack: %.1f per compile.%n"
                        + "- With statusgen's code on the stack: %.0f per compile (%d in all, %d of them with a"
                        + " truncated stack); the top frame was interpreted in %.0f%% of them.%n",
                (double) total / runs,
                (double) main / runs,
                (double) floorSamples / runs,
                (double) floorMain / runs,
                (double) inFloor / runs,
                (double) inProcessor / runs,
                inProcessor,
                truncated,
                100.0 * interpretedTop / Math.max(1, inProcessor)));
        table(
                out,
                "Where statusgen's samples go (each sample in the first matching phase)",
                "Phase",
                phases,
                inProcessor,
                20);
        table(
                out,
                "JDK machinery under statusgen's frames (each sample in the first match from the top of the stack)",
                "Machinery",
                mechanisms,
                inProcessor,
                20);
        for (Map.Entry<String, Integer> m : mechanisms.top(6)) {
            if (!m.getKey().endsWith("own code")) {
                table(
                        out,
                        "Where statusgen calls into " + m.getKey() + " (innermost processor frame and line)",
                        "Caller",
                        callers.get(m.getKey()),
                        inProcessor,
                        10);
            }
        }
        table(
                out,
                "The floor's samples, for comparison (each in the first match from the top of the stack)",
                "Machinery",
                floorPhases,
                Math.max(1, inFloor),
                10);
        table(out, "How javac entered statusgen (outermost statusgen frame)", "Frame", entry, inProcessor, 12);
        table(
                out,
                "The two passes of `JavaFile.writeTo(Appendable)`: imports, then writing (by call site)",
                "Call site",
                writeToLines,
                inProcessor,
                5);
        table(out, "Top self-time frames, statusgen's samples", "Top frame", self, inProcessor, 30);
        table(
                out,
                "Top self-time frames in the processor jar (statusgen and relocated JavaPoet)",
                "Top frame",
                selfInProcessor,
                inProcessor,
                25);
        table(
                out,
                "Innermost processor frame (self time plus the JDK calls it makes)",
                "Frame",
                innermost,
                inProcessor,
                25);
    }

    private static void table(StringBuilder out, String title, String column, Tally tally, int of, int n) {
        out.append("\n")
                .append(title)
                .append(":\n\n| ")
                .append(column)
                .append(" | samples | share |\n|---|---:|---:|\n");
        for (Map.Entry<String, Integer> e : tally.top(n)) {
            out.append(String.format(
                    Locale.ROOT, "| `%s` | %d | %.1f%% |%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / of));
        }
    }

    /** The phase of statusgen's work that a sample belongs to. */
    private static String phase(List<RecordedFrame> frames) {
        if (onStack(frames, PROCESSOR + "LocalHolders")) {
            return "LocalHolders: TaskListener tree walk";
        }
        if (onStackMethod(frames, JAVAPOET + "JavaFile.writeTo")) {
            return "JavaPoet JavaFile.writeTo: formatting (CodeWriter)";
        }
        if (onStack(frames, "com.sun.tools.javac.processing.JavacFiler")) {
            return "javac's Filer (create, open, write)";
        }
        if (onStack(frames, PROCESSOR + "writer.ReferenceDocWriter")) {
            return "ReferenceDocWriter (Markdown reference)";
        }
        if (onStack(frames, PROCESSOR + "writer.")) {
            return onStack(frames, JAVAPOET)
                    ? "writers: building JavaPoet specs (JavaPoet code)"
                    : "writers: statusgen's own code";
        }
        if (onStack(frames, PROCESSOR + "spec.")) {
            return "spec: read, parse, validate";
        }
        if (onStack(frames, PROCESSOR + "model.")) {
            return "model (identifiers, table)";
        }
        if (onStack(frames, PROCESSOR + "SpecLoader") || onStack(frames, PROCESSOR + "Tables")) {
            return "Tables / SpecLoader";
        }
        if (onStack(frames, JAVAPOET)) {
            return "other JavaPoet";
        }
        return "other statusgen (" + name(innermostProcessor(frames)) + ")";
    }

    /** The JDK machinery that a sample of a processor's is in, from the top of the stack down to its code. */
    private static String mechanism(List<RecordedFrame> frames, String processor) {
        for (RecordedFrame f : frames) {
            String type = type(f);
            if (type.startsWith(processor)) {
                return type.startsWith(JAVAPOET)
                        ? "JavaPoet's own code"
                        : processor.equals(FLOOR) ? "the floor's own code" : "statusgen's own code";
            }
            if (type.startsWith("java.lang.invoke.") || type.startsWith("jdk.internal.org.objectweb.asm.")) {
                return "java.lang.invoke: bootstrapping lambdas, method references, string concatenation";
            }
            if (type.startsWith("java.lang.ClassLoader")
                    || type.startsWith("java.net.URLClassLoader")
                    || type.startsWith("jdk.internal.loader.")
                    || type.startsWith("java.util.zip.")
                    || type.startsWith("java.util.jar.")
                    || type.startsWith("java.security.SecureClassLoader")) {
                return "class loading (its Java part: finding and reading class files)";
            }
            if (type.startsWith("java.util.regex.")) {
                return "java.util.regex";
            }
            if (type.startsWith("java.util.Formatter") || name(f).equals("java.lang.String.format")) {
                return "String.format (java.util.Formatter)";
            }
            if (type.startsWith("java.util.stream.")) {
                return "java.util.stream";
            }
            if (type.startsWith("com.sun.tools.javac.")) {
                return "javac (called by the processor: Filer, Trees, Elements)";
            }
        }
        return "other";
    }

    private static boolean onStack(List<RecordedFrame> frames, String prefix) {
        for (RecordedFrame f : frames) {
            if (type(f).startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onStackMethod(List<RecordedFrame> frames, String method) {
        for (RecordedFrame f : frames) {
            if (name(f).equals(method)) {
                return true;
            }
        }
        return false;
    }

    private static RecordedFrame innermostProcessor(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) {
            if (type(f).startsWith(PROCESSOR)) {
                return f;
            }
        }
        return frames.get(0);
    }

    private static String type(RecordedFrame f) {
        return f.getMethod().getType().getName();
    }

    private static String name(RecordedFrame f) {
        return type(f) + "." + f.getMethod().getName();
    }

    // ---------------------------------------------------------------- output

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
