package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extendsStandard = true} layers a project's spec over the bundled standard table. */
class LayeringTest {
    private static final String EXTENDING = "spec = \"mine.md\", extendsStandard = true";

    @TempDir
    Path dir;

    @Test
    void projectCodesJoinTheStandardOnesAsNonStandard() throws Throwable {
        Compilation compilation =
                Compiling.compile(Compiling.holder("spec = \"specs/nginx.md\", extendsStandard = true"));
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader classes = Compiling.classes(compilation);
        Class<?> status = classes.loadClass("p.HttpStatus");
        assertThat(status.getEnumConstants()).hasLength(67);

        Object closed = Compiling.call(status, "of", 499);
        assertThat(((Enum<?>) closed).name()).isEqualTo("CLIENT_CLOSED_REQUEST");
        assertThat(Compiling.call(closed, "isStandard")).isEqualTo(false);
        assertThat(Compiling.call(closed, "isClientError")).isEqualTo(true);
        Object unknown = Compiling.call(status, "of", 520);
        assertThat(Compiling.call(unknown, "isStandard")).isEqualTo(false);
        assertThat(Compiling.call(unknown, "isServerError")).isEqualTo(true);
        assertThat(Compiling.call(status, "findByReasonPhrase", "web server returned an unknown error"))
                .isEqualTo(java.util.Optional.of(unknown));

        Object notFound = Compiling.call(status, "of", 404);
        assertThat(Compiling.call(notFound, "description")).isEqualTo("Nothing here: check the URL.");
        assertThat(Compiling.call(notFound, "isStandard")).isEqualTo(true);
        assertThat(Compiling.call(notFound, "tags")).isEqualTo(List.of());

        Object teapot = Compiling.call(status, "of", 418);
        assertThat(Compiling.call(teapot, "isStandard")).isEqualTo(true);
        Class<?> codes = classes.loadClass("p.HttpStatusCodes");
        assertThat(Compiling.call(codes, "isStandard", 499)).isEqualTo(false);
        assertThat(Compiling.call(codes, "isStandard", 418)).isEqualTo(true);
        assertThat(codes.getField("CLIENT_CLOSED_REQUEST").getInt(null)).isEqualTo(499);
        assertThat(Compiling.resource(compilation, "META-INF/statusgen/p/Http.md"))
                .contains("| 520 | Web Server Returned an Unknown Error | `WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR` |"
                        + " non-standard |  |  | Cloudflare:");
    }

    @Test
    void aProjectMayAddAClassOfItsOwn() throws Throwable {
        Compilation compilation = Compiling.compileSpec(
                dir,
                "mine.md",
                String.join(
                        "\n",
                        "Status Code | Id | Class | Description",
                        "---|---|---|---",
                        "600 - 699 | CUSTOM | Custom responses | Our own.",
                        "",
                        "Status Code | Name | Description",
                        "---|---|---",
                        "601 | Retry Elsewhere | Try the other data centre."),
                "extendsStandard = true");
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader classes = Compiling.classes(compilation);
        Object retry = Compiling.call(classes.loadClass("p.HttpStatus"), "of", 601);
        assertThat(Compiling.call(retry, "isCustom")).isEqualTo(true);
        assertThat(Compiling.call(retry, "isError")).isEqualTo(true);
        Class<?> codes = classes.loadClass("p.HttpStatusCodes");
        assertThat(Compiling.call(codes, "isValid", 650)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isError", 650)).isEqualTo(true);
        Object nonStandard = Compiling.call(classes.loadClass("p.HttpStatusCode"), "valueOf", 650);
        assertThat(Compiling.call(nonStandard, "statusClass").toString()).isEqualTo("CUSTOM");
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
                compiler.compileHolder(
                        dir,
                        EXTENDING,
                        Map.of(
                                "mine.md",
                                String.join(
                                        "\n",
                                        "Status Code | Name | Tags | Description",
                                        "---|---|---|---",
                                        "298 | Extra | override | Not in the standard."))),
                "mine.md:3:1: code 298 is tagged override, but the standard table has no such code");
    }

    @ProcessorTest
    void aNameClashWithTheStandardTableNamesTheStandardLine(Compiler compiler) {
        Expect.errors(
                compile(compiler, "498 | Not-Found | Same constant as 404."),
                "mine.md:3: the name \"Not-Found\" gives the constant NOT_FOUND, as does \"Not Found\" on"
                        + " http-status-codes.md:" + standardLine("404 | Not Found |"));
    }

    @ProcessorTest
    void aProjectNameThatIsAStandardAliasIsReportedOnTheProjectsRow(Compiler compiler) {
        Expect.errors(
                compile(compiler, "498 | Content Too Large | Same constant as 413's alias."),
                "mine.md:3: the name \"Content Too Large\" gives the constant CONTENT_TOO_LARGE, as does"
                        + " \"Content Too Large\" on http-status-codes.md:" + standardLine("413 |"));
    }

    @ProcessorTest
    void aClassOverlappingAStandardClass(Compiler compiler) {
        Expect.errors(
                compiler.compileHolder(
                        dir,
                        EXTENDING,
                        Map.of(
                                "mine.md",
                                String.join(
                                        "\n",
                                        "Status Code | Class | Description",
                                        "---|---|---",
                                        "550 - 650 | Overlapping | Overlaps server errors.",
                                        "",
                                        "Status Code | Name | Description",
                                        "---|---|---",
                                        "601 | Six | Six."))),
                "mine.md:3: class range 550 - 650 overlaps the range 500 - 599 on http-status-codes.md:"
                        + standardLine("500 - 599 |"),
                "mine.md:7:1: code 601 is outside every class range (100 - 199, 200 - 299,"
                        + " 300 - 399, 400 - 499, 500 - 599)");
    }

    @ProcessorTest
    void aProjectTagMayNotRedeclareAStandardTag(Compiler compiler) {
        Expect.errors(
                compiler.compileHolder(
                        dir,
                        EXTENDING,
                        Map.of(
                                "mine.md",
                                String.join(
                                        "\n",
                                        "Tag | Description",
                                        "---|---",
                                        "cacheable | Ours.",
                                        "",
                                        "Status Code | Name | Tags | Description",
                                        "---|---|---|---",
                                        "599 | Ours | cacheable, no-content | Ours."))),
                "mine.md:3:1: tag cacheable is declared twice (first on http-status-codes.md:"
                        + standardLine("cacheable |") + ")");
    }

    /** The line of the bundled standard table that starts with {@code start}, so that edits to it break nothing. */
    private static int standardLine(String start) {
        List<String> lines = SeedTable.read("/dev/statusgen/processor/http-status-codes.md")
                .lines()
                .toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError("no line of the standard table starts with " + start);
    }

    private FileCompilation compile(Compiler compiler, String... rows) {
        StringBuilder spec = new StringBuilder("Status Code | Name | Description\n---|---|---\n");
        for (String row : rows) {
            spec.append(row).append('\n');
        }
        return compiler.compileHolder(dir, EXTENDING, Map.of("mine.md", spec.toString()));
    }
}
