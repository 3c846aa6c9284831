package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.SpecDocument.Prose;
import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpecGeneratorTest {
    /** A spec in the generator's form, with two classes and two codes. */
    private static final SpecDocument SPEC = new SpecDocument(List.of(
            new Prose(List.of("# Fuzz")),
            new Table(
                    List.of("Status Code", "Id", "Class", "Description"),
                    List.of(
                            List.of("100 - 399", "K0", "Low", "Class 0"),
                            List.of("400 - 999", "K1", "High", "Class 1"))),
            new Prose(List.of("Some prose.")),
            new Table(
                    List.of("Status Code", "Name", "Tags", "Description"),
                    List.of(
                            List.of("200", "OK */ fine", "", "All \\| good"),
                            List.of("404", "Not Found", "webdav, unused", "Gone missing")))));

    @Test
    void aSpecRendersAsMarkdownTables() {
        assertThat(SPEC.text()).isEqualTo("""
                        # Fuzz

                        Status Code | Id | Class | Description
                        ---|---|---|---
                        100 - 399 | K0 | Low | Class 0 |
                        400 - 999 | K1 | High | Class 1 |

                        Some prose.

                        Status Code | Name | Tags | Description
                        ---|---|---|---
                        200 | OK */ fine |  | All \\| good |
                        404 | Not Found | webdav, unused | Gone missing |
                        """);
    }

    @Test
    void cellsAreReadByTheirColumnsHeader() {
        Table codes = SPEC.table("Name").orElseThrow();

        assertThat(codes.cell(codes.rows().get(1), "Tags")).isEqualTo("webdav, unused");
        assertThat(codes.cell(codes.rows().get(1), "Aliases")).isEmpty();
        assertThat(SpecGenerator.unescape(codes.cell(codes.rows().get(0), "Description")))
                .isEqualTo("All | good");
    }

    @Test
    void theSameSeedGivesTheSameSpecs() {
        for (long seed : new long[] {0, 1, -7, Long.MAX_VALUE}) {
            assertThat(SpecGenerator.spec(new Random(seed))).isEqualTo(SpecGenerator.spec(new Random(seed)));
            assertThat(SpecGenerator.mutatedSpec(new Random(seed)))
                    .isEqualTo(SpecGenerator.mutatedSpec(new Random(seed)));
        }
        assertThat(SpecGenerator.spec(new Random(1)).text())
                .isNotEqualTo(SpecGenerator.spec(new Random(2)).text());
    }

    @Test
    void generatedSpecsAreValidAndCoverTheHazardsTagsTablesAndColumns() {
        Set<String> hazards = new HashSet<>();
        Set<String> labelHazards = new HashSet<>();
        Set<String> tags = new HashSet<>();
        Set<Integer> codeTableWidths = new HashSet<>();
        Set<Integer> rowCounts = new HashSet<>();
        Set<Integer> tableCounts = new HashSet<>();
        Set<String> firstColumns = new HashSet<>();
        Set<String> referenceKinds = new HashSet<>();
        int aliases = 0;
        for (int seed = 0; seed < 500; seed++) {
            SpecDocument spec = SpecGenerator.spec(new Random(seed));
            assertWithMessage("seed %s: %s", seed, spec.text())
                    .that(SpecGenerator.isValid(spec))
                    .isTrue();
            String text = spec.text();
            SpecGenerator.HAZARDS.stream().filter(text::contains).forEach(hazards::add);
            SpecGenerator.TAGS.stream().filter(text::contains).forEach(tags::add);
            tableCounts.add(spec.tables().size());
            ExpectedTable expected = SpecGenerator.expected(spec);
            int rows = 0;
            for (Table table : spec.tables()) {
                if (table.header().contains("Name")) {
                    codeTableWidths.add(table.header().size());
                    firstColumns.add(table.header().get(0));
                    rows += table.rows().size();
                    for (List<String> row : table.rows()) {
                        String references = table.cell(row, "Reference");
                        ReferenceText.LABEL_HAZARDS.stream()
                                .filter(hazard -> references.contains("[") && references.contains(hazard))
                                .forEach(labelHazards::add);
                    }
                }
            }
            rowCounts.add(rows);
            for (ExpectedTable.Code code : expected.codes()) {
                aliases += code.aliases().size();
                for (ReferenceText.Ref reference : code.references()) {
                    referenceKinds.add(
                            reference.url() == null
                                    ? "plain"
                                    : reference.url().contains("#section-")
                                            ? "section"
                                            : reference.url().startsWith("https://www.rfc-editor.org/")
                                                    ? reference.label().contains(",") ? "note" : "rfc"
                                                    : reference.url().startsWith("https://datatracker")
                                                            ? "draft"
                                                            : "url");
                }
            }
        }

        assertThat(hazards).containsExactlyElementsIn(SpecGenerator.HAZARDS);
        assertThat(labelHazards).containsExactlyElementsIn(ReferenceText.LABEL_HAZARDS);
        assertThat(tags).containsExactlyElementsIn(SpecGenerator.TAGS);
        assertThat(codeTableWidths).containsExactly(3, 4, 5, 6);
        assertThat(rowCounts).containsAtLeast(1, 12);
        assertThat(tableCounts).containsExactly(2, 3, 4);
        assertThat(firstColumns).containsAtLeast("Status Code", "Description", "Aliases");
        assertThat(referenceKinds).containsExactly("plain", "section", "note", "rfc", "draft", "url");
        assertThat(aliases).isGreaterThan(100);
    }

    @Test
    void theExpectedTableIsWhatTheCellsMean() {
        ExpectedTable expected = SpecGenerator.expected(SPEC);

        assertThat(expected.classifiers()).containsExactly("isK0", "isK1").inOrder();
        assertThat(expected.tagPredicates()).isEqualTo(ExpectedTable.BUILT_IN_PREDICATES);
        assertThat(expected.codes())
                .containsExactly(
                        new ExpectedTable.Code(
                                200, "OK */ fine", "All | good", List.of(), List.of(), List.of(), List.of()),
                        new ExpectedTable.Code(
                                404,
                                "Not Found",
                                "Gone missing",
                                List.of(),
                                List.of("unused", "webdav"),
                                List.of(),
                                List.of()))
                .inOrder();

        SpecDocument declared = new SpecDocument(List.of(
                SPEC.blocks().get(1),
                new Table(List.of("Description", "Tag"), List.of(List.of("Cacheable */", "no-store"))),
                new Table(
                        List.of("Aliases", "Status Code", "Tags", "Name", "Reference", "Description"),
                        List.of(List.of(
                                "Content Too Large, Payload \\| Too Large",
                                "413",
                                "no-store,deprecated",
                                "Request Entity Too Large",
                                "[RFC9110, Section 15.5.14][<script> \\| x] https://a.example/*/@b",
                                "")))));
        assertThat(SpecGenerator.isValid(declared)).isTrue();
        ExpectedTable table = SpecGenerator.expected(declared);
        assertThat(table.tagPredicates()).containsEntry("no-store", "isNoStore");
        assertThat(table.codes())
                .containsExactly(new ExpectedTable.Code(
                        413,
                        "Request Entity Too Large",
                        "",
                        List.of(),
                        List.of("deprecated", "no-store"),
                        List.of("Content Too Large", "Payload | Too Large"),
                        List.of(
                                new ReferenceText.Ref(
                                        "RFC 9110, Section 15.5.14",
                                        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14"),
                                new ReferenceText.Ref("<script> | x", null),
                                new ReferenceText.Ref("https://a.example/*/@b", "https://a.example/*/@b"))));
    }

    @Test
    void validityIsWhatTheGeneratorMakes() {
        Table codes = SPEC.table("Name").orElseThrow();
        List<String> ok = codes.rows().get(0);

        assertThat(SpecGenerator.isValid(SPEC)).isTrue();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(ok))))
                .isTrue();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of())))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(ok, ok))))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(ok, List.of("201", "Ok, fine", "", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(List.of("200", " ", "", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(List.of("200", "OK", "unused,", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(List.of("200", "OK |", "", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(List.of("200", "OK", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(
                        withCodeRows(List.of("Status Code", "Name", "Description"), List.of(List.of("200", "OK", "")))))
                .isTrue();
        assertThat(SpecGenerator.isValid(
                        withCodeRows(List.of("Status Code", "Name", "Tags"), List.of(List.of("200", "OK", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(
                        withCodeRows(List.of("Description", "Status Code", "Name"), List.of(List.of("", "200", "OK")))))
                .isTrue();
        // An undeclared tag, two names that give one constant, an alias that gives its own name's constant.
        assertThat(SpecGenerator.isValid(withCodeRows(codes.header(), List.of(List.of("200", "OK", "no-store", "")))))
                .isFalse();
        List<String> aliased = List.of("Status Code", "Name", "Aliases", "Description");
        assertThat(SpecGenerator.isValid(withCodeRows(aliased, List.of(List.of("200", "OK", "Fine, Good", "")))))
                .isTrue();
        assertThat(SpecGenerator.isValid(withCodeRows(aliased, List.of(List.of("200", "OK", "Ok", "")))))
                .isFalse();
        assertThat(SpecGenerator.isValid(withCodeRows(
                        aliased, List.of(List.of("200", "OK", "Fine", ""), List.of("404", "Fine", "", "")))))
                .isFalse();
        // References in a form the notation refuses, or that could mean two things.
        List<String> referenced = List.of("Status Code", "Name", "Reference", "Description");
        for (String reference : List.of(
                "[RFC9110, Section 15.5.5]", "[draft-a-b-01]", "[Apache]", "https://a.example/x", "[RFC1][x]")) {
            assertWithMessage(reference)
                    .that(SpecGenerator.isValid(withCodeRows(referenced, List.of(List.of("200", "OK", reference, "")))))
                    .isTrue();
        }
        for (String reference : List.of(
                "http://a.example/",
                "[javascript:x]",
                "[]",
                "[RFC1",
                "RFC1",
                "[/relative]",
                "[rfc1]",
                "[RFC1, section]")) {
            assertWithMessage(reference)
                    .that(SpecGenerator.isValid(withCodeRows(referenced, List.of(List.of("200", "OK", reference, "")))))
                    .isFalse();
        }
    }

    @Test
    void declaredTagsAreValidOnlyWithPredicatesOfTheirOwn() {
        List<String> header = List.of("Status Code", "Name", "Tags", "Description");
        for (String tag : List.of("no-store", "x1xx", "a-1b", "web-dav")) {
            assertWithMessage(tag)
                    .that(SpecGenerator.isValid(withTags(List.of(tag))))
                    .isTrue();
        }
        // Built in, isError(), isK0() of the class K0, isWebdav() of the built-in tag, isA1b() twice, no constant.
        for (List<String> tags : List.of(
                List.of("webdav"),
                List.of("override"),
                List.of("error"),
                List.of("k0"),
                List.of("a1b", "a-1b"),
                List.of("1xx"))) {
            assertWithMessage("%s", tags)
                    .that(SpecGenerator.isValid(withTags(tags)))
                    .isFalse();
        }
        assertThat(SpecGenerator.isValid(new SpecDocument(List.of(
                        SPEC.blocks().get(1),
                        new Table(List.of("Tag", "Description"), List.of(List.of("no-store", ""))),
                        new Table(header, List.of(List.of("200", "OK", "no-store, webdav", "")))))))
                .isTrue();
    }

    @Test
    void aMutatedSpecIsTheValidSpecOfTheSameSeedWithAFewLinesChanged() {
        int changed = 0;
        for (int seed = 0; seed < 100; seed++) {
            Set<String> valid = new HashSet<>(
                    List.of(SpecGenerator.spec(new Random(seed)).text().split("\n", -1)));
            String mutated = SpecGenerator.mutatedSpec(new Random(seed));
            long newLines = Stream.of(mutated.split("\n", -1))
                    .filter(line -> !valid.contains(line))
                    .count();
            assertThat(newLines).isAtMost(3);
            changed += SpecGenerator.spec(new Random(seed)).text().equals(mutated) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(75);
    }

    /** {@link #SPEC}'s class table, a tag table that declares {@code tags}, and a code. */
    private static SpecDocument withTags(List<String> tags) {
        return new SpecDocument(List.of(
                SPEC.blocks().get(1),
                new Table(
                        List.of("Tag", "Description"),
                        tags.stream().map(tag -> List.of(tag, "")).toList()),
                new Table(List.of("Status Code", "Name", "Description"), List.of(List.of("200", "OK", "")))));
    }

    private static SpecDocument withCodeRows(List<String> header, List<List<String>> rows) {
        return new SpecDocument(List.of(SPEC.blocks().get(1), new Table(header, rows)));
    }
}
