package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.statusgen.processor.SpecErrorsTest.assertErrors;

import com.google.testing.compile.Compilation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extendsStandard = true} layers a project's spec over the bundled standard table. */
class LayeringTest {
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
                        + " non-standard | Cloudflare:");
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

    @Test
    void aStandardCodeNeedsTheOverrideTag() {
        assertErrors(
                compile("404 | Missing | Gone.", "999 | Nine | Outside.", "298 | Extra | tagged override"),
                "mine.md:3:1: code 404 is already in the standard table (Not Found); tag the row override to replace it",
                "mine.md:4:1: code 999 is outside every class range (100 - 199, 200 - 299, 300 - 399, 400 - 499,"
                        + " 500 - 599)");
    }

    @Test
    void overrideOfACodeTheStandardLacks() {
        Compilation compilation = Compiling.compileSpec(
                dir,
                "mine.md",
                String.join(
                        "\n",
                        "Status Code | Name | Tags | Description",
                        "---|---|---|---",
                        "298 | Extra | override | Not in the standard."),
                "extendsStandard = true");
        assertErrors(compilation, "mine.md:3:1: code 298 is tagged override, but the standard table has no such code");
    }

    @Test
    void aNameClashWithTheStandardTableNamesTheStandardLine() {
        assertErrors(
                compile("498 | Not-Found | Same constant as 404."),
                "mine.md:3: the name \"Not-Found\" gives the constant NOT_FOUND, as does \"Not Found\" on"
                        + " http-status-codes.md:46");
    }

    @Test
    void aClassOverlappingAStandardClass() {
        Compilation compilation = Compiling.compileSpec(
                dir,
                "mine.md",
                String.join(
                        "\n",
                        "Status Code | Class | Description",
                        "---|---|---",
                        "550 - 650 | Overlapping | Overlaps server errors.",
                        "",
                        "Status Code | Name | Description",
                        "---|---|---",
                        "601 | Six | Six."),
                "extendsStandard = true");
        assertErrors(
                compilation,
                "mine.md:3: class range 550 - 650 overlaps the range 500 - 599 on" + " http-status-codes.md:13",
                "mine.md:7:1: code 601 is outside every class range (100 - 199, 200 - 299,"
                        + " 300 - 399, 400 - 499, 500 - 599)");
    }

    private Compilation compile(String... rows) {
        StringBuilder spec = new StringBuilder("Status Code | Name | Description\n---|---|---\n");
        for (String row : rows) {
            spec.append(row).append('\n');
        }
        return Compiling.compileSpec(dir, "mine.md", spec.toString(), "extendsStandard = true");
    }
}
