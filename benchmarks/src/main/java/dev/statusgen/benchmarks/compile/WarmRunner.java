package dev.statusgen.benchmarks.compile;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The warm half of the compile-cost harness: compiles the same sources many times through {@code javax.tools}
 * in one JVM, as an IDE, a Gradle daemon or Maven's in-process compiler does. Each compile gets a new file
 * manager, and javac makes a new class loader for its {@code -processorpath}, so a processor's classes load
 * afresh every time while javac's own code stays loaded and compiled. {@link CompileCost} runs this class in a
 * JVM of its own whose class path holds nothing else, so that no processor class can come from a parent loader.
 *
 * <p>Usage: {@code WarmRunner <plan>}. The plan is a text file: the number of iterations on the first line,
 * then for each variant the line {@code variant <name>} followed by {@code clean <dir>}, {@code option <text>}
 * and {@code source <file>} lines. Each iteration compiles every variant once, starting at a different one each
 * time. For each compile it prints {@code <iteration> <variant> <wall ns> <process CPU ns>}: the CPU time of every
 * thread of the JVM, the compiling thread, a processor's own threads and the JIT and GC threads.
 */
public final class WarmRunner {
    private WarmRunner() {}

    /** A compile to repeat. */
    private static final class Variant {
        final String name;
        final List<File> clean = new ArrayList<>();
        final List<String> options = new ArrayList<>();
        final List<File> sources = new ArrayList<>();

        Variant(String name) {
            this.name = name;
        }
    }

    /**
     * Runs the plan.
     *
     * @param args the plan's path
     * @throws IOException if the plan or an output directory cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int iterations = Integer.parseInt(lines.get(0).trim());
        List<Variant> variants = variants(lines.subList(1, lines.size()));
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 0; i < iterations; i++) {
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get((i + v) % variants.size());
                for (File dir : variant.clean) {
                    delete(dir);
                    if (!dir.mkdirs()) {
                        throw new IOException("cannot create " + dir);
                    }
                }
                long cpu = os.getProcessCpuTime();
                long start = System.nanoTime();
                compile(compiler, variant);
                long wall = System.nanoTime() - start;
                cpu = os.getProcessCpuTime() - cpu;
                System.out.println(i + " " + variant.name + " " + wall + " " + cpu);
            }
        }
    }

    /** The variants of the plan's lines after the first. */
    private static List<Variant> variants(List<String> lines) {
        List<Variant> variants = new ArrayList<>();
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String key = line.substring(0, space);
            String value = line.substring(space + 1);
            switch (key) {
                case "variant":
                    variants.add(new Variant(value));
                    break;
                case "clean":
                    last(variants).clean.add(new File(value));
                    break;
                case "option":
                    last(variants).options.add(value);
                    break;
                case "source":
                    last(variants).sources.add(new File(value));
                    break;
                default:
                    throw new IllegalArgumentException("bad plan line: " + line);
            }
        }
        return variants;
    }

    /** One compile of a variant, with a new file manager; fails with its diagnostics if it fails. */
    private static void compile(JavaCompiler compiler, Variant variant) throws IOException {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try (StandardJavaFileManager files =
                compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            ok = compiler.getTask(
                            null,
                            files,
                            diagnostics,
                            variant.options,
                            null,
                            files.getJavaFileObjectsFromFiles(variant.sources))
                    .call();
        }
        if (!ok) {
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                System.err.println(d);
            }
            throw new IllegalStateException("the compile " + variant.name + " failed");
        }
    }

    private static Variant last(List<Variant> variants) {
        if (variants.isEmpty()) {
            throw new IllegalArgumentException("the plan names no variant before its first compile line");
        }
        return variants.get(variants.size() - 1);
    }

    private static void delete(File file) throws IOException {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                delete(child);
            }
        }
        if (file.exists() && !file.delete()) {
            throw new IOException("cannot delete " + file);
        }
    }
}
