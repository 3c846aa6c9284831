package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusgen.processor.testing.FileCompilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a spec can be wrong ends in compiler errors that name the spec file and line, reported on the
 * annotation's {@code spec} value, all of them in one compile, under javac and under Eclipse's compiler alike.
 */
class SpecErrorsTest {
    /** Lines 1-11 of a valid spec; the tests change or add lines. */
    private static final List<String> VALID = List.of(
            "# Statuses",
            "",
            "Status Code | Class | Description",
            "---|---|---",
            "100 - 199 | Informational | Info.",
            "200 - 299 | Successful | Success.",
            "",
            "Status Code | Name | Description",
            "---|---|---",
            "100 | Continue | Go on.",
            "200 | OK | Fine.");

    @TempDir
    Path dir;

    @Test
    void theValidSpecCompiles() {
        assertThat(compile(VALID)).succeededWithoutWarnings();
    }

    @Test
    void duplicateCodeNamesBothLines() {
        assertBoth(with(VALID, "200 | Okay | Again."), "bad.md:12:1: duplicate code 200 (first defined on line 11)");
    }

    @Test
    void codeThatIsNotThreeDigits() {
        assertBoth(
                with(VALID, "20 | Short | Too short.", "2000 | Long | Too long.", "abc | Word | No."),
                "bad.md:12:1: \"20\" is not a status code; expected 3 digits from 100 to 999",
                "bad.md:13:1: \"2000\" is not a status code; expected 3 digits from 100 to 999",
                "bad.md:14:1: \"abc\" is not a status code; expected 3 digits from 100 to 999");
    }

    @Test
    void codeOutsideEveryClass() {
        assertBoth(
                with(VALID, "404 | Not Found | Gone."),
                "bad.md:12:1: code 404 is outside every class range (100 - 199, 200 - 299)");
    }

    @Test
    void overlappingClassRangesNameBothLines() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.add(6, "150 - 249 | Middle | Overlaps.");
        assertBoth(spec, "bad.md:7: class range 150 - 249 overlaps the range 100 - 199 on line 5");
    }

    @Test
    void malformedAndBackwardsClassRanges() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.add(6, "300 - 3x9 | Bad | Malformed.");
        spec.add(7, "499 - 400 | Backwards | Runs backwards.");
        assertBoth(
                spec,
                "bad.md:7:1: \"300 - 3x9\" is not a class range; expected two 3-digit codes such as 100 - 199",
                "bad.md:8:1: class range 499 - 400 runs backwards");
    }

    @Test
    void missingAndExtraCells() {
        assertBoth(
                with(VALID, "201 | Created", "202 | Accepted | Later. | Extra |"),
                "bad.md:12: missing cell: the row has 2 cells where the header has 3",
                "bad.md:13:27: extra cell: the row has 4 cells where the header has 3");
    }

    @Test
    void emptyName() {
        assertBoth(with(VALID, "201 |  | Nameless."), "bad.md:12:6: empty name for code 201");
    }

    @Test
    void unknownTagGivesItsColumn() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Tags | Description");
        spec.set(8, "---|---|---|---");
        spec.set(9, "100 | Continue | webdav, webdev | Go on.");
        spec.set(10, "200 | OK | | Fine.");
        assertBoth(
                spec,
                "bad.md:10:26: unknown tag \"webdev\"; the tags are webdav, experimental,"
                        + " deprecated, unused, non-standard, override");
    }

    @Test
    void twoNamesForOneConstantNameBothLines() {
        assertBoth(
                with(VALID, "201 | Ok! | Same constant."),
                "bad.md:12: the name \"Ok!\" gives the constant OK, as does \"OK\" on line 11");
    }

    @Test
    void missingSeparatorRow() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.remove(8);
        assertBoth(
                spec,
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description",
                "bad.md:8: the table header is not followed by a separator row such as ---|---|---");
    }

    @Test
    void missingHeaderRow() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.remove(7);
        assertBoth(
                spec,
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description",
                "bad.md:8: separator row without a header row above it");
    }

    @Test
    void tableRowsWithoutHeaderOrSeparator() {
        List<String> spec = new java.util.ArrayList<>(VALID.subList(0, 7));
        spec.add("100 | Continue | Go on.");
        assertBoth(
                spec,
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description",
                "bad.md:8: table row without a header row and a separator row above it");
    }

    @Test
    void noCodeTableAtAll() {
        assertBoth(
                VALID.subList(0, 7),
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description");
    }

    @Test
    void noClassTable() {
        assertBoth(
                VALID.subList(7, 11),
                "bad.md:1: the spec has no class table; expected a table with the columns Status Code | Class | Description",
                "bad.md:3:1: code 100 is outside every class range (there are none)",
                "bad.md:4:1: code 200 is outside every class range (there are none)");
    }

    @Test
    void unknownAndMissingColumns() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Colour");
        assertBoth(
                spec,
                "bad.md:8: the code table has no column \"Description\"",
                "bad.md:8:22: unknown column \"Colour\" in the code table; the columns are Status Code | Name | Tags"
                        + " | Description");
    }

    @Test
    void tableOfNeitherKind() {
        assertBoth(
                with(VALID, "", "Code | Meaning", "---|---", "1 | one"),
                "bad.md:13: a table with the columns Code | Meaning is neither a class table (Status Code | Class |"
                        + " Description) nor a code table (Status Code | Name | Description)");
    }

    @Test
    void badClassIds() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.set(2, "Status Code | Id | Class | Description");
        spec.set(3, "---|---|---|---");
        spec.set(4, "100 - 199 | info | Informational | Info.");
        spec.set(5, "200 - 299 | ERROR | Successful | Success.");
        spec.add(6, "300 - 399 | ERROR_ | Redirection | Redirect.");
        spec.add(7, "400 - 499 | INFO | Client | Client.");
        spec.add(8, "500 - 599 | INFO | Server | Server.");
        assertBoth(
                spec,
                "bad.md:5:13: class id \"info\" is not an UPPER_SNAKE_CASE Java identifier such as CLIENT_ERROR",
                "bad.md:6:13: class id ERROR would generate the classifier isError(), which statusgen already generates",
                "bad.md:7:13: class id ERROR_ would generate the classifier isError(), which statusgen already generates",
                "bad.md:9: duplicate class id INFO (first defined on line 8)",
                "bad.md:13:1: code 100 is outside every class range (400 - 499)",
                "bad.md:14:1: code 200 is outside every class range (400 - 499)");
    }

    @Test
    void classIdsThatGiveOneClassifier() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.set(2, "Status Code | Id | Class | Description");
        spec.set(3, "---|---|---|---");
        spec.set(4, "100 - 199 | CLIENT_ERROR | Informational | Info.");
        spec.set(5, "200 - 299 | CLIENT__ERROR | Successful | Success.");
        assertBoth(
                spec,
                "bad.md:6: class id CLIENT__ERROR gives the classifier isClientError(), as does CLIENT_ERROR"
                        + " on line 5",
                "bad.md:11:1: code 200 is outside every class range (100 - 199)");
    }

    @Test
    void duplicateColumnIsTheOnlyError() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Name | Description");
        spec.set(8, "---|---|---|---");
        assertBoth(spec, "bad.md:8:22: duplicate column \"Name\"");
    }

    @Test
    void examplesInCodeBlocksAndProseWithPipesAreNotTables() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.addAll(List.of(
                "",
                "2 | 3 of our services use these.",
                "",
                "```",
                "Status Code | Name | Description",
                "---|---|---",
                "42 | Answer | Not a row of the spec.",
                "```"));
        assertThat(compile(spec)).succeededWithoutWarnings();
    }

    @Test
    void emptyTables() {
        assertBoth(
                List.of(
                        "Status Code | Class | Description",
                        "---|---|---",
                        "",
                        "Status Code | Name | Description",
                        "---|---|---"),
                "bad.md:1: the class table has no rows",
                "bad.md:4: the code table has no rows");
    }

    @Test
    void cellTooLongForAJavaString() {
        assertBoth(
                with(VALID, "201 | Created | " + "x".repeat(20_001)),
                "bad.md:12:17: the cell is 20001 characters long; at most 20000 are allowed");
    }

    @Test
    void specThatIsNotUtf8() {
        byte[] bytes = String.join("\n", VALID).getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 4];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = '\n';
        bad[bytes.length + 1] = '2';
        bad[bytes.length + 2] = (byte) 0xC3;
        bad[bytes.length + 3] = (byte) 0x28;
        assertErrors(
                Compiling.compileSpec(dir, "bad.md", bad, ""),
                "bad.md:12: the spec is not valid UTF-8 (a malformed byte sequence at byte " + (bytes.length + 2)
                        + ")");
    }

    @Test
    void everyProblemIsReportedInOneCompile() {
        Compilation compilation = compile(
                with(VALID, "200 | Okay | Again.", "20 | Short | No.", "404 | Lost | Gone.", "201 |  | Nameless."));
        assertThat(compilation.errors()).hasSize(4);
    }

    @Test
    void overrideTagWithoutExtendsStandard() {
        List<String> spec = new java.util.ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Tags | Description");
        spec.set(8, "---|---|---|---");
        spec.set(9, "100 | Continue | override | Go on.");
        spec.set(10, "200 | OK | | Fine.");
        assertBoth(spec, "bad.md:10:1: the tag override only applies with @HttpStatusTable(extendsStandard = true)");
    }

    @Test
    void errorsAreReportedOnTheAnnotationsSpecValue() {
        Compilation compilation = compile(with(VALID, "200 | Okay | Again."));
        assertThat(compilation)
                .hadErrorContaining("bad.md:12:1: duplicate code 200")
                .inFile(Compiling.holder("spec = \"bad.md\""))
                .onLineContaining("@HttpStatusTable(spec = \"bad.md\")");
        Diagnostic<?> error = compilation.errors().get(0);
        assertThat(error.getLineNumber()).isEqualTo(6);
        assertThat(error.getColumnNumber()).isEqualTo(25);
    }

    /**
     * Compiles the spec {@code lines} with javac and with Eclipse's compiler: both fail with exactly the
     * {@code expected} errors, in order, on the annotation's line.
     */
    private void assertBoth(List<String> lines, String... expected) {
        assertErrors(compile(lines), expected);
        try {
            List<FileCompilation.Report> ecj = EclipseCompilerTest.ecj(
                            Files.createTempDirectory(dir, "ecj"),
                            Compiling.holder("spec = \"bad.md\""),
                            "-Astatusgen.specDir=" + dir)
                    .diagnostics(Diagnostic.Kind.ERROR);
            assertThat(ecj.stream().map(FileCompilation.Report::message).toList())
                    .containsExactlyElementsIn(expected)
                    .inOrder();
            assertThat(ecj.stream().map(FileCompilation.Report::line).distinct().toList())
                    .containsExactly(6L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Compilation compile(List<String> lines) {
        return Compiling.compileSpec(dir, "bad.md", String.join("\n", lines) + "\n", "");
    }

    private static List<String> with(List<String> lines, String... more) {
        List<String> all = new java.util.ArrayList<>(lines);
        all.addAll(List.of(more));
        return all;
    }

    /** The compile failed with exactly these errors, in this order, and nothing else went wrong. */
    static void assertErrors(Compilation compilation, String... expected) {
        assertThat(compilation).failed();
        List<String> errors = compilation.errors().stream()
                .map(d -> d.getMessage(Locale.ROOT))
                .toList();
        assertThat(errors).containsExactlyElementsIn(expected).inOrder();
        assertThat(compilation.warnings()).isEmpty();
    }
}
