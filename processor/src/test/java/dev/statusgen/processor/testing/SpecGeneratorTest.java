package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;

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
    void generatedSpecsAreValidAndCoverTheHazardsTagsAndOptionalColumns() {
        Set<String> hazards = new HashSet<>();
        Set<String> tags = new HashSet<>();
        Set<Integer> codeTableWidths = new HashSet<>();
        Set<Integer> rowCounts = new HashSet<>();
        for (int seed = 0; seed < 500; seed++) {
            SpecDocument spec = SpecGenerator.spec(new Random(seed));
            assertThat(SpecGenerator.isValid(spec)).isTrue();
            String text = spec.text();
            SpecGenerator.HAZARDS.stream().filter(text::contains).forEach(hazards::add);
            SpecGenerator.TAGS.stream().filter(text::contains).forEach(tags::add);
            Table codes = spec.table("Name").orElseThrow();
            codeTableWidths.add(codes.header().size());
            rowCounts.add(codes.rows().size());
        }

        assertThat(hazards).containsExactlyElementsIn(SpecGenerator.HAZARDS);
        assertThat(tags).containsExactlyElementsIn(SpecGenerator.TAGS);
        assertThat(codeTableWidths).containsExactly(3, 4);
        assertThat(rowCounts).containsAtLeast(1, 12);
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

    private static SpecDocument withCodeRows(List<String> header, List<List<String>> rows) {
        return new SpecDocument(List.of(SPEC.blocks().get(1), new Table(header, rows)));
    }
}
