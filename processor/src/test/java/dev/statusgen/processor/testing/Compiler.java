package dev.statusgen.processor.testing;

import dev.statusgen.processor.StatusgenProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The compilers that the processor runs under: javac, and Eclipse's compiler (ECJ), which Eclipse users build with.
 * Each compiles sources from files, as a build does, with the processor and the options of a strict consumer.
 */
public enum Compiler {
    /** The JDK's compiler. */
    JAVAC(ToolProvider::getSystemJavaCompiler),
    /** Eclipse's compiler. */
    ECJ(EclipseCompiler::new);

    /** The options of a strict javac consumer: every lint and doclint warning is an error. */
    public static final List<String> STRICT = List.of("-Xlint:all", "-Xdoclint:all", "-Werror");

    private final Supplier<JavaCompiler> tool;

    Compiler(Supplier<JavaCompiler> tool) {
        this.tool = tool;
    }

    /**
     * Compiles {@code sources} with the processor, strictly, in a new directory under {@code dir}.
     *
     * @param dir a directory for the compile's files
     * @param sources the sources' text by path, such as {@code p/Http.java}
     * @param options further options, such as {@code -Astatusgen.specDir=...}
     * @return the compile's outcome
     */
    public FileCompilation compile(Path dir, Map<String, String> sources, List<String> options) {
        List<String> all = new ArrayList<>(this == JAVAC ? STRICT : List.of());
        all.addAll(List.of("--release", "17"));
        all.addAll(options);
        try {
            return FileCompilation.compile(
                    tool.get(),
                    Files.createTempDirectory(dir, name()),
                    sources,
                    List.of(new StatusgenProcessor()),
                    all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes each of {@code specs} (file name to text) into a new directory under {@code dir}, and compiles the
     * {@link Holder} with {@code arguments}, reading specs from that directory ({@code -Astatusgen.specDir}).
     */
    public FileCompilation compileHolder(Path dir, String arguments, Map<String, String> specs) {
        Map<String, byte[]> bytes = new java.util.TreeMap<>();
        specs.forEach((name, text) -> bytes.put(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return compileHolderBytes(dir, arguments, bytes);
    }

    /** As {@link #compileHolder}, with the specs' bytes. */
    public FileCompilation compileHolderBytes(Path dir, String arguments, Map<String, byte[]> specs) {
        try {
            Path specDir = Files.createTempDirectory(dir, "specs");
            for (Map.Entry<String, byte[]> spec : specs.entrySet()) {
                Files.write(specDir.resolve(spec.getKey()), spec.getValue());
            }
            return compile(
                    dir, Map.of(Holder.PATH, Holder.source(arguments)), List.of("-Astatusgen.specDir=" + specDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
