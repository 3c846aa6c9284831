package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the processor finds a project's spec, and what it says when it cannot. A spec on the class path is the
 * fixture {@code fixtures.layered}'s (see {@link LayeringTest}); one in the class output is
 * {@link EclipseCompilerTest}'s.
 */
class SpecLookupTest {
    private static final String SPEC = String.join(
            "\n",
            "Status Code | Class | Description",
            "---|---|---",
            "200 - 299 | Success | Fine.",
            "",
            "Status Code | Name | Description",
            "---|---|---",
            "201 | Made It | Created.");

    @TempDir
    Path dir;

    @ProcessorTest
    void fromTheSourcePath(Compiler compiler) throws IOException {
        Path sources = Files.createDirectories(dir.resolve("sources"));
        Files.writeString(sources.resolve("mine.md"), SPEC);
        FileCompilation compilation = compiler.holder("spec = \"mine.md\"")
                .options("-sourcepath", sources.toString())
                .compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSource("p/HttpStatus.java")).contains("MADE_IT(201, \"Made It\"");
    }

    @ProcessorTest
    void fromTheSpecDirOptionInASubdirectory(Compiler compiler) {
        FileCompilation compilation = compiler.holder("spec = \"specs/mine.md\"")
                .spec("specs/mine.md", SPEC)
                .compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSource("p/HttpStatus.java")).contains("MADE_IT(201, \"Made It\"");
    }

    @ProcessorTest
    void theSpecDirOptionComesFirst(Compiler compiler) {
        FileCompilation compilation = compiler.holder("spec = \"mine.md\"")
                .spec("mine.md", SPEC)
                .classOutput("mine.md", SPEC.replace("Made It", "Made Elsewhere"))
                .compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSource("p/HttpStatus.java")).contains("MADE_IT(201, \"Made It\"");
    }

    @ProcessorTest
    void aMissingSpecNamesEveryPlaceLookedIn(Compiler compiler) {
        FileCompilation compilation =
                compiler.holder("spec = \"missing.md\"").spec("other.md", SPEC).compile(dir);
        List<FileCompilation.Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(Holder.ANNOTATION_LINE);
        // The spec directory comes first; the places after it are the compilers' own locations, in their words.
        String message = errors.get(0).message();
        assertThat(message)
                .matches("spec \"missing\\.md\" not found; looked in: -Astatusgen\\.specDir \\(.*missing\\.md\\), .*");
        for (String location : List.of("CLASS_OUTPUT", "CLASS_PATH", "SOURCE_PATH")) {
            assertThat(message).contains(location);
        }
    }

    @ProcessorTest
    void aSpecPathThatCannotBeAPath(Compiler compiler) {
        FileCompilation compilation = compiler.holder("spec = \"../../etc/\\u0000x.md\"")
                .spec("other.md", SPEC)
                .compile(dir);
        List<FileCompilation.Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).line()).isEqualTo(Holder.ANNOTATION_LINE);
        assertThat(errors.get(0).message()).startsWith("spec \"../../etc/\u0000x.md\" could not be read: ");
    }
}
