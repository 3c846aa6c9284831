package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor's classes hold no lambda, no method reference and no string concatenation by
 * {@code invokedynamic}: every such call site costs a cold compile its bootstrap the first time it runs, and a
 * processor runs its code once per compile, in the interpreter. Records' {@code ObjectMethods} bootstraps are
 * allowed. The test reads the compiled classes with {@code javap}, so it holds for the bytecode that ships, and
 * names the class and method of each call site it finds.
 *
 * <p><b>What the rule saves</b>, measured on 2026-12-03 on the project's 2-core machine (JDK 17.0.15, Linux)
 * while other builds loaded it (load average 5 to 9), so the figures are ranges, not a benchmark. Method: 30 fresh
 * JVMs per variant, in two batches, the variants alternating; each JVM ran javac once in-process, then one lambda
 * and one indy concatenation, which leaves both bootstraps warm, as javac's and JavaPoet's own code leave them in a
 * processor's compile; then it timed ({@code System.nanoTime}) one run of a class with 100 call sites, each in a
 * method of its own: an {@code IntUnaryOperator} made and called, or a constant concatenated with one to three
 * arguments of four shapes.
 *
 * <ul>
 *   <li>100 lambdas: 58 ms (median; interquartile range 43 to 80 ms), against 34 ms (25 to 56 ms) for 100
 *       anonymous classes read from class files. The ranges overlap: about 0.2 ms a site.
 *   <li>100 indy concatenations: 85 ms (60 to 117 ms), against 0.6 ms (0.5 to 0.8 ms) for the same
 *       concatenations compiled with {@code -XDstringConcat=inline}: about 0.8 ms a site, in every cold compile.
 * </ul>
 */
class ColdPathTest {
    private static final List<String> BANNED =
            List.of("java/lang/invoke/LambdaMetafactory", "java/lang/invoke/StringConcatFactory");
    private static final Pattern THIS_CLASS = Pattern.compile("  this_class: #\\d+\\s+// (\\S+)");
    /** A method's header in {@code javap -p} output: two spaces, no constant pool entry, a parameter list. */
    private static final Pattern METHOD = Pattern.compile("  [^ #].*\\((.*)\\);|  static \\{\\};");

    private static final Pattern CALL_SITE = Pattern.compile(".*// InvokeDynamic #(\\d+):.*");
    private static final Pattern BOOTSTRAP = Pattern.compile("  (\\d+): #\\d+ REF_\\w+ ([\\w/$]+)\\.\\w+:.*");

    @Test
    void theProcessorsClassesHaveNoLambdaMethodReferenceOrIndyConcatenation() throws URISyntaxException {
        Path classes = Path.of(StatusgenProcessor.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        assertWithMessage("the processor's class output")
                .that(Files.isDirectory(classes))
                .isTrue();

        Scan scan = scan(classes);

        assertThat(scan.classes).contains("dev.statusgen.processor.StatusgenProcessor");
        assertWithMessage("call sites that bootstrap a lambda or an indy concatenation")
                .that(scan.banned)
                .isEmpty();
    }

    @Test
    void theScanNamesTheClassAndMethodOfEachBannedCallSite(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("Sample.java");
        Files.writeString(
                source,
                String.join(
                        "\n",
                        "package p;",
                        "final class Sample {",
                        "  static Runnable lambda() { return () -> {}; }",
                        "  java.util.function.Supplier<Object> reference() { return Object::new; }",
                        "  static String concatenation(int i) { return \"x\" + i; }",
                        "  record Pair(int a, int b) {}",
                        "}",
                        ""));
        JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "--release", "17", "-d", dir.toString(), source.toString()))
                .isEqualTo(0);

        Scan scan = scan(dir);

        assertThat(scan.classes).containsExactly("p.Sample", "p.Sample$Pair");
        assertThat(scan.banned)
                .containsExactly(
                        "p.Sample.concatenation: java/lang/invoke/StringConcatFactory",
                        "p.Sample.lambda: java/lang/invoke/LambdaMetafactory",
                        "p.Sample.reference: java/lang/invoke/LambdaMetafactory");
    }

    /** The classes under {@code root} and their banned call sites, each as {@code class.method: bootstrap}. */
    private static Scan scan(Path root) {
        List<String> args = new ArrayList<>(List.of("-c", "-v", "-p"));
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(f -> f.toString().endsWith(".class")).sorted().forEach(f -> args.add(f.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = ToolProvider.findFirst("javap")
                .orElseThrow()
                .run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
        assertWithMessage("javap: %s", err).that(exit).isEqualTo(0);
        Scan scan = new Scan();
        for (String line : out.toString().split("\\R")) {
            scan.read(line);
        }
        scan.endClass();
        scan.banned.sort(null);
        return scan;
    }

    /** Reads {@code javap -c -v -p} output line by line. */
    private static final class Scan {
        final List<String> classes = new ArrayList<>();
        final List<String> banned = new ArrayList<>();
        private String type;
        private String method;
        /** The methods of the current class by the bootstrap index of each of their call sites. */
        private final List<Map.Entry<Integer, String>> sites = new ArrayList<>();

        private final Map<Integer, String> bootstraps = new HashMap<>();

        void read(String line) {
            Matcher m;
            if (line.startsWith("Classfile ")) {
                endClass();
            } else if ((m = THIS_CLASS.matcher(line)).matches()) {
                type = m.group(1).replace('/', '.');
                classes.add(type);
            } else if ((m = BOOTSTRAP.matcher(line)).matches()) {
                bootstraps.put(Integer.parseInt(m.group(1)), m.group(2));
            } else if (METHOD.matcher(line).matches()) {
                method = methodName(line);
            } else if ((m = CALL_SITE.matcher(line)).matches()) {
                sites.add(Map.entry(Integer.parseInt(m.group(1)), method));
            }
        }

        void endClass() {
            for (Map.Entry<Integer, String> site : sites) {
                String bootstrap = bootstraps.get(site.getKey());
                if (BANNED.contains(bootstrap)) {
                    banned.add(type + "." + site.getValue() + ": " + bootstrap);
                }
            }
            sites.clear();
            bootstraps.clear();
        }

        /** The name of the method whose header is {@code line}: {@code <init>} for a constructor. */
        private static String methodName(String line) {
            if (line.trim().equals("static {};")) {
                return "<clinit>";
            }
            String head = line.substring(0, line.indexOf('('));
            String name = head.substring(head.lastIndexOf(' ') + 1);
            return name.contains(".") ? "<init>" : name;
        }
    }
}
