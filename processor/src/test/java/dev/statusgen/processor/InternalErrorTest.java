package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import dev.statusgen.processor.writer.GeneratedFile;
import dev.statusgen.processor.writer.Renderer;
import dev.statusgen.processor.writer.WriterContext;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bug in statusgen ends in one error on the holder it struck, asking for a report, and not in an exception out
 * of the compiler: the other holders of the compile are still generated. A writer is made to throw by a renderer
 * that fails for one holder, handed to the processor through its package-private constructor.
 */
class InternalErrorTest {
    private static final String FAILURE = "the writer of CODES failed";

    @TempDir
    Path dir;

    @ProcessorTest
    void aWriterThatThrowsGivesOneErrorOnItsHolderAndTheOthersAreStillGenerated(Compiler compiler) {
        FileCompilation compilation = compiler.job()
                .holder("a.First", "")
                .holder("p.Broken", "")
                .holder("z.Last", "")
                .statusgen(new StatusgenProcessor(new FailingRenderer("Broken")))
                .compile(dir);

        List<FileCompilation.Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        assertWithMessage("the errors of %s", compilation.diagnostics())
                .that(errors)
                .hasSize(1);
        FileCompilation.Report error = errors.get(0);
        assertThat(error.file()).isEqualTo("Broken.java");
        assertThat(error.line()).isEqualTo(Holder.ANNOTATION_LINE);
        assertThat(error.message().lines().findFirst())
                .hasValue("statusgen failed unexpectedly; please report this with the stack trace: "
                        + IllegalStateException.class.getName() + ": " + FAILURE);
        assertThat(error.message()).contains("at " + FailingRenderer.class.getName() + ".text(");
        assertThat(compilation.diagnostics(Diagnostic.Kind.WARNING)).isEmpty();
        assertThat(compilation.succeeded()).isFalse();

        assertThat(compilation.generatedSources().keySet())
                .containsExactly(
                        "a/FirstStatus.java",
                        "a/FirstStatusCodes.java",
                        "a/FirstStatusClass.java",
                        "a/FirstStatusCode.java",
                        "a/FirstStatusTag.java",
                        "z/LastStatus.java",
                        "z/LastStatusCodes.java",
                        "z/LastStatusClass.java",
                        "z/LastStatusCode.java",
                        "z/LastStatusTag.java");
        assertThat(compilation.generatedResources().keySet())
                .containsExactly("META-INF/statusgen/a/First.md", "META-INF/statusgen/z/Last.md");
    }

    /** Renders as the processor does, but for the holder {@code broken}, whose codes writer throws. */
    private static final class FailingRenderer extends Renderer {
        private final String broken;

        FailingRenderer(String broken) {
            this.broken = broken;
        }

        @Override
        protected String text(GeneratedFile file, WriterContext context) {
            if (file == GeneratedFile.CODES && context.names().holder().equals(broken)) {
                throw new IllegalStateException(FAILURE);
            }
            return super.text(file, context);
        }
    }
}
