package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.fixtures.custom.CustomStatus;
import dev.statusgen.processor.fixtures.custom.CustomStatusClass;
import dev.statusgen.processor.fixtures.custom.CustomStatusCode;
import dev.statusgen.processor.fixtures.custom.CustomStatusCodes;
import dev.statusgen.processor.fixtures.layered.HttpStatus;
import dev.statusgen.processor.fixtures.layered.HttpStatusCode;
import dev.statusgen.processor.fixtures.layered.HttpStatusCodes;
import dev.statusgen.processor.fixtures.layered.HttpStatusTag;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import dev.statusgen.processor.testing.Resources;
import dev.statusgen.processor.testing.SeedTable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extendsStandard = true} layers a project's spec over the bundled standard table. The fixtures
 * {@code fixtures.layered} ({@code specs/nginx.md}) and {@code fixtures.custom} ({@code fixtures/custom-class.md})
 * are compiled by the processor with these tests.
 */
class LayeringTest {
    private static final String EXTENDING = "spec = \"mine.md\", extendsStandard = true";

    @TempDir
    Path dir;

    @Test
    void projectCodesJoinTheStandardOnesAsNonStandard() {
        assertThat(HttpStatus.values()).hasLength(SeedTable.ROWS.size() + 2);

        HttpStatus closed = HttpStatus.CLIENT_CLOSED_REQUEST;
        assertThat(closed.code()).isEqualTo(499);
        assertThat(closed.isStandard()).isFalse();
        assertThat(closed.tags()).containsExactly(HttpStatusTag.NON_STANDARD);
        assertThat(closed.isClientError()).isTrue();
        assertThat(HttpStatusCodes.CLIENT_CLOSED_REQUEST).isEqualTo(499);
        assertThat(HttpStatusCodes.isStandard(499)).isFalse();
        assertThat(HttpStatusCodes.isClientError(499)).isTrue();

        // Untagged in the project's spec: non-standard because a later spec adds it, and its tags say so.
        HttpStatus unknown = HttpStatus.of(520);
        assertThat(unknown).isSameInstanceAs(HttpStatus.WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR);
        assertThat(unknown.tags()).containsExactly(HttpStatusTag.NON_STANDARD);
        assertThat(unknown.isStandard()).isFalse();
        assertThat(unknown.isServerError()).isTrue();
        assertThat(unknown.description())
                .isEqualTo("Cloudflare: the origin server returned an empty, unknown, or unexpected response.");
        assertThat(HttpStatus.findByReasonPhrase("web server returned an unknown error"))
                .hasValue(unknown);
        HttpStatusCode viaInterface = HttpStatusCode.valueOf(520);
        assertThat(viaInterface.tags()).containsExactly(HttpStatusTag.NON_STANDARD);
        assertThat(viaInterface.isStandard()).isFalse();
    }

    @Test
    void anOverriddenCodeTakesTheProjectsRowAndStaysStandard() {
        HttpStatus notFound = HttpStatus.of(404);
        assertThat(notFound).isSameInstanceAs(HttpStatus.NOT_FOUND);
        assertThat(notFound.description()).isEqualTo("Nothing here: check the URL.");
        assertThat(notFound.isStandard()).isTrue();
        assertThat(notFound.tags()).isEmpty();
        assertThat(notFound.isCacheable()).isFalse();
        assertThat(notFound.references()).isEmpty();
        assertThat(HttpStatusCodes.isStandard(404)).isTrue();
    }

    @Test
    void theStandardCodesStayAsTheyAre() {
        for (SeedTable.Row row : SeedTable.ROWS) {
            if (row.code() != 404) {
                HttpStatus status = HttpStatus.of(row.code());
                assertThat(status.reasonPhrase()).isEqualTo(row.name());
                assertThat(status.description()).isEqualTo(row.description());
                assertThat(status.isStandard()).isEqualTo(!row.tags().contains("non-standard"));
            }
        }
        assertThat(HttpStatus.IM_A_TEAPOT.isStandard()).isTrue();
        assertThat(HttpStatus.NOT_FOUND.isClientError()).isTrue();
        assertThat(HttpStatus.CONTENT_TOO_LARGE).isSameInstanceAs(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    }

    @Test
    void theReferenceDocumentListsTheProjectsCodes() {
        String reference = Resources.text("/META-INF/statusgen/dev/statusgen/processor/fixtures/layered/Http.md");
        assertThat(reference)
                .contains("| 520 | Web Server Returned an Unknown Error | `WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR` |"
                        + " non-standard |  |  | Cloudflare:");
        assertThat(reference).contains("from specs/nginx.md over http-status-codes.md");
    }

    @Test
    void aProjectMayAddAClassOfItsOwn() {
        CustomStatus retry = CustomStatus.RETRY_ELSEWHERE;
        assertThat(retry.code()).isEqualTo(601);
        assertThat(retry.statusClass()).isEqualTo(CustomStatusClass.CUSTOM);
        assertThat(retry.isCustom()).isTrue();
        assertThat(retry.isError()).isTrue();
        assertThat(retry.isStandard()).isFalse();
        assertThat(CustomStatusClass.CUSTOM.displayName()).isEqualTo("Custom responses");
        assertThat(CustomStatusClass.of(650)).isEqualTo(CustomStatusClass.CUSTOM);
        assertThat(CustomStatusCodes.isCustom(650)).isTrue();
        assertThat(CustomStatusCodes.isValid(650)).isTrue();
        assertThat(CustomStatusCodes.isError(650)).isTrue();
        assertThat(CustomStatusCodes.isValid(700)).isFalse();
        assertThat(CustomStatusCodes.isCustom(404)).isFalse();
        CustomStatusCode nonStandard = CustomStatusCode.valueOf(650);
        assertThat(nonStandard.statusClass()).isEqualTo(CustomStatusClass.CUSTOM);
        assertThat(nonStandard.isCustom()).isTrue();
        assertThat(CustomStatus.NOT_FOUND.isCustom()).isFalse();
    }

    @ProcessorTest
    void aStandardCodeNeedsTheOverrideTag(Compiler compiler) {
        Expect.errors(
                compile(compiler, "404 | Missing | Gone.", "999 | Nine | Outside.", "298 | Extra | tagged override"),
                "mine.md:3:1: code 404 is already in the standard table (Not Found); tag the row override to replace it",
                "mine.md:4:1: code 999 is outside every class range (100 - 199, 200 - 299, 300 - 399, 400 - 499,"
                        + " 500 - 599)");
    }

    @ProcessorTest
    void overrideOfACodeTheStandardLacks(Compiler compiler) {
        Expect.errors(
                compileSpec(
                        compiler,
                        "Status Code | Name | Tags | Description",
                        "---|---|---|---",
                        "298 | Extra | override | Not in the standard."),
                "mine.md:3:1: code 298 is tagged override, but the standard table has no such code");
    }

    @ProcessorTest
    void aNameClashWithTheStandardTableNamesTheStandardLine(Compiler compiler) {
        Expect.errors(
                compile(compiler, "498 | Not-Found | Same constant as 404."),
                "mine.md:3: the name \"Not-Found\" gives the constant NOT_FOUND, as does \"Not Found\" on"
                        + " http-status-codes.md:" + Resources.line(Resources.STANDARD, "404 | Not Found |"));
    }

    @ProcessorTest
    void aProjectNameThatIsAStandardAliasIsReportedOnTheProjectsRow(Compiler compiler) {
        Expect.errors(
                compile(compiler, "498 | Content Too Large | Same constant as 413's alias."),
                "mine.md:3: the name \"Content Too Large\" gives the constant CONTENT_TOO_LARGE, as does"
                        + " \"Content Too Large\" on http-status-codes.md:"
                        + Resources.line(Resources.STANDARD, "413 |"));
    }

    @ProcessorTest
    void aClassOverlappingAStandardClass(Compiler compiler) {
        Expect.errors(
                compileSpec(
                        compiler,
                        "Status Code | Class | Description",
                        "---|---|---",
                        "550 - 650 | Overlapping | Overlaps server errors.",
                        "",
                        "Status Code | Name | Description",
                        "---|---|---",
                        "601 | Six | Six."),
                "mine.md:3: class range 550 - 650 overlaps the range 500 - 599 on http-status-codes.md:"
                        + Resources.line(Resources.STANDARD, "500 - 599 |"),
                "mine.md:7:1: code 601 is outside every class range (100 - 199, 200 - 299,"
                        + " 300 - 399, 400 - 499, 500 - 599)");
    }

    @ProcessorTest
    void aProjectTagMayNotRedeclareAStandardTag(Compiler compiler) {
        Expect.errors(
                compileSpec(
                        compiler,
                        "Tag | Description",
                        "---|---",
                        "cacheable | Ours.",
                        "",
                        "Status Code | Name | Tags | Description",
                        "---|---|---|---",
                        "599 | Ours | cacheable, no-content | Ours."),
                "mine.md:3:1: tag cacheable is declared twice (first on http-status-codes.md:"
                        + Resources.line(Resources.STANDARD, "cacheable |") + ")");
    }

    /** Compiles a holder that extends the standard table with a code table of these rows. */
    private FileCompilation compile(Compiler compiler, String... rows) {
        List<String> lines = new ArrayList<>(List.of("Status Code | Name | Description", "---|---|---"));
        lines.addAll(List.of(rows));
        return compileSpec(compiler, lines.toArray(new String[0]));
    }

    /** Compiles a holder that extends the standard table with the spec {@code mine.md} of these lines. */
    private FileCompilation compileSpec(Compiler compiler, String... lines) {
        return compiler.compileHolder(dir, EXTENDING, Map.of("mine.md", String.join("\n", lines) + "\n"));
    }
}
