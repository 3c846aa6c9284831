package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.FileCompilation.Report;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;

/** The one error assertion of the processor tests. */
public final class Expect {
    private Expect() {}

    /**
     * The compile of the {@link Holder} failed with exactly {@code expected} errors, in order, each on the
     * holder's annotation line, and with no warning.
     */
    public static void errors(FileCompilation compilation, String... expected) {
        errorsOnLine(compilation, Holder.ANNOTATION_LINE, expected);
    }

    /**
     * The compile failed with exactly {@code expected} errors, in order, each in the holder's file on line
     * {@code line}, and with no warning.
     */
    public static void errorsOnLine(FileCompilation compilation, long line, String... expected) {
        List<Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        List<String> messages = new ArrayList<>();
        for (Report error : errors) {
            messages.add(error.message());
        }
        assertWithMessage("errors of %s", compilation.diagnostics())
                .that(messages)
                .containsExactlyElementsIn(expected)
                .inOrder();
        assertThat(compilation.succeeded()).isFalse();
        for (Report error : errors) {
            assertWithMessage("where %s is", error.message()).that(error.file()).isEqualTo("Http.java");
            assertWithMessage("the line of %s", error.message())
                    .that(error.line())
                    .isEqualTo(line);
        }
        assertThat(compilation.diagnostics(Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(compilation.diagnostics(Diagnostic.Kind.MANDATORY_WARNING)).isEmpty();
    }

    /** The compile succeeded and reported nothing. */
    public static void clean(FileCompilation compilation) {
        assertWithMessage("what the compiler reported")
                .that(compilation.diagnostics())
                .isEmpty();
        assertThat(compilation.succeeded()).isTrue();
    }
}
