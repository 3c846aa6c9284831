package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ), which Eclipse users build with, generates the very same files as
 * under javac, wherever the spec comes from. Every diagnostics test runs under both compilers through
 * {@link dev.statusgen.processor.testing.ProcessorTest}.
 */
class EclipseCompilerTest {
    private static final String MINE = String.join(
            "\n",
            "Status Code | Id | Class | Description",
            "---|---|---|---",
            "200 - 299 | SUCCESSFUL | Success | Fine.",
            "",
            "Status Code | Name | Tags | Description",
            "---|---|---|---",
            "200 | OK | | It worked.",
            "299 | Nearly | experimental | It nearly worked.");

    @TempDir
    Path dir;

    @Test
    void theStandardTable() {
        assertSameOutput(compiler -> compiler.holder(""));
    }

    @Test
    void theIanaRegistry() {
        assertSameOutput(compiler -> compiler.holder("spec = dev.statusgen.HttpStatusTable.IANA_REGISTRY"));
    }

    @Test
    void theVendorTablesOverTheIanaRegistry() {
        assertSameOutput(compiler -> compiler.holder("spec = {dev.statusgen.HttpStatusTable.IANA_REGISTRY,"
                + " dev.statusgen.HttpStatusTable.NGINX, dev.statusgen.HttpStatusTable.CLOUDFLARE,"
                + " dev.statusgen.HttpStatusTable.AWS_ELB}"));
    }

    @Test
    void aSpecOnTheClassPathOverTheStandardTable() {
        assertSameOutput(compiler -> compiler.holder("spec = \"specs/nginx.md\", extendsStandard = true"));
    }

    @Test
    void aSpecFromTheSpecDirectory() {
        assertSameOutput(compiler -> compiler.holder("spec = \"mine.md\"").spec("mine.md", MINE));
    }

    @Test
    void aSpecInTheClassOutput() {
        FileCompilation ecj = assertSameOutput(
                compiler -> compiler.holder("spec = \"mine.md\"").classOutput("mine.md", MINE));
        assertThat(ecj.generatedResources()).containsEntry("mine.md", MINE);
    }

    /** Compiles the job under each compiler: both clean, with the same output. Returns ECJ's compile. */
    private FileCompilation assertSameOutput(Function<Compiler, Compiler.Job> job) {
        FileCompilation javac = job.apply(Compiler.JAVAC).compile(dir);
        FileCompilation ecj = job.apply(Compiler.ECJ).compile(dir);
        Expect.clean(javac);
        Expect.clean(ecj);
        assertThat(javac.generatedSources()).hasSize(5);
        assertThat(ecj.generatedSources()).containsExactlyEntriesIn(javac.generatedSources());
        assertThat(ecj.generatedResources()).containsExactlyEntriesIn(javac.generatedResources());
        return ecj;
    }
}
