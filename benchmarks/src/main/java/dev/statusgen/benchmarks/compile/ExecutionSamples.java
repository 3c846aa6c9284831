package dev.statusgen.benchmarks.compile;

import static dev.statusgen.benchmarks.compile.CompileProfile.JAVAPOET;
import static dev.statusgen.benchmarks.compile.CompileProfile.PROCESSOR;

import dev.statusgen.benchmarks.compile.Harness.Case;
import dev.statusgen.benchmarks.compile.Harness.Variant;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JFR part of {@link CompileProfile}: execution samples over cold compiles of statusgen and of the floor,
 * classified by the phase of statusgen's work and by the JDK machinery they are in.
 */
final class ExecutionSamples {
    private static final String FLOOR = "dev.statusgen.benchmarks.floor.";

    /** Counts of samples, by key. */
    private static final class Tally {
        final Map<String, Integer> counts = new HashMap<>();

        void add(String key) {
            counts.merge(key, 1, Integer::sum);
        }

        List<Map.Entry<String, Integer>> top(int n) {
            List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
            entries.sort((a, b) ->
                    b.getValue().equals(a.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue());
            return entries.subList(0, Math.min(n, entries.size()));
        }
    }

    /** The samples of one variant's compiles, and those with its code ({@code code}, a prefix) on the stack. */
    private static final class Samples {
        final String code;
        int total;
        int main;
        int inCode;
        int truncated;
        int interpretedTop;
        final Tally mechanisms = new Tally();

        Samples(String code) {
            this.code = code;
        }

        /** Counts an execution sample; returns its frames if its stack holds the code, else null. */
        List<RecordedFrame> add(RecordedEvent e) {
            total++;
            if ("main".equals(e.getThread("sampledThread").getJavaName())) {
                main++;
            }
            RecordedStackTrace stack = e.getStackTrace();
            if (stack == null || !onStack(stack.getFrames(), code)) {
                return null;
            }
            List<RecordedFrame> frames = stack.getFrames();
            inCode++;
            if (stack.isTruncated()) {
                truncated++;
            }
            if ("Interpreted".equals(frames.get(0).getType())) {
                interpretedTop++;
            }
            mechanisms.add(mechanism(frames, code));
            return frames;
        }
    }

    /** Where statusgen's samples go, frame by frame. */
    private static final class Breakdown {
        final Tally phases = new Tally();
        final Tally self = new Tally();
        final Tally selfInProcessor = new Tally();
        final Tally innermost = new Tally();
        final Tally writeToLines = new Tally();
        final Tally entry = new Tally();
        final Map<String, Tally> callers = new HashMap<>();

        void add(List<RecordedFrame> frames) {
            RecordedFrame top = frames.get(0);
            self.add(name(top));
            if (type(top).startsWith(PROCESSOR)) {
                selfInProcessor.add(name(top));
            }
            RecordedFrame caller = innermostProcessor(frames);
            innermost.add(name(caller));
            // The outermost processor frame: how javac entered the processor.
            for (int i = frames.size() - 1; i >= 0; i--) {
                if (type(frames.get(i)).startsWith(PROCESSOR)) {
                    entry.add(name(frames.get(i)));
                    break;
                }
            }
            phases.add(phase(frames));
            callers.computeIfAbsent(mechanism(frames, PROCESSOR), m -> new Tally())
                    .add(name(caller) + ":" + caller.getLineNumber());
            for (RecordedFrame f : frames) {
                if (name(f).equals(JAVAPOET + "JavaFile.writeTo")
                        && f.getMethod().getDescriptor().startsWith("(Ljava/lang/Appendable;)")) {
                    writeToLines.add("line " + f.getLineNumber());
                    break;
                }
            }
        }
    }

    private ExecutionSamples() {}

    /** Records {@code runs} cold compiles each of statusgen and the floor under JFR, and appends the tables. */
    static void profile(Harness harness, Case c, int runs, Path settings, StringBuilder out)
            throws IOException, InterruptedException {
        List<Path> floorRecordings = new ArrayList<>();
        List<Path> statusgenRecordings = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (Variant v : run % 2 == 0
                    ? List.of(Variant.STATUSGEN, Variant.FLOOR)
                    : List.of(Variant.FLOOR, Variant.STATUSGEN)) {
                Path jfr = record(harness, c, v, run, settings);
                (v == Variant.FLOOR ? floorRecordings : statusgenRecordings).add(jfr);
            }
            System.err.println("JFR run " + (run + 1) + "/" + runs + " (load " + Harness.loadAverage() + ")");
        }
        Samples floor = new Samples(FLOOR);
        read(floorRecordings, floor, null);
        Samples statusgen = new Samples(PROCESSOR);
        Breakdown breakdown = new Breakdown();
        read(statusgenRecordings, statusgen, breakdown);
        summary(out, runs, floor, statusgen);
        tables(out, floor, statusgen, breakdown);
    }

    /** Counts the execution samples of the recordings, and breaks down those with the code on the stack. */
    private static void read(List<Path> recordings, Samples samples, Breakdown breakdown) throws IOException {
        for (Path jfr : recordings) {
            for (RecordedEvent e : RecordingFile.readAllEvents(jfr)) {
                if (e.getEventType().getName().equals("jdk.ExecutionSample")) {
                    List<RecordedFrame> frames = samples.add(e);
                    if (frames != null && breakdown != null) {
                        breakdown.add(frames);
                    }
                }
            }
        }
    }

    /** One cold compile of a variant under JFR; returns the recording. */
    private static Path record(Harness harness, Case c, Variant v, int run, Path settings)
            throws IOException, InterruptedException {
        Harness.clean(c);
        Path jfr = c.dir.resolve("run-" + v.name() + "-" + run + ".jfr");
        List<String> command = new ArrayList<>(List.of(
                harness.javac.toString(),
                "-J-XX:StartFlightRecording=filename=" + jfr + ",settings=" + settings,
                "-J-XX:FlightRecorderOptions=stackdepth=512",
                "-J-Xlog:jfr+startup=warning"));
        command.addAll(harness.javacArguments(c, v));
        Harness.exec(command, c.dir.resolve("javac.log"));
        return jfr;
    }

    private static void summary(StringBuilder out, int runs, Samples floor, Samples statusgen) {
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
                (double) statusgen.total / runs,
                (double) statusgen.main / runs,
                (double) floor.total / runs,
                (double) floor.main / runs,
                (double) floor.inCode / runs,
                (double) statusgen.inCode / runs,
                statusgen.inCode,
                statusgen.truncated,
                100.0 * statusgen.interpretedTop / Math.max(1, statusgen.inCode)));
    }

    private static void tables(StringBuilder out, Samples floor, Samples statusgen, Breakdown breakdown) {
        int of = statusgen.inCode;
        table(
                out,
                "Where statusgen's samples go (each sample in the first matching phase)",
                "Phase",
                breakdown.phases,
                of,
                20);
        table(
                out,
                "JDK machinery under statusgen's frames (each sample in the first match from the top of the stack)",
                "Machinery",
                statusgen.mechanisms,
                of,
                20);
        for (Map.Entry<String, Integer> m : statusgen.mechanisms.top(6)) {
            if (!m.getKey().endsWith("own code")) {
                table(
                        out,
                        "Where statusgen calls into " + m.getKey() + " (innermost processor frame and line)",
                        "Caller",
                        breakdown.callers.get(m.getKey()),
                        of,
                        10);
            }
        }
        table(
                out,
                "The floor's samples, for comparison (each in the first match from the top of the stack)",
                "Machinery",
                floor.mechanisms,
                Math.max(1, floor.inCode),
                10);
        table(out, "How javac entered statusgen (outermost statusgen frame)", "Frame", breakdown.entry, of, 12);
        table(
                out,
                "The two passes of `JavaFile.writeTo(Appendable)`: imports, then writing (by call site)",
                "Call site",
                breakdown.writeToLines,
                of,
                5);
        table(out, "Top self-time frames, statusgen's samples", "Top frame", breakdown.self, of, 30);
        table(
                out,
                "Top self-time frames in the processor jar (statusgen and relocated JavaPoet)",
                "Top frame",
                breakdown.selfInProcessor,
                of,
                25);
        table(
                out,
                "Innermost processor frame (self time plus the JDK calls it makes)",
                "Frame",
                breakdown.innermost,
                of,
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
            String machinery = machinery(type, name(f));
            if (machinery != null) {
                return machinery;
            }
        }
        return "other";
    }

    /** The JDK machinery that a frame of this type and name belongs to, or null. */
    private static String machinery(String type, String name) {
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
        if (type.startsWith("java.util.Formatter") || name.equals("java.lang.String.format")) {
            return "String.format (java.util.Formatter)";
        }
        if (type.startsWith("java.util.stream.")) {
            return "java.util.stream";
        }
        if (type.startsWith("com.sun.tools.javac.")) {
            return "javac (called by the processor: Filer, Trees, Elements)";
        }
        return null;
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
}
