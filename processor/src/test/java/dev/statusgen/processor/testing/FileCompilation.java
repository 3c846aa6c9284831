package dev.statusgen.processor.testing;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * One compile of Java sources from files on disk, through {@link javax.tools}, with annotation processors: what
 * the compiler reported and what the processors generated. Eclipse's compiler (ECJ) compiles only sources that
 * are files, so the sources are written under a directory first, as {@code src/}; generated sources go to
 * {@code generated/} and class files and resources to {@code classes/}, where files put there beforehand stay,
 * as resources that Maven copies into the class output before compiling do. Use it through {@link Compiler}.
 */
public final class FileCompilation {
    private final boolean succeeded;
    private final List<Report> diagnostics;
    private final String output;
    private final Path generated;
    private final Path classes;

    private FileCompilation(boolean succeeded, List<Report> diagnostics, String output, Path generated, Path classes) {
        this.succeeded = succeeded;
        this.diagnostics = diagnostics;
        this.output = output;
        this.generated = generated;
        this.classes = classes;
    }

    /**
     * A diagnostic, reduced to what compilers can agree on.
     *
     * @param kind its kind
     * @param message its message, in {@link Locale#ROOT}
     * @param file the name of the source file it is about, such as {@code Http.java}, or {@code null}
     * @param line its line, or {@link Diagnostic#NOPOS}
     * @param column its column, or {@link Diagnostic#NOPOS}
     */
    public record Report(Diagnostic.Kind kind, String message, String file, long line, long column) {}

    /**
     * Compiles {@code sources} with {@code compiler} in directory {@code dir}.
     *
     * @param compiler the compiler, such as {@code new org.eclipse.jdt.internal.compiler.tool.EclipseCompiler()}
     * @param dir a directory to write the sources and the output into, empty but for {@code classes/}
     * @param sources the sources' text by path, such as {@code p/Http.java}
     * @param processors the annotation processors to run, and no others
     * @param classPath the class path, in order
     * @param options further compiler options, such as {@code --release 17}
     * @return the compile's outcome
     */
    static FileCompilation compile(
            JavaCompiler compiler,
            Path dir,
            Map<String, String> sources,
            List<? extends Processor> processors,
            List<String> classPath,
            List<String> options) {
        try {
            Path src = Files.createDirectories(dir.resolve("src"));
            Path generated = Files.createDirectories(dir.resolve("generated"));
            Path classes = Files.createDirectories(dir.resolve("classes"));
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file);
            }
            List<String> all = new ArrayList<>(List.of(
                    "-d",
                    classes.toString(),
                    "-s",
                    generated.toString(),
                    "-classpath",
                    String.join(File.pathSeparator, classPath),
                    "-encoding",
                    "UTF-8"));
            all.addAll(options);

            DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
            // What the compiler prints besides its diagnostics; ECJ prints every error a second time there.
            StringWriter printed = new StringWriter();
            boolean succeeded;
            try (StandardJavaFileManager fileManager =
                    compiler.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
                // ECJ's file manager starts from this JVM's class path, and -classpath adds to it: set it outright.
                List<File> entries = new ArrayList<>();
                for (String entry : classPath) {
                    for (String part : entry.split(File.pathSeparator)) {
                        entries.add(new File(part));
                    }
                }
                fileManager.setLocation(StandardLocation.CLASS_PATH, entries);
                JavaCompiler.CompilationTask task = compiler.getTask(
                        printed, fileManager, collector, all, null, fileManager.getJavaFileObjectsFromPaths(files));
                task.setProcessors(processors);
                task.setLocale(Locale.ROOT);
                succeeded = task.call();
            }
            List<Report> diagnostics = collector.getDiagnostics().stream()
                    .map(d -> new Report(
                            d.getKind(),
                            d.getMessage(Locale.ROOT),
                            d.getSource() == null
                                    ? null
                                    : Path.of(d.getSource().toUri())
                                            .getFileName()
                                            .toString(),
                            d.getLineNumber(),
                            d.getColumnNumber()))
                    .toList();
            return new FileCompilation(succeeded, diagnostics, printed.toString(), generated, classes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the compile succeeded. */
    public boolean succeeded() {
        return succeeded;
    }

    /** Everything the compiler reported, in order. */
    public List<Report> diagnostics() {
        return diagnostics;
    }

    /** The reports of kind {@code kind}. */
    public List<Report> diagnostics(Diagnostic.Kind kind) {
        return diagnostics.stream().filter(d -> d.kind() == kind).toList();
    }

    /** The messages of the notes, in order. */
    public List<String> notes() {
        return diagnostics(Diagnostic.Kind.NOTE).stream().map(Report::message).toList();
    }

    /** What the compiler printed besides its diagnostics. */
    public String output() {
        return output;
    }

    /** The generated sources' text by path, such as {@code p/HttpStatus.java}. */
    public Map<String, String> generatedSources() {
        return texts(generated, path -> true);
    }

    /** The text of the generated source {@code path}, such as {@code p/HttpStatus.java}. */
    public String generatedSource(String path) {
        return text(generatedSources(), path);
    }

    /**
     * The text of the files other than class files in the class output, such as {@code META-INF/statusgen/p/Http.md},
     * including those put there before the compile.
     */
    public Map<String, String> generatedResources() {
        return texts(classes, path -> !path.toString().endsWith(".class"));
    }

    /** The text of the resource {@code path} in the class output, such as {@code META-INF/statusgen/p/Http.md}. */
    public String generatedResource(String path) {
        return text(generatedResources(), path);
    }

    /** The directory of the generated sources. */
    public Path generatedSourceOutput() {
        return generated;
    }

    /** The class output directory. */
    public Path classOutput() {
        return classes;
    }

    /** The bytes of the class file {@code path}, such as {@code p/HttpStatus.class}. */
    public byte[] classFile(String path) {
        Path file = classes.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("not compiled: " + path);
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, String> texts, String path) {
        String text = texts.get(path);
        if (text == null) {
            throw new AssertionError("not generated: " + path + "; generated: " + texts.keySet());
        }
        return text;
    }

    private static Map<String, String> texts(Path root, Predicate<Path> wanted) {
        Map<String, String> texts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).filter(wanted).toList()) {
                texts.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
