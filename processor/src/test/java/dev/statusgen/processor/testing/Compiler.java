package dev.statusgen.processor.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.statusgen.HttpStatusTable;
import dev.statusgen.processor.StatusgenProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;

/**
 * The compilers that the processor runs under: javac, and Eclipse's compiler (ECJ), which Eclipse users build with.
 * Each compiles sources from files, as a build does, with the processor and the options of a strict consumer, for
 * Java 17 unless told otherwise. {@link #holder(String)} and {@link #job()} describe a compile; the
 * {@code compile...} methods are shortcuts for the common ones.
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

    /** A compile with no sources yet. */
    public Job job() {
        return new Job(this);
    }

    /** A compile of the {@link Holder} with {@code @HttpStatusTable(arguments)}. */
    public Job holder(String arguments) {
        return job().holder("p.Http", arguments);
    }

    /**
     * Compiles {@code sources} with the processor, strictly, in a new directory under {@code dir}.
     *
     * @param dir a directory for the compile's files
     * @param sources the sources' text by path, such as {@code p/Http.java}
     * @param options further options, such as {@code -Astatusgen.verbose=true}
     * @return the compile's outcome
     */
    public FileCompilation compile(Path dir, Map<String, String> sources, List<String> options) {
        return job().sources(sources).options(options).compile(dir);
    }

    /**
     * Writes each of {@code specs} (file name to text) into a new directory under {@code dir}, and compiles the
     * {@link Holder} with {@code arguments}, reading specs from that directory ({@code -Astatusgen.specDir}).
     */
    public FileCompilation compileHolder(Path dir, String arguments, Map<String, String> specs) {
        return holder(arguments).specs(specs).compile(dir);
    }

    /** As {@link #compileHolder}, with the specs' bytes. */
    public FileCompilation compileHolderBytes(Path dir, String arguments, Map<String, byte[]> specs) {
        Job job = holder(arguments);
        specs.forEach(job::spec);
        return job.compile(dir);
    }

    /** One compile, described step by step and run, once, by {@link #compile(Path)}. */
    public static final class Job {
        private final Compiler compiler;
        private final Map<String, String> sources = new LinkedHashMap<>();
        private final List<String> options = new ArrayList<>();
        private final Map<String, byte[]> specs = new LinkedHashMap<>();
        private final Map<String, byte[]> classOutput = new LinkedHashMap<>();
        private final List<Path> classPath = new ArrayList<>();
        private boolean annotationsOnly;
        private final List<Processor> beside = new ArrayList<>();
        private Processor statusgen = new StatusgenProcessor();
        private boolean compiled;

        private Job(Compiler compiler) {
            this.compiler = compiler;
        }

        /** Adds the source {@code text} at {@code path}, such as {@code p/Http.java}. */
        public Job source(String path, String text) {
            sources.put(path, text);
            return this;
        }

        /** Adds the holder {@code qualifiedName}, such as {@code a.Api}, with {@code @HttpStatusTable(arguments)}. */
        public Job holder(String qualifiedName, String arguments) {
            return source(Holder.path(qualifiedName), Holder.source(qualifiedName, arguments));
        }

        /** Adds the sources' text by path. */
        public Job sources(Map<String, String> texts) {
            sources.putAll(texts);
            return this;
        }

        /** Adds compiler options, such as {@code --release 8}; javac is strict and the release is 17 unless given. */
        public Job options(String... more) {
            return options(List.of(more));
        }

        /** Adds compiler options. */
        public Job options(List<String> more) {
            options.addAll(more);
            return this;
        }

        /**
         * Compiles for {@code release}, such as 8, and skips the test if the running JDK cannot. javac's warning
         * that release 8 is obsolete (JDK 21 and later) is left out: it is about the flag, not about the code.
         */
        public Job release(int release) {
            assumeTrue(Runtime.version().feature() >= release, "this JDK cannot compile for release " + release);
            options("--release", Integer.toString(release));
            if (release == 8 && compiler == JAVAC) {
                options("-Xlint:-options");
            }
            return this;
        }

        /** Puts the spec {@code name} into the directory that {@code -Astatusgen.specDir} names. */
        public Job spec(String name, String text) {
            return spec(name, text.getBytes(StandardCharsets.UTF_8));
        }

        /** Puts the spec {@code name}, as bytes, into the directory that {@code -Astatusgen.specDir} names. */
        public Job spec(String name, byte[] bytes) {
            specs.put(name, bytes);
            return this;
        }

        /** Puts each spec, file name to text, into the directory that {@code -Astatusgen.specDir} names. */
        public Job specs(Map<String, String> texts) {
            texts.forEach(this::spec);
            return this;
        }

        /** Puts a file into the class output before the compile, as Maven does with resources. */
        public Job classOutput(String path, String text) {
            classOutput.put(path, text.getBytes(StandardCharsets.UTF_8));
            return this;
        }

        /** Puts a directory on the class path, before this JVM's class path. */
        public Job classPath(Path entry) {
            classPath.add(entry);
            return this;
        }

        /**
         * Compiles against the annotations alone rather than this JVM's class path, which holds the tests' every
         * dependency: a cheaper compile, for a test that runs thousands. The generated code needs nothing else.
         */
        public Job annotationsOnly() {
            annotationsOnly = true;
            return this;
        }

        /** Runs another processor beside statusgen's. */
        public Job beside(Processor processor) {
            beside.add(processor);
            return this;
        }

        /** Runs {@code processor} in place of a plain {@link StatusgenProcessor}, such as one that wraps it. */
        public Job statusgen(Processor processor) {
            statusgen = processor;
            return this;
        }

        /** Compiles, in a new directory under {@code dir}. */
        public FileCompilation compile(Path dir) {
            if (compiled) {
                throw new IllegalStateException("a job compiles once: its processors keep their state");
            }
            compiled = true;
            try {
                Path work = Files.createTempDirectory(dir, compiler.name());
                List<String> all = new ArrayList<>(compiler == JAVAC ? STRICT : List.of());
                if (!options.contains("--release")) {
                    all.addAll(List.of("--release", "17"));
                }
                all.addAll(options);
                if (!specs.isEmpty()) {
                    Path specDir = Files.createDirectory(work.resolve("specs"));
                    write(specDir, specs);
                    all.add("-Astatusgen.specDir=" + specDir);
                }
                write(Files.createDirectory(work.resolve("classes")), classOutput);
                List<Processor> processors = new ArrayList<>(List.of(statusgen));
                processors.addAll(beside);
                List<String> path = new ArrayList<>();
                for (Path entry : classPath) {
                    path.add(entry.toString());
                }
                path.add(annotationsOnly ? annotations() : System.getProperty("java.class.path"));
                return FileCompilation.compile(compiler.tool.get(), work, sources, processors, path, all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Where {@code dev.statusgen.HttpStatusTable} comes from: the annotations' jar or class directory. */
        private static String annotations() {
            try {
                return Path.of(HttpStatusTable.class
                                .getProtectionDomain()
                                .getCodeSource()
                                .getLocation()
                                .toURI())
                        .toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void write(Path dir, Map<String, byte[]> files) throws IOException {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.write(path, file.getValue());
            }
        }
    }
}
