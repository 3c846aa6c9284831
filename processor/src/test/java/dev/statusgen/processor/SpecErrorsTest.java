package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.ProcessorTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every way a spec can be wrong ends in compiler errors that name the spec file and line, reported on the
 * annotation's {@code spec} value, all of them in one compile, under javac and under Eclipse's compiler alike.
 */
class SpecErrorsTest {
    private static final String HOLDER = "spec = \"bad.md\"";

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

    @ProcessorTest
    void theValidSpecCompiles(Compiler compiler) {
        Expect.clean(compile(compiler, VALID));
    }

    @ProcessorTest
    void duplicateCodeNamesBothLines(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "200 | Okay | Again."),
                "bad.md:12:1: duplicate code 200 (first defined on line 11)");
    }

    @ProcessorTest
    void codeThatIsNotThreeDigits(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "20 | Short | Too short.", "2000 | Long | Too long.", "abc | Word | No."),
                "bad.md:12:1: \"20\" is not a status code; expected 3 digits from 100 to 999",
                "bad.md:13:1: \"2000\" is not a status code; expected 3 digits from 100 to 999",
                "bad.md:14:1: \"abc\" is not a status code; expected 3 digits from 100 to 999");
    }

    @ProcessorTest
    void codeOutsideEveryClass(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "404 | Not Found | Gone."),
                "bad.md:12:1: code 404 is outside every class range (100 - 199, 200 - 299)");
    }

    @ProcessorTest
    void overlappingClassRangesNameBothLines(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.add(6, "150 - 249 | Middle | Overlaps.");
        expect(compiler, spec, "bad.md:7: class range 150 - 249 overlaps the range 100 - 199 on line 5");
    }

    @ProcessorTest
    void malformedAndBackwardsClassRanges(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.add(6, "300 - 3x9 | Bad | Malformed.");
        spec.add(7, "499 - 400 | Backwards | Runs backwards.");
        expect(
                compiler,
                spec,
                "bad.md:7:1: \"300 - 3x9\" is not a class range; expected two 3-digit codes such as 100 - 199",
                "bad.md:8:1: class range 499 - 400 runs backwards");
    }

    @ProcessorTest
    void missingAndExtraCells(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "201 | Created", "202 | Accepted | Later. | Extra |"),
                "bad.md:12: missing cell: the row has 2 cells where the header has 3",
                "bad.md:13:27: extra cell: the row has 4 cells where the header has 3");
    }

    @ProcessorTest
    void emptyName(Compiler compiler) {
        expect(compiler, with(VALID, "201 |  | Nameless."), "bad.md:12:6: empty name for code 201");
    }

    @ProcessorTest
    void emptyClassName(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.add(6, "300 - 399 |  | Nameless.");
        expect(compiler, spec, "bad.md:7:12: empty class name for the range 300 - 399");
    }

    @ProcessorTest
    void unknownTagGivesItsColumn(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Tags | Description");
        spec.set(8, "---|---|---|---");
        spec.set(9, "100 | Continue | webdav, webdev | Go on.");
        spec.set(10, "200 | OK | | Fine.");
        expect(
                compiler,
                spec,
                "bad.md:10:26: unknown tag \"webdev\"; the tags are webdav, experimental,"
                        + " deprecated, unused, non-standard, override");
    }

    @ProcessorTest
    void twoNamesForOneConstantNameBothLines(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "201 | Ok! | Same constant."),
                "bad.md:12: the name \"Ok!\" gives the constant OK, as does \"OK\" on line 11");
    }

    @ProcessorTest
    void missingSeparatorRow(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.remove(8);
        expect(
                compiler,
                spec,
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description",
                "bad.md:8: the table header is not followed by a separator row such as ---|---|---");
    }

    @ProcessorTest
    void missingHeaderRow(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.remove(7);
        expect(
                compiler,
                spec,
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description",
                "bad.md:8: separator row without a header row above it");
    }

    @ProcessorTest
    void tableRowsWithoutHeaderOrSeparator(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID.subList(0, 7));
        spec.add("100 | Continue | Go on.");
        expect(
                compiler,
                spec,
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description",
                "bad.md:8: table row without a header row and a separator row above it");
    }

    @ProcessorTest
    void noCodeTableAtAll(Compiler compiler) {
        expect(
                compiler,
                VALID.subList(0, 7),
                "bad.md:1: the spec has no code table; expected a table with the columns Status Code | Name | Description");
    }

    @ProcessorTest
    void noClassTable(Compiler compiler) {
        expect(
                compiler,
                VALID.subList(7, 11),
                "bad.md:1: the spec has no class table; expected a table with the columns Status Code | Class | Description",
                "bad.md:3:1: code 100 is outside every class range (there are none)",
                "bad.md:4:1: code 200 is outside every class range (there are none)");
    }

    @ProcessorTest
    void unknownAndMissingColumns(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Colour");
        expect(
                compiler,
                spec,
                "bad.md:8: the code table has no column \"Description\"",
                "bad.md:8:22: unknown column \"Colour\" in the code table; the columns are Status Code | Name | Tags"
                        + " | Aliases | Reference | Description");
    }

    @ProcessorTest
    void tableOfNeitherKind(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "", "Code | Meaning", "---|---", "1 | one"),
                "bad.md:13: a table with the columns Code | Meaning is neither a class table (Status Code | Class |"
                        + " Description), a code table (Status Code | Name | Description) nor a tag table (Tag | Description)");
    }

    @ProcessorTest
    void badClassIds(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.set(2, "Status Code | Id | Class | Description");
        spec.set(3, "---|---|---|---");
        spec.set(4, "100 - 199 | info | Informational | Info.");
        spec.set(5, "200 - 299 | ERROR | Successful | Success.");
        spec.add(6, "300 - 399 | ERROR_ | Redirection | Redirect.");
        spec.add(7, "400 - 499 | INFO | Client | Client.");
        spec.add(8, "500 - 599 | INFO | Server | Server.");
        expect(
                compiler,
                spec,
                "bad.md:5:13: class id \"info\" is not an UPPER_SNAKE_CASE Java identifier such as CLIENT_ERROR",
                "bad.md:6:13: class id ERROR would generate the classifier isError(), which statusgen already generates",
                "bad.md:7:13: class id ERROR_ would generate the classifier isError(), which statusgen already generates",
                "bad.md:9: duplicate class id INFO (first defined on line 8)",
                "bad.md:13:1: code 100 is outside every class range (400 - 499)",
                "bad.md:14:1: code 200 is outside every class range (400 - 499)");
    }

    @ProcessorTest
    void classIdsThatGiveOneClassifier(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.set(2, "Status Code | Id | Class | Description");
        spec.set(3, "---|---|---|---");
        spec.set(4, "100 - 199 | CLIENT_ERROR | Informational | Info.");
        spec.set(5, "200 - 299 | CLIENT__ERROR | Successful | Success.");
        expect(
                compiler,
                spec,
                "bad.md:6: class id CLIENT__ERROR gives the classifier isClientError(), as does CLIENT_ERROR"
                        + " on line 5",
                "bad.md:11:1: code 200 is outside every class range (100 - 199)");
    }

    @ProcessorTest
    void duplicateColumnIsTheOnlyError(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Name | Description");
        spec.set(8, "---|---|---|---");
        expect(compiler, spec, "bad.md:8:22: duplicate column \"Name\"");
    }

    @ProcessorTest
    void examplesInCodeBlocksAndProseWithPipesAreNotTables(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.addAll(List.of(
                "",
                "2 | 3 of our services use these.",
                "",
                "```",
                "Status Code | Name | Description",
                "---|---|---",
                "42 | Answer | Not a row of the spec.",
                "```"));
        Expect.clean(compile(compiler, spec));
    }

    @ProcessorTest
    void emptyTables(Compiler compiler) {
        expect(
                compiler,
                List.of(
                        "Status Code | Class | Description",
                        "---|---|---",
                        "",
                        "Status Code | Name | Description",
                        "---|---|---"),
                "bad.md:1: the class table has no rows",
                "bad.md:4: the code table has no rows");
    }

    @ProcessorTest
    void cellTooLongForAJavaString(Compiler compiler) {
        expect(
                compiler,
                with(VALID, "201 | Created | " + "x".repeat(20_001)),
                "bad.md:12:17: the cell is 20001 characters long; at most 20000 are allowed");
    }

    @ProcessorTest
    void specThatIsNotUtf8(Compiler compiler) {
        byte[] bytes = String.join("\n", VALID).getBytes(StandardCharsets.UTF_8);
        byte[] bad = Arrays.copyOf(bytes, bytes.length + 4);
        bad[bytes.length] = '\n';
        bad[bytes.length + 1] = '2';
        bad[bytes.length + 2] = (byte) 0xC3;
        bad[bytes.length + 3] = (byte) 0x28;
        Expect.errors(
                compiler.compileHolderBytes(dir, HOLDER, Map.of("bad.md", bad)),
                "bad.md:12: the spec is not valid UTF-8 (a malformed byte sequence at byte " + (bytes.length + 2)
                        + ")");
    }

    @ProcessorTest
    void everyProblemIsReportedInOneCompile(Compiler compiler) {
        FileCompilation compilation = compile(
                compiler,
                with(VALID, "200 | Okay | Again.", "20 | Short | No.", "404 | Lost | Gone.", "201 |  | Nameless."));
        assertThat(compilation.diagnostics(Diagnostic.Kind.ERROR)).hasSize(4);
    }

    @ProcessorTest
    void overrideTagWithoutExtendsStandard(Compiler compiler) {
        List<String> spec = new ArrayList<>(VALID);
        spec.set(7, "Status Code | Name | Tags | Description");
        spec.set(8, "---|---|---|---");
        spec.set(9, "100 | Continue | override | Go on.");
        spec.set(10, "200 | OK | | Fine.");
        expect(
                compiler,
                spec,
                "bad.md:10:1: the tag override only applies to a spec layered over another: a later file of spec, or"
                        + " extendsStandard = true");
    }

    @ProcessorTest
    void errorsAreReportedOnTheAnnotationsSpecValue(Compiler compiler) {
        FileCompilation compilation = compile(compiler, with(VALID, "200 | Okay | Again."));
        FileCompilation.Report error =
                compilation.diagnostics(Diagnostic.Kind.ERROR).get(0);
        assertThat(error.line()).isEqualTo(Holder.ANNOTATION_LINE);
        if (compiler == Compiler.JAVAC) {
            // javac points at the value itself; ECJ at the start of the annotation.
            assertThat(error.column()).isEqualTo(25);
        }
    }

    /** A valid spec with a tag table and every column of the code table; the tests change or add lines. */
    private static final List<String> RICH = List.of(
            "Status Code | Class | Description",
            "---|---|---",
            "100 - 199 | Informational | Info.",
            "200 - 299 | Successful | Success.",
            "",
            "Tag | Description",
            "---|---",
            "cacheable | Reusable.",
            "",
            "Status Code | Name | Tags | Aliases | Reference | Description",
            "---|---|---|---|---|---",
            "100 | Continue | | | [RFC9110, Section 15.2.1] | Go on.",
            "200 | OK | cacheable | Okay | [RFC9110] https://example.com/ok | Fine.");

    @ProcessorTest
    void theRichSpecCompiles(Compiler compiler) {
        Expect.clean(compile(compiler, RICH));
    }

    @ProcessorTest
    void tagPredicatesThatClashWithGeneratedMembers(Compiler compiler) {
        List<String> spec = new ArrayList<>(RICH);
        spec.addAll(8, List.of("standard | Clashes with isStandard().", "error | Clashes with isError()."));
        expect(
                compiler,
                spec,
                "bad.md:9:1: tag standard would generate the predicate isStandard(), which statusgen already generates",
                "bad.md:10:1: tag error would generate the predicate isError(), which statusgen already generates");
    }

    @ProcessorTest
    void tagPredicatesThatClashWithClassifiersAndEachOther(Compiler compiler) {
        List<String> spec = new ArrayList<>(RICH);
        spec.addAll(
                8,
                List.of("successful | Clashes with isSuccessful().", "cache-able | Fine.", "a-1 | One.", "a1 | Same."));
        expect(
                compiler,
                spec,
                "bad.md:9:1: tag successful gives the predicate isSuccessful(), as does the class id SUCCESSFUL on"
                        + " bad.md:4",
                "bad.md:12:1: tag a1 gives the predicate isA1(), as does the tag a-1 on bad.md:11");
    }

    @ProcessorTest
    void tagsThatAreBuiltInDeclaredTwiceOrMisspelled(Compiler compiler) {
        List<String> spec = new ArrayList<>(RICH);
        spec.addAll(
                8, List.of("webdav | Again.", "cacheable | Twice.", "No-Content | Upper case.", "x--y | Two hyphens."));
        expect(
                compiler,
                spec,
                "bad.md:9:1: tag webdav is built in; declare only tags of the spec's own",
                "bad.md:10:1: tag cacheable is declared twice (first on line 8)",
                "bad.md:11:1: tag \"No-Content\" is not a tag id: lower-case ASCII letters and digits, in words joined"
                        + " by hyphens, such as no-content",
                "bad.md:12:1: tag \"x--y\" is not a tag id: lower-case ASCII letters and digits, in words joined by"
                        + " hyphens, such as no-content");
    }

    @ProcessorTest
    void aTagThatCannotBecomeAConstant(Compiler compiler) {
        List<String> spec = new ArrayList<>(RICH);
        spec.addAll(8, List.of("3d | Three dimensions.", "d3 | Fine."));
        expect(
                compiler,
                spec,
                "bad.md:9:1: tag 3d cannot become a constant of the tag enum (it would be 3D); a declared tag starts"
                        + " with a letter");
    }

    @ProcessorTest
    void anUndeclaredTagListsTheDeclaredOnes(Compiler compiler) {
        expect(
                compiler,
                with(RICH, "201 | Created | cachable | | | Made."),
                "bad.md:14:17: unknown tag \"cachable\"; the tags are webdav, experimental, deprecated, unused,"
                        + " non-standard, override, cacheable");
    }

    @ProcessorTest
    void aliasesThatClashNameBothLines(Compiler compiler) {
        expect(
                compiler,
                with(RICH, "201 | Created | | Continue, Okay | | Made.", "202 | Accepted | | Ok | | Later."),
                "bad.md:14:19: the alias \"Continue\" gives the constant CONTINUE, as does \"Continue\" on line 12",
                "bad.md:14:29: the alias \"Okay\" gives the constant OKAY, as does \"Okay\" on line 13",
                "bad.md:15:20: the alias \"Ok\" gives the constant OK, as does \"OK\" on line 13");
    }

    @ProcessorTest
    void anAliasThatIsTheCodesOwnName(Compiler compiler) {
        expect(
                compiler,
                with(RICH, "201 | Created | | created | | Made."),
                "bad.md:14:19: the alias \"created\" of code 201 gives the constant CREATED of the code's own name");
    }

    @ProcessorTest
    void referencesThatAreNotHttpsLinks(Compiler compiler) {
        expect(
                compiler,
                with(
                        RICH,
                        "201 | Created | | | http://example.com/ | Made.",
                        "202 | Accepted | | | [javascript:alert(1)] | Later.",
                        "203 | Copied | | | data:text/html,x | Copied.",
                        "204 | Empty | | | [/docs/204] see | Nothing.",
                        "205 | Reset | | | [RFC9110 | Reset.",
                        "206 | Partial | | | [] | Part."),
                "bad.md:14:21: \"http://example.com/\" is not an https URL; a reference is an https URL or a bracketed"
                        + " reference such as [RFC9110, Section 15.5.5]",
                "bad.md:15:22: \"javascript:alert(1)\" is not an https URL; a reference is an https URL or a"
                        + " bracketed reference such as [RFC9110, Section 15.5.5]",
                "bad.md:16:20: \"data:text/html,x\" is not an https URL; a reference is an https URL or a bracketed"
                        + " reference such as [RFC9110, Section 15.5.5]",
                "bad.md:17:19: \"/docs/204\" is not an https URL; a reference is an https URL or a bracketed reference"
                        + " such as [RFC9110, Section 15.5.5]",
                "bad.md:17:31: \"see\" is not an https URL; a reference is an https URL or a bracketed reference such"
                        + " as [RFC9110, Section 15.5.5]",
                "bad.md:18:19: reference \"[RFC9110\" has no closing ]",
                "bad.md:19:21: empty reference []");
    }

    /** Compiles the spec {@code lines} as bad.md: it fails with exactly the {@code expected} errors, in order. */
    private void expect(Compiler compiler, List<String> lines, String... expected) {
        Expect.errors(compile(compiler, lines), expected);
    }

    private FileCompilation compile(Compiler compiler, List<String> lines) {
        return compiler.compileHolder(dir, HOLDER, Map.of("bad.md", String.join("\n", lines) + "\n"));
    }

    private static List<String> with(List<String> lines, String... more) {
        List<String> all = new ArrayList<>(lines);
        all.addAll(List.of(more));
        return all;
    }
}
