package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.EveryRoundProcessor;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Wrong uses of the annotation end in a clear error on the holder; right but unusual ones just work. */
class HolderErrorsTest {
    @TempDir
    Path dir;

    @ProcessorTest
    void theAnnotationGoesOnAClass(Compiler compiler) {
        Map<String, String> declarations = Map.of(
                "interface Http {}", "interface Http",
                "enum Http { A }", "enum Http",
                "record Http(int code) {}", "record Http",
                "@interface Http {}", "annotation type Http");
        declarations.forEach((declaration, what) -> {
            String source = Holder.source("").replaceFirst("(?s)final class Http \\{.*\\}", declaration);
            FileCompilation compilation = compiler.compile(dir, Map.of(Holder.PATH, source), List.of());
            String message = "@HttpStatusTable goes on a class, not on " + what;
            if (compiler == Compiler.ECJ && what.startsWith("record")) {
                // ECJ (3.46) gives a processor's error on a record no source position: the message is all there is.
                assertThat(compilation.diagnostics().stream()
                                .map(FileCompilation.Report::message)
                                .toList())
                        .containsExactly(message);
                assertThat(compilation.succeeded()).isFalse();
            } else {
                Expect.errors(compilation, message);
            }
        });
    }

    /*
     * Compilers hand processors no local classes, so statusgen finds annotations on them in javac's syntax trees,
     * which ECJ does not offer: under ECJ such a holder generates nothing, without an error. These cases are
     * javac's only.
     */

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "a local class => @HttpStatusTable final class Http {}",
                "named in full, without an import => @dev.statusgen.HttpStatusTable final class Http {}",
                "inside a local class => class Local { @HttpStatusTable final class Http {} }",
                "inside an anonymous class => Object o = new Object() { @HttpStatusTable final class Http {} };"
            })
    void notOnAClassInsideAMethodAtAnyDepthUnderJavac(String where, String declaration) {
        String outer = String.join(
                "\n",
                "package p;",
                "",
                "import dev.statusgen.HttpStatusTable;",
                "",
                "/** Outer. */",
                "final class Outer { /** None. */ private Outer() {}",
                "  /** Declares a holder inside. */",
                "  static void method() {",
                "    " + declaration,
                "  }",
                "}",
                "");
        Expect.errorsAt(
                Compiler.JAVAC.compile(dir, Map.of("p/Outer.java", outer), List.of()),
                "Outer.java",
                9,
                "@HttpStatusTable cannot go on a local or anonymous class");
    }

    @ProcessorTest
    void generatedClassesFromAnEarlierBuildOnTheClassPath(Compiler compiler) {
        FileCompilation earlier = compiler.holder("").compile(dir);
        Expect.clean(earlier);
        // javac warns (lint category processing) that a type it is asked to generate is on the class path: a
        // warning about the build, which any processor's output gets, not about statusgen.
        FileCompilation again = compiler.holder("")
                .classPath(earlier.classOutput())
                .options("-Xlint:-processing")
                .compile(dir);
        if (compiler == Compiler.JAVAC) {
            Expect.clean(again);
            assertThat(again.generatedSources()).containsExactlyEntriesIn(earlier.generatedSources());
        } else {
            // ECJ's Filer refuses to create a source for a type that the class path already has: a build that
            // compiles with ECJ must clean its class output first. statusgen says so on the holder.
            Expect.errorsAt(
                    again, "Http.java", 7, "could not write p.HttpStatus: Source file already exists : p.HttpStatus");
        }
    }

    @ProcessorTest
    void dollarSignsInNamesAreText(Compiler compiler) {
        FileCompilation compilation = compiler.job().holder("p.My$Holder", "").compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSources().keySet())
                .containsExactly(
                        "p/My$HolderStatus.java",
                        "p/My$HolderStatusCodes.java",
                        "p/My$HolderStatusClass.java",
                        "p/My$HolderStatusCode.java",
                        "p/My$HolderStatusTag.java");
        assertThat(compilation.generatedResources().keySet()).containsExactly("META-INF/statusgen/p/My$Holder.md");
    }

    @ProcessorTest
    void twoHoldersThatWouldGenerateTheSameTypes(Compiler compiler) {
        FileCompilation compilation = compiler.job()
                .source("p/A.java", nested("A"))
                .source("p/B.java", nested("B"))
                .compile(dir);
        Expect.errorsAt(
                compilation,
                "B.java",
                6,
                "p.B.Http would generate p.HttpStatus, as p.A.Http does; rename one of the holders");
    }

    /** The class {@code p.name} with a nested holder {@code Http} whose annotation is on line 6. */
    private static String nested(String name) {
        return String.join(
                "\n",
                "package p;",
                "",
                "/** " + name + ". */",
                "final class " + name + " { /** None. */ private " + name + "() {}",
                "  /** Holder. */",
                "  @dev.statusgen.HttpStatusTable",
                "  static final class Http { /** None. */ private Http() {} }",
                "}",
                "");
    }

    @ProcessorTest
    void aGeneratedNameThatAnExistingTypeHolds(Compiler compiler) {
        FileCompilation compilation = compiler.holder("")
                .source(
                        "p/HttpStatusClass.java",
                        "package p;\n/** Taken. */\nfinal class HttpStatusClass { /** None. */ private HttpStatusClass() {} }\n")
                .compile(dir);
        Expect.errors(
                compilation,
                "p.Http would generate p.HttpStatusClass, which already exists; rename the holder or that type");
    }

    @ProcessorTest
    void aTypeThatAnotherGeneratedAnnotationMarksIsNoOutputOfStatusgen(Compiler compiler) {
        FileCompilation compilation = compiler.holder("")
                .source(
                        "q/Generated.java",
                        "package q;\n/** Another tool's mark. */\npublic @interface Generated {\n"
                                + "  /** The generator.\n   * @return it */\n  String value();\n}\n")
                .source(
                        "p/HttpStatusClass.java",
                        "package p;\n/** Ours. */\n@q.Generated(\"dev.statusgen.processor.StatusgenProcessor\")\n"
                                + "final class HttpStatusClass { /** None. */ private HttpStatusClass() {} }\n")
                // javac's lint (processing) notes that no processor claims q.Generated.
                .options("-Xlint:-processing")
                .compile(dir);
        Expect.errors(
                compilation,
                "p.Http would generate p.HttpStatusClass, which already exists; rename the holder or that type");
    }

    @ProcessorTest
    void extendsStandardNeedsASpec(Compiler compiler) {
        Expect.errors(
                compiler.holder("extendsStandard = true").compile(dir),
                "extendsStandard = true needs a spec of the project's own, such as spec = \"my-statuses.md\"");
    }

    @ProcessorTest
    void anAnnotationValueThatNeverCompilesIsReportedInTheLastRound(Compiler compiler) {
        FileCompilation compilation = compiler.holder("spec = Missing.NAME").compile(dir);
        // The first error is the compiler's own, in its own words.
        String missing = compiler == Compiler.JAVAC
                ? "cannot find symbol\n  symbol: variable Missing"
                : "Missing cannot be resolved to a variable";
        Expect.errors(
                compilation,
                missing,
                "statusgen generated nothing for p.Http: the values of its @HttpStatusTable do not compile");
    }

    @ProcessorTest
    void holdersSharingASpecParseItOnce(Compiler compiler) {
        FileCompilation compilation = compiler.job()
                .holder("p.A", "")
                .holder("q.B", "")
                .options("-Astatusgen.verbose=true")
                .compile(dir);
        Expect.notes(compilation, "statusgen: reading the spec http-status-codes.md");
        assertThat(compilation.generatedSources()).containsKey("p/AStatus.java");
        assertThat(compilation.generatedSources()).containsKey("q/BStatus.java");
    }

    @ProcessorTest
    void holdersFromLaterRoundsAreGeneratedOnceEach(Compiler compiler) {
        FileCompilation compilation =
                compiler.holder("").beside(new HolderWriter()).compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSources().keySet())
                .containsExactly(
                        "p/Later.java",
                        "p/HttpStatus.java",
                        "p/HttpStatusCodes.java",
                        "p/HttpStatusClass.java",
                        "p/HttpStatusCode.java",
                        "p/HttpStatusTag.java",
                        "p/LaterStatus.java",
                        "p/LaterStatusCodes.java",
                        "p/LaterStatusClass.java",
                        "p/LaterStatusCode.java",
                        "p/LaterStatusTag.java");
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
                    out.write(Holder.source("p.Later", ""));
                } catch (IOException e) {
                    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.toString());
                }
            }
            return false;
        }
    }
}
