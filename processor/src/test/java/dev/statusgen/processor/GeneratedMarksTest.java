package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The marks on generated types: the standard {@code @Generated}, which tools read from source, and
 * {@code @StatusgenGenerated}, whose class retention lets coverage tools such as JaCoCo leave the generated classes
 * out of their reports. Neither is needed at run time, and the output stays lint-clean.
 */
class GeneratedMarksTest {
    private static final String MARK = "dev/statusgen/StatusgenGenerated";
    /** Every class that statusgen generates for p.Http, nested ones included: JaCoCo reads each class's own marks. */
    private static final List<String> CLASSES =
            List.of("HttpStatus", "HttpStatusCodes", "HttpStatusClass", "HttpStatusCode", "HttpStatusCode$NonStandard");

    @Test
    void everyGeneratedClassCarriesTheMarkInItsClassFile() {
        Compilation compilation = Compiling.compile(Compiling.holder(""));

        assertThat(compilation).succeededWithoutWarnings();
        for (String name : CLASSES) {
            String classFile = new String(Compiling.classFile(compilation, "p/" + name + ".class"), ISO_8859_1);
            assertThat(classFile).contains("RuntimeInvisibleAnnotations");
            assertThat(classFile).contains("L" + MARK + ";");
        }
        String source = Compiling.source(compilation, "p/HttpStatusCode.java");
        assertThat(source)
                .contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")\n"
                        + "@StatusgenGenerated\npublic interface HttpStatusCode {");
        assertThat(source)
                .contains("  @Generated(\"dev.statusgen.processor.StatusgenProcessor\")\n"
                        + "  @StatusgenGenerated\n  final class NonStandard implements HttpStatusCode {");
    }

    @Test
    void theGeneratedCodeRunsWithoutTheAnnotationsJar() throws Throwable {
        Compilation compilation = Compiling.compile(Compiling.holder(""));
        ClassLoader withoutAnnotations = Compiling.classes(compilation, ClassLoader.getPlatformClassLoader());

        assertThrows(
                ClassNotFoundException.class,
                () -> Class.forName("dev.statusgen.StatusgenGenerated", false, withoutAnnotations));
        Class<?> status = Class.forName("p.HttpStatus", true, withoutAnnotations);
        assertThat(Compiling.call(Compiling.call(status, "of", 404), "reasonPhrase"))
                .isEqualTo("Not Found");
        assertThat(status.getAnnotations()).isEmpty();
        Class<?> code = Class.forName("p.HttpStatusCode", true, withoutAnnotations);
        assertThat(Compiling.call(Compiling.call(code, "valueOf", 299), "isStandard"))
                .isEqualTo(false);
        assertThat(Class.forName("p.Http", true, withoutAnnotations).getAnnotations())
                .isEmpty();
    }

    @Test
    void codeCompiledAgainstTheGeneratedClassesNeedsNoAnnotationsJar(@TempDir Path dir) throws IOException {
        Compilation compilation = Compiling.compile(Compiling.holder(""));
        for (String name : CLASSES) {
            Path file = dir.resolve("p/" + name + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, Compiling.classFile(compilation, "p/" + name + ".class"));
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

        Compilation downstream = javac().withOptions(Compiling.STRICT)
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
                .withOptions(Compiling.STRICT)
                .withClasspath(classPathWithoutTheAnnotations())
                .compile(oldAnnotation, Compiling.holder(""));

        assertThat(compilation).succeededWithoutWarnings();
        String source = Compiling.source(compilation, "p/HttpStatus.java");
        assertThat(source).contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")");
        assertThat(source).doesNotContain("StatusgenGenerated");
        assertThat(new String(Compiling.classFile(compilation, "p/HttpStatus.class"), ISO_8859_1))
                .doesNotContain(MARK);
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
}
