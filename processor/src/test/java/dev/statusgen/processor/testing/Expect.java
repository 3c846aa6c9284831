package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.FileCompilation.Report;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;

/** The one error assertion of the processor tests, and its counterpart for a compile without errors. */
public final class Expect {
    private Expect() {}

    /**
     * The compile of the {@link Holder} failed with exactly {@code expected} errors, in order, each on the
     * holder's annotation line, and with no warning.
     */
    public static void errors(FileCompilation compilation, String... expected) {
        errorsAt(compilation, "Http.java", Holder.ANNOTATION_LINE, expected);
    }

    /**
     * The compile failed with exactly {@code expected} errors, in order, each in the source file {@code file}, such
     * as {@code Http.java}, on line {@code line}, and with no warning.
     */
    public static void errorsAt(FileCompilation compilation, String file, long line, String... expected) {
        List<Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        List<String> messages = new ArrayList<>();
        for (Report error : errors) {
            messages.add(error.message());
        }
        assertWithMessage("errors of %s", compilation.diagnostics())
                .that(messages)
                .containsExactlyElementsIn(expected)
                .inOrder();
        assertWithMessage("whether the compile succeeded")
                .that(compilation.succeeded())
                .isFalse();
        for (Report error : errors) {
            assertWithMessage("the file of %s", error).that(error.file()).isEqualTo(file);
            assertWithMessage("the line of %s", error).that(error.line()).isEqualTo(line);
        }
        noWarnings(compilation);
    }

    /** The compile succeeded and reported nothing. */
    public static void clean(FileCompilation compilation) {
        assertWithMessage("what the compiler reported")
                .that(compilation.diagnostics())
                .isEmpty();
        assertWithMessage("whether the compile succeeded")
                .that(compilation.succeeded())
                .isTrue();
    }

    /** The compile succeeded and reported nothing but exactly the notes {@code expected}, in order. */
    public static void notes(FileCompilation compilation, String... expected) {
        assertWithMessage("the notes of %s", compilation.diagnostics())
                .that(compilation.notes())
                .containsExactlyElementsIn(expected)
                .inOrder();
        assertWithMessage("what the compiler reported besides notes")
                .that(compilation.diagnostics().stream()
                        .filter(d -> d.kind() != Diagnostic.Kind.NOTE)
                        .toList())
                .isEmpty();
        assertWithMessage("whether the compile succeeded")
                .that(compilation.succeeded())
                .isTrue();
    }

    private static void noWarnings(FileCompilation compilation) {
        assertWithMessage("warnings")
                .that(compilation.diagnostics(Diagnostic.Kind.WARNING))
                .isEmpty();
        assertWithMessage("mandatory warnings")
                .that(compilation.diagnostics(Diagnostic.Kind.MANDATORY_WARNING))
                .isEmpty();
    }
}
