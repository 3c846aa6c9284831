package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spec = {"a.md", "b.md"}}: each spec layered over the ones before it, errors that name the file and line
 * they are on, and each file read once per compile, however many holders name it.
 */
class CompositionTest {
    private static final String A = String.join(
            "\n",
            "# Ours",
            "",
            "Status Code | Class | Description",
            "---|---|---",
            "200 - 299 | Success | Fine.",
            "400 - 499 | Failure | Not fine.",
            "",
            "Tag | Description",
            "---|---",
            "retryable | Worth another try.",
            "",
            "Status Code | Name | Tags | Description",
            "---|---|---|---",
            "200 | OK | | Fine.",
            "404 | Not Found | retryable | Gone.",
            "");
    private static final String B = String.join(
            "\n",
            "Status Code | Name | Tags | Description",
            "---|---|---|---",
            "201 | Created | retryable | Made.",
            "404 | Nothing Here | override | Gone for good.",
            "");

    @TempDir
    Path dir;

    @ProcessorTest
    void aLaterSpecAddsAndOverridesCodes(Compiler compiler) {
        FileCompilation compilation =
                compiler.compileHolder(dir, Holder.specs("a.md", "b.md"), Map.of("a.md", A, "b.md", B));
        Expect.clean(compilation);
        String reference = compilation.generatedResource("META-INF/statusgen/p/Http.md");
        assertThat(reference).contains("from b.md over a.md for `p.HttpStatus`: 3 codes in 2 classes.");
        assertThat(reference).contains("| 200 | OK | `OK` |  | Fine. |");
        // Added by the later spec: non-standard; with a tag that the earlier one declares.
        assertThat(reference).contains("| 201 | Created | `CREATED` | non-standard, retryable | Made. |");
        // Replaced: the later row, standard as the row it replaces.
        assertThat(reference).contains("| 404 | Nothing Here | `NOTHING_HERE` |  | Gone for good. |");
        assertThat(reference)
                .contains("| retryable | `HttpStatusTag.RETRYABLE` | `isRetryable()` | Worth another try. | 201 |");
    }

    @ProcessorTest
    void theOrderOfTheSpecsIsTheOrderOfTheLayers(Compiler compiler) {
        Expect.errors(
                compiler.compileHolder(dir, Holder.specs("b.md", "a.md"), Map.of("a.md", A, "b.md", B)),
                "b.md:1: the spec has no class table; expected a table with the columns Status Code | Class |"
                        + " Description",
                "b.md:3:17: unknown tag \"retryable\"; the tags are webdav, experimental, deprecated, unused,"
                        + " non-standard, override",
                "b.md:4:1: the tag override only applies to a spec layered over another: a later file of spec, or"
                        + " extendsStandard = true");
    }

    @ProcessorTest
    void errorsNameTheFileAndLineTheyAreOn(Compiler compiler) {
        String b = String.join(
                "\n",
                "Status Code | Name | Description",
                "---|---|---",
                "200 | Okay | Again.",
                "201 | Not-Found | Same constant as 404.",
                "301 | Moved | Outside every class.",
                "");
        Expect.errors(
                compiler.compileHolder(
                        dir, Holder.specs("a.md", "b.md"), Map.of("a.md", A + "999 | Nine | | Outside.\n", "b.md", b)),
                "a.md:16:1: code 999 is outside every class range (200 - 299, 400 - 499)",
                "b.md:3:1: code 200 is already in a.md (OK); tag the row override to replace it",
                "b.md:4: the name \"Not-Found\" gives the constant NOT_FOUND, as does \"Not Found\" on a.md:15",
                "b.md:5:1: code 301 is outside every class range (200 - 299, 400 - 499)");
    }

    @ProcessorTest
    void eachSpecIsReadOncePerCompile(Compiler compiler) {
        FileCompilation compilation = compiler.job()
                .holder("p.Http", Holder.specs("a.md", "b.md"))
                .holder("q.Web", Holder.specs("a.md", "b.md"))
                .holder("r.Api", Holder.specs("a.md"))
                .holder("s.Std", "spec = \"c.md\", extendsStandard = true")
                .holder("t.Std", "")
                .spec("a.md", A)
                .spec("b.md", B)
                .spec("c.md", "Status Code | Name | Description\n---|---|---\n599 | Ours | Ours.\n")
                .options("-Astatusgen.verbose=true")
                .compile(dir);
        assertThat(compilation.succeeded()).isTrue();
        // The order of the holders is the compiler's.
        assertThat(compilation.notes())
                .containsExactly(
                        "statusgen: reading the spec a.md",
                        "statusgen: reading the spec b.md",
                        "statusgen: reading the spec c.md",
                        "statusgen: reading the spec http-status-codes.md");
        assertThat(compilation.diagnostics()).hasSize(4);
        assertThat(compilation.generatedSources()).hasSize(5 * 5);
    }
}
