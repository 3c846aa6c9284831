package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.EveryRoundProcessor;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks on generated types: the standard {@code @Generated}, which tools read from source, and
 * {@code @StatusgenGenerated}, whose class retention lets coverage tools such as JaCoCo leave the generated classes
 * out of their reports. Neither is needed at run time, and the output stays lint-clean. The processor knows its own
 * earlier output by them, or by the mark in its javadoc, and by nothing else.
 */
class GeneratedMarksTest {
    private static final JavaFileObject HOLDER = JavaFileObjects.forSourceString("p.Http", Holder.source(""));
    private static final String MARK = "dev/statusgen/StatusgenGenerated";
    /** Every class that statusgen generates for p.Http, nested ones included: JaCoCo reads each class's own marks. */
    private static final List<String> CLASSES = List.of(
            "HttpStatus",
            "HttpStatusCodes",
            "HttpStatusClass",
            "HttpStatusCode",
            "HttpStatusCode$NonStandard",
            "HttpStatusTag");

    @Test
    void everyGeneratedClassCarriesTheMarkInItsClassFile() {
        Compilation compilation = javac().withProcessors(new StatusgenProcessor())
                .withOptions(Compiler.STRICT)
                .compile(HOLDER);

        assertThat(compilation).succeededWithoutWarnings();
        for (String name : CLASSES) {
            String classFile = new String(classFile(compilation, "p/" + name + ".class"), ISO_8859_1);
            assertThat(classFile).contains("RuntimeInvisibleAnnotations");
            assertThat(classFile).contains("L" + MARK + ";");
        }
        String source = source(compilation, "p/HttpStatusCode.java");
        assertThat(source)
                .contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")\n"
                        + "@StatusgenGenerated\npublic interface HttpStatusCode {");
        assertThat(source)
                .contains("  @Generated(\"dev.statusgen.processor.StatusgenProcessor\")\n"
                        + "  @StatusgenGenerated\n  final class NonStandard implements HttpStatusCode {");
    }

    @Test
    void theGeneratedCodeRunsWithoutTheAnnotationsJar() throws Throwable {
        Compilation compilation = javac().withProcessors(new StatusgenProcessor())
                .withOptions(Compiler.STRICT)
                .compile(HOLDER);
        ClassLoader withoutAnnotations = classes(compilation);

        assertThrows(
                ClassNotFoundException.class,
                () -> Class.forName("dev.statusgen.StatusgenGenerated", false, withoutAnnotations));
        Class<?> status = Class.forName("p.HttpStatus", true, withoutAnnotations);
        Object notFound = status.getMethod("of", int.class).invoke(null, 404);
        assertThat(notFound.getClass().getMethod("reasonPhrase").invoke(notFound))
                .isEqualTo("Not Found");
        assertThat(status.getAnnotations()).isEmpty();
        Class<?> code = Class.forName("p.HttpStatusCode", true, withoutAnnotations);
        Object nonStandard = code.getMethod("valueOf", int.class).invoke(null, 299);
        assertThat(code.getMethod("isStandard").invoke(nonStandard)).isEqualTo(false);
        assertThat(Class.forName("p.Http", true, withoutAnnotations).getAnnotations())
                .isEmpty();
    }

    @Test
    void codeCompiledAgainstTheGeneratedClassesNeedsNoAnnotationsJar(@TempDir Path dir) throws IOException {
        Compilation compilation = javac().withProcessors(new StatusgenProcessor())
                .withOptions(Compiler.STRICT)
                .compile(HOLDER);
        for (String name : CLASSES) {
            Path file = dir.resolve("p/" + name + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, classFile(compilation, "p/" + name + ".class"));
        }
        JavaFileObject client = JavaFileObjects.forSourceString(
                "q.Client",
                String.join(
                        "\n",
                        "package q;",
                        "",
                        "/** A downstream class, compiled with the generated classes but not the annotations. */",
                        "public final class Client {",
                        "  /** Not instantiated. */",
                        "  private Client() {}",
                        "",
                        "  /** A phrase.\n   * @return a phrase */",
                        "  public static String phrase() {",
                        "    return p.HttpStatus.of(p.HttpStatusCodes.NOT_FOUND).reasonPhrase();",
                        "  }",
                        "}",
                        ""));

        Compilation downstream = javac().withOptions(Compiler.STRICT)
                .withClasspath(List.of(dir.toFile()))
                .compile(client);

        assertThat(downstream).succeededWithoutWarnings();
    }

    @Test
    void anAnnotationsJarWithoutTheMarkGetsCodeWithoutIt() {
        // The holder's annotation as an annotations jar older than @StatusgenGenerated has it, compiled from source
        // beside the holder, with the real annotations jar taken off the class path.
        JavaFileObject oldAnnotation = JavaFileObjects.forSourceString(
                "dev.statusgen.HttpStatusTable",
                String.join(
                        "\n",
                        "package dev.statusgen;",
                        "",
                        "/** The annotation as it was. */",
                        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)",
                        "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)",
                        "public @interface HttpStatusTable {",
                        "  /** The spec.\n   * @return the spec */",
                        "  String spec() default \"\";",
                        "  /** Whether it extends the standard table.\n   * @return whether it does */",
                        "  boolean extendsStandard() default false;",
                        "}",
                        ""));
        Compilation compilation = javac().withProcessors(new StatusgenProcessor())
                .withOptions(Compiler.STRICT)
                .withClasspath(classPathWithoutTheAnnotations())
                .compile(oldAnnotation, HOLDER);

        assertThat(compilation).succeededWithoutWarnings();
        String source = source(compilation, "p/HttpStatus.java");
        assertThat(source).contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")");
        assertThat(source).doesNotContain("StatusgenGenerated");
        assertThat(new String(classFile(compilation, "p/HttpStatus.class"), ISO_8859_1))
                .doesNotContain(MARK);
    }

    @ProcessorTest
    void itsOwnEarlierOutputIsKnownByItsGeneratedOrItsDocMarkAndNothingElse(Compiler compiler, @TempDir Path dir) {
        FileCompilation earlier = compiler.holder("").compile(dir);
        Expect.clean(earlier);
        Map<String, String> sources = new TreeMap<>();
        for (Map.Entry<String, String> file : earlier.generatedSources().entrySet()) {
            sources.put("p/" + Path.of(file.getKey()).getFileName(), file.getValue());
        }
        // Output where the holder saw no @Generated, as in a named module without java.compiler: the doc mark only.
        sources.put(
                "p/HttpStatusClass.java",
                sources.get("p/HttpStatusClass.java")
                        .replace("import javax.annotation.processing.Generated;\n", "")
                        .replace("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")\n", ""));
        assertThat(sources.get("p/HttpStatusClass.java")).doesNotContain("Generated(");
        sources.put(
                "q/Generated.java",
                "package q;\n/** Another tool's mark. */\npublic @interface Generated {\n"
                        + "  /** The generator.\n   * @return it */\n  String value();\n}\n");
        sources.put(
                "p/LookAlike.java", type("LookAlike", "@q.Generated(\"dev.statusgen.processor.StatusgenProcessor\")"));
        sources.put(
                "p/Annotated.java",
                type(
                        "Annotated",
                        "@javax.annotation.processing.Generated(\"dev.statusgen.processor.StatusgenProcessor\")"));
        sources.put("p/Other.java", type("Other", "@javax.annotation.processing.Generated(\"com.example.Other\")"));
        sources.put("p/Plain.java", type("Plain", ""));
        Recognition recognition = new Recognition();

        compiler.job().sources(sources).statusgen(recognition).compile(dir);

        assertThat(recognition.answers)
                .containsExactly(
                        "p.Annotated", true,
                        "p.HttpStatus", true,
                        "p.HttpStatusClass", true,
                        "p.HttpStatusCode", true,
                        "p.HttpStatusCodes", true,
                        "p.HttpStatusTag", true,
                        "p.LookAlike", false,
                        "p.Other", false,
                        "p.Plain", false,
                        "q.Generated", false);
    }

    /** The source of the class {@code p.name} with the annotation {@code annotation}, if any. */
    private static String type(String name, String annotation) {
        return "package p;\n/** A class of the project's own. */\n" + annotation + "\nfinal class " + name
                + " { /** None. */ private " + name + "() {} }\n";
    }

    /** Asks {@link GeneratedMarks}, in the first round, which of the compile's types are statusgen's output. */
    private static final class Recognition extends EveryRoundProcessor {
        final Map<String, Boolean> answers = new TreeMap<>();

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (answers.isEmpty()) {
                TypeElement annotation =
                        processingEnv.getElementUtils().getTypeElement("dev.statusgen.HttpStatusTable");
                GeneratedMarks marks = new GeneratedMarks(processingEnv, annotation);
                for (Element root : round.getRootElements()) {
                    TypeElement type = (TypeElement) root;
                    answers.put(type.getQualifiedName().toString(), marks.isGenerated(type));
                }
            }
            return false;
        }
    }

    /** This JVM's class path, less the entry that holds the annotations (a directory or a jar). */
    private static List<File> classPathWithoutTheAnnotations() {
        List<File> all = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new)
                .collect(Collectors.toList());
        List<File> rest = all.stream().filter(f -> !holdsTheMark(f)).toList();
        assertThat(rest).hasSize(all.size() - 1);
        return rest;
    }

    private static boolean holdsTheMark(File entry) {
        if (entry.isDirectory()) {
            return new File(entry, MARK + ".class").isFile();
        }
        if (!entry.isFile()) {
            return false;
        }
        try (JarFile jar = new JarFile(entry)) {
            return jar.getEntry(MARK + ".class") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated source at {@code path}, such as {@code p/HttpStatus.java}. */
    private static String source(Compilation compilation, String path) {
        try {
            return compilation
                    .generatedSourceFile(path.replace(".java", "").replace('/', '.'))
                    .orElseThrow()
                    .getCharContent(true)
                    .toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of the class file at {@code path}, such as {@code p/HttpStatus.class}. */
    private static byte[] classFile(Compilation compilation, String path) {
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS
                    && file.toUri().getPath().endsWith("/" + path)) {
                try (InputStream in = file.openInputStream()) {
                    return in.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new AssertionError("not compiled: " + path);
    }

    /** A class loader over the classes that the compile wrote, with the platform's as its parent: no annotations jar. */
    private static ClassLoader classes(Compilation compilation) {
        return new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                String path = name.replace('.', '/') + ".class";
                for (JavaFileObject file : compilation.generatedFiles()) {
                    if (file.getKind() == JavaFileObject.Kind.CLASS
                            && file.toUri().getPath().endsWith("/" + path)) {
                        byte[] bytes = classFile(compilation, path);
                        return defineClass(name, bytes, 0, bytes.length);
                    }
                }
                throw new ClassNotFoundException(name);
            }
        };
    }
}
