package dev.statusgen.processor.spec;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.testing.Resources;
import dev.statusgen.processor.testing.SeedTable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The parser and validator on the real spec files: the bundled standard table and the seed document. */
class SpecParserTest {
    private static final String STANDARD = Resources.text(Resources.STANDARD);
    /** The tags that stand for the markers of the seed's descriptions, such as its WebDAV prefix. */
    private static final List<String> SEED_MARKERS =
            List.of("webdav", "experimental", "deprecated", "unused", "non-standard");

    @Test
    void theSeedDocumentItselfIsAValidSpec() {
        StatusTable table = valid("http-status-table.txt", SeedTable.TEXT);
        assertThat(table.classes()).hasSize(5);
        assertThat(table.codes()).hasSize(65);
    }

    @Test
    void theStandardSpecKeepsEverySeedRowWordForWordWithMarkersAsTags() {
        StatusTable table = valid("http-status-codes.md", STANDARD);
        Map<Integer, StatusCode> codes = table.codes().stream().collect(Collectors.toMap(StatusCode::code, c -> c));
        for (SeedTable.Row row : SeedTable.ROWS) {
            StatusCode code = codes.get(row.code());
            assertThat(code.name()).isEqualTo(row.name());
            assertThat(code.description()).isEqualTo(row.description());
            assertThat(code.tags().stream().filter(SEED_MARKERS::contains).toList())
                    .containsExactlyElementsIn(row.tags());
        }
        assertThat(SeedTable.ROWS).hasSize(65);
        assertThat(codes.keySet()).hasSize(65);
    }

    @Test
    void theStandardSpecTagsWhatTheDescriptionsSay() {
        Map<Integer, List<String>> tagged = valid("http-status-codes.md", STANDARD).codes().stream()
                .filter(c -> c.tags().stream().anyMatch(SEED_MARKERS::contains))
                .collect(Collectors.toMap(
                        StatusCode::code,
                        c -> c.tags().stream().filter(SEED_MARKERS::contains).toList()));
        assertThat(tagged)
                .containsExactly(
                        102,
                        List.of("webdav"),
                        207,
                        List.of("webdav"),
                        208,
                        List.of("webdav"),
                        305,
                        List.of("deprecated"),
                        306,
                        List.of("unused"),
                        422,
                        List.of("webdav"),
                        423,
                        List.of("webdav"),
                        424,
                        List.of("webdav"),
                        425,
                        List.of("experimental"),
                        449,
                        List.of("non-standard"),
                        507,
                        List.of("webdav"),
                        508,
                        List.of("webdav"),
                        509,
                        List.of("non-standard"));
    }

    @Test
    void theStandardClassesKeepTheSeedsNamesAndDescriptions() {
        List<StatusClass> classes = valid("http-status-codes.md", STANDARD).classes();
        assertThat(classes.stream().map(StatusClass::id).toList())
                .containsExactly("INFORMATIONAL", "SUCCESSFUL", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR")
                .inOrder();
        for (StatusClass c : classes) {
            assertThat(SeedTable.TEXT)
                    .contains(c.firstCode() + " - " + c.lastCode() + " | " + c.name() + " | " + c.description() + " |");
        }
    }

    @Test
    void nonStandardTaggedCodesAreNotStandard() {
        Map<Integer, Boolean> standard = valid("http-status-codes.md", STANDARD).codes().stream()
                .collect(Collectors.toMap(StatusCode::code, StatusCode::isStandard));
        assertThat(standard.get(449)).isFalse();
        assertThat(standard.get(509)).isFalse();
        assertThat(standard.get(404)).isTrue();
        assertThat(standard.values().stream().filter(s -> !s).count()).isEqualTo(2);
    }

    private static StatusTable valid(String file, String text) {
        Problems problems = new Problems();
        StatusTable table = SpecValidator.compose(
                        List.of(SpecParser.parse(file, SpecDecoder.text(text), problems)), file, problems)
                .orElse(null);
        assertThat(problems.sorted()).isEmpty();
        return table;
    }
}
