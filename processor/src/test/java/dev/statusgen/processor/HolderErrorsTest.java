package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong uses of the annotation end in a clear error on the element. */
class HolderErrorsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "interface Http {};interface Http",
                "enum Http { A };enum Http",
                "record Http(int code) {};record Http",
                "@interface Http {};annotation type Http"
            })
    void theAnnotationGoesOnAClass(String declaration, String what) {
        JavaFileObject source = source("p.Http", "/** The holder. */", "@HttpStatusTable", declaration);
        Compilation compilation = Compiling.compile(source);
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("@HttpStatusTable goes on a class, not on " + what)
                .inFile(source)
                .onLine(6);
    }

    @Test
    void notOnALocalClass() {
        JavaFileObject source = source(
                "p.Outer",
                "/** Outer. */",
                "final class Outer { /** None. */ private Outer() {}",
                "  /** Declares a local holder. */",
                "  static void method() {",
                "    @HttpStatusTable",
                "    final class Http {}",
                "  }",
                "}");
        Compilation compilation = Compiling.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("@HttpStatusTable cannot go on a local or anonymous class")
                .inFile(source)
                .onLine(9);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "named in full, without an import => @dev.statusgen.HttpStatusTable final class Http {}",
                "inside a local class => class Local { @HttpStatusTable final class Http {} }",
                "inside an anonymous class => Object o = new Object() { @HttpStatusTable final class Http {} };"
            })
    void notOnAClassInsideAMethodAtAnyDepth(String where, String declaration) {
        JavaFileObject source = source(
                "p.Outer",
                "/** Outer. */",
                "final class Outer { /** None. */ private Outer() {}",
                "  /** Declares a holder inside. */",
                "  static void method() {",
                "    " + declaration,
                "  }",
                "}");
        Compilation compilation = Compiling.compile(source);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("@HttpStatusTable cannot go on a local or anonymous class")
                .inFile(source)
                .onLine(9);
    }

    @Test
    void generatedClassesFromAnEarlierBuildOnTheClassPathAreNoClash(@TempDir Path dir) throws IOException {
        for (JavaFileObject file : Compiling.compile(Compiling.holder("")).generatedFiles()) {
            if (file.getKind() == JavaFileObject.Kind.CLASS && file.getName().contains("Status")) {
                Path target = dir.resolve(file.getName().replaceFirst("^/CLASS_OUTPUT/", ""));
                Files.createDirectories(target.getParent());
                try (var in = file.openInputStream()) {
                    Files.write(target, in.readAllBytes());
                }
            }
        }
        String classPath = dir + File.pathSeparator + System.getProperty("java.class.path");
        Compilation compilation = javac().withProcessors(new StatusgenProcessor())
                .withOptions("-classpath", classPath)
                .compile(Compiling.holder(""));
        assertThat(compilation).succeeded();
        assertThat(compilation).generatedSourceFile("p.HttpStatus");
    }

    @Test
    void dollarSignsInNamesAreText() {
        JavaFileObject source = source(
                "p.My$Holder",
                "/** Holder. */",
                "@HttpStatusTable",
                "final class My$Holder {",
                "  /** Not instantiable. */",
                "  private My$Holder() {}",
                "}");
        Compilation compilation = Compiling.compile(source);
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("p.My$HolderStatus");
    }

    @Test
    void twoHoldersThatWouldGenerateTheSameTypes() {
        JavaFileObject a = source(
                "p.A",
                "/** A. */",
                "final class A { /** None. */ private A() {}",
                "  /** Holder. */",
                "  @HttpStatusTable",
                "  static final class Http { /** None. */ private Http() {} }",
                "}");
        JavaFileObject b = source(
                "p.B",
                "/** B. */",
                "final class B { /** None. */ private B() {}",
                "  /** Holder. */",
                "  @HttpStatusTable",
                "  static final class Http { /** None. */ private Http() {} }",
                "}");
        Compilation compilation = Compiling.compile(a, b);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("p.B.Http would generate p.HttpStatus, as p.A.Http does; rename one of the holders")
                .inFile(b)
                .onLine(8);
    }

    @Test
    void aGeneratedNameThatAnExistingTypeHolds() {
        JavaFileObject existing = source(
                "p.HttpStatusClass",
                "/** Taken. */",
                "final class HttpStatusClass { /** None. */ private HttpStatusClass() {} }");
        Compilation compilation = Compiling.compile(Compiling.holder(""), existing);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(
                        "p.Http would generate p.HttpStatusClass, which already exists; rename the holder or that type")
                .inFile(Compiling.holder(""))
                .onLine(6);
    }

    @Test
    void extendsStandardNeedsASpec() {
        Compilation compilation = Compiling.compile(Compiling.holder("extendsStandard = true"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining(
                        "extendsStandard = true needs a spec of the project's own, such as spec = \"my-statuses.md\"")
                .inFile(Compiling.holder("extendsStandard = true"))
                .onLine(6);
    }

    @Test
    void anAnnotationValueThatNeverCompilesIsReportedInTheLastRound() {
        Compilation compilation = Compiling.compile(Compiling.holder("spec = Missing.NAME"));
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("cannot find symbol");
        assertThat(compilation)
                .hadErrorContaining(
                        "statusgen generated nothing for p.Http: the values of its @HttpStatusTable do not compile")
                .inFile(Compiling.holder("spec = Missing.NAME"))
                .onLine(6);
    }

    @Test
    void holdersSharingASpecParseItOnce() {
        JavaFileObject a =
                source("p.A", "/** A. */", "@HttpStatusTable", "final class A { /** None. */ private A() {} }");
        JavaFileObject b =
                source("q.B", "/** B. */", "@HttpStatusTable", "final class B { /** None. */ private B() {} }");
        Compilation compilation = Compiling.compile(List.of("-Astatusgen.verbose=true"), a, b);
        assertThat(compilation).succeeded();
        List<String> notes =
                compilation.notes().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
        assertThat(notes).containsExactly("statusgen: reading the spec http-status-codes.md");
        assertThat(compilation).generatedSourceFile("p.AStatus");
        assertThat(compilation).generatedSourceFile("q.BStatus");
    }

    @Test
    void holdersFromLaterRoundsAreGeneratedOnceEach() {
        Compilation compilation = javac().withProcessors(new StatusgenProcessor(), new HolderWriter())
                .withOptions(Compiling.STRICT)
                .compile(Compiling.holder(""));
        assertThat(compilation).succeededWithoutWarnings();
        long generated = compilation.generatedSourceFiles().stream()
                .filter(f -> f.getName().endsWith("Status.java"))
                .count();
        assertThat(generated).isEqualTo(2);
        assertThat(compilation).generatedSourceFile("p.LaterStatus");
    }

    private static JavaFileObject source(String name, String... body) {
        String pkg = name.substring(0, name.lastIndexOf('.'));
        StringBuilder text = new StringBuilder("package " + pkg + ";\n\nimport dev.statusgen.HttpStatusTable;\n\n");
        for (String line : body) {
            text.append(line).append('\n');
        }
        return JavaFileObjects.forSourceString(name, text.toString());
    }

    /** Writes a second holder in the first round, as another processor might. */
    private static final class HolderWriter extends EveryRoundProcessor {
        private boolean written;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!written) {
                written = true;
                try (Writer out =
                        processingEnv.getFiler().createSourceFile("p.Later").openWriter()) {
                    out.write(
                            "package p;\n/** Later. */\n@dev.statusgen.HttpStatusTable\nfinal class Later { /** None. */ private Later() {} }\n");
                } catch (IOException e) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
                }
            }
            return false;
        }
    }

    @ProcessorTest
    void aMissingSpecNamesEveryPlaceLookedIn(Compiler compiler, @TempDir Path dir) {
        FileCompilation compilation = compiler.compileHolder(dir, "spec = \"missing.md\"", Map.of());
        List<FileCompilation.Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        // The places after the spec directory are the compilers' own locations.
        assertThat(errors.get(0).message())
                .matches("spec \"missing\\.md\" not found; looked in: -Astatusgen\\.specDir \\(.*missing\\.md\\), .*");
        assertThat(errors.get(0).line()).isEqualTo(Holder.ANNOTATION_LINE);
    }

    @ProcessorTest
    void anInterfaceHolderUnderEitherCompiler(Compiler compiler, @TempDir Path dir) {
        FileCompilation compilation = compiler.compile(
                dir,
                Map.of(
                        Holder.PATH,
                        Holder.source("")
                                .replace("final class Http {", "interface Http {")
                                .replace("    /** Not instantiated. */\n    private Http() {}\n", "")),
                List.of());
        Expect.errors(compilation, "@HttpStatusTable goes on a class, not on interface Http");
    }
}
