package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.RegistryFile.Quoting;
import dev.statusgen.processor.testing.RegistryFile.Style;
import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class RegistryGeneratorTest {
    private static final List<String> HEADER = List.of("Value", "Description", "Reference");

    /** A registry file in the generator's form: a code, a range, a name with a comma, quotes and a status, (Unused). */
    private static final RegistryFile FILE = new RegistryFile(
            new Table(
                    HEADER,
                    List.of(
                            List.of("100", "Continue", "[RFC9110, Section 15.2.1]"),
                            List.of("101-199", "Unassigned", ""),
                            List.of("299", "Nearly, \"almost\" done (OBSOLETED)", ""),
                            List.of("306", "(Unused)", ""))),
            Style.PLAIN);

    @Test
    void aFileIsWrittenAsCsvWithQuotesWhereTheyAreNeeded() {
        assertThat(FILE.text())
                .isEqualTo("Value,Description,Reference\n"
                        + "100,Continue,\"[RFC9110, Section 15.2.1]\"\n"
                        + "101-199,Unassigned,\n"
                        + "299,\"Nearly, \"\"almost\"\" done (OBSOLETED)\",\n"
                        + "306,(Unused),\n");
    }

    @Test
    void aStyleChangesOnlyTheForm() {
        Style style = new Style(true, List.of("\r\n", "\n"), Quoting.ALL, true, false);

        assertThat(new RegistryFile(FILE.table(), style).text())
                .isEqualTo("\uFEFF\"Value\",\"Description\",\"Reference\"\r\n\r\n"
                        + "\"100\",\"Continue\",\"[RFC9110, Section 15.2.1]\"\n\n"
                        + "\"101-199\",\"Unassigned\",\"\"\r\n\r\n"
                        + "\"299\",\"Nearly, \"\"almost\"\" done (OBSOLETED)\",\"\"\n\n"
                        + "\"306\",\"(Unused)\",\"\"");
    }

    @Test
    void theExpectedTableIsWhatTheRegistryMeans() {
        ExpectedTable expected = RegistryGenerator.expected(FILE);

        assertThat(expected.classifiers()).containsExactlyElementsIn(RegistryGenerator.CLASSIFIERS);
        assertThat(expected.tagPredicates()).isEqualTo(ExpectedTable.BUILT_IN_PREDICATES);
        String registered = "Registered in the IANA HTTP Status Code Registry";
        assertThat(expected.codes())
                .containsExactly(
                        new ExpectedTable.Code(
                                100,
                                "Continue",
                                null,
                                List.of(registered, "RFC 9110, Section 15.2.1"),
                                List.of(),
                                List.of(),
                                List.of(new ReferenceText.Ref(
                                        "RFC 9110, Section 15.2.1",
                                        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.2.1"))),
                        new ExpectedTable.Code(
                                299,
                                "Nearly, \"almost\" done",
                                null,
                                List.of(registered, "(OBSOLETED)"),
                                List.of("deprecated"),
                                List.of(),
                                List.of()),
                        new ExpectedTable.Code(
                                306,
                                "Unused 306",
                                null,
                                List.of(registered, "(Unused)"),
                                List.of("unused"),
                                List.of(),
                                List.of()))
                .inOrder();
    }

    @Test
    void generatedFilesAreValidAndCoverTheFormsOfCsv() {
        Set<String> forms = new HashSet<>();
        Set<List<String>> tags = new HashSet<>();
        for (int seed = 0; seed < 500; seed++) {
            RegistryFile file = RegistryGenerator.registry(new Random(seed));
            assertWithMessage("seed %s: %s", seed, file.text())
                    .that(RegistryGenerator.isValid(file))
                    .isTrue();
            String text = file.text();
            String body = text.substring(text.indexOf('\n'));
            forms.add(file.style().quoting().name());
            if (text.startsWith("\uFEFF")) {
                forms.add("byte order mark");
            }
            if (text.contains("\r\n")) {
                forms.add("CRLF");
            }
            if (text.contains("\n\n") || text.contains("\r\n\r\n")) {
                forms.add("blank lines");
            }
            if (!text.endsWith("\n")) {
                forms.add("no final line end");
            }
            if (body.contains("\"\"")) {
                forms.add("doubled quotes");
            }
            if (text.matches("(?s).*\n[1-9][0-9][0-9]-[1-9][0-9][0-9],.*")) {
                forms.add("range");
            }
            if (!file.table().header().get(0).equals("Value")) {
                forms.add("columns in another order");
            }
            if (file.table().header().contains("Notes")) {
                forms.add("another column");
            }
            for (List<String> row : file.table().rows()) {
                if (file.table().cell(row, "Description").contains("\n")) {
                    forms.add("line end in a name");
                }
            }
            for (ExpectedTable.Code code : RegistryGenerator.expected(file).codes()) {
                tags.add(code.tags());
                if (code.name().startsWith("Unused ")) {
                    forms.add("a status alone");
                }
            }
        }

        assertThat(forms)
                .containsExactly(
                        "NEEDED",
                        "SOME",
                        "ALL",
                        "byte order mark",
                        "CRLF",
                        "blank lines",
                        "no final line end",
                        "doubled quotes",
                        "range",
                        "columns in another order",
                        "another column",
                        "line end in a name",
                        "a status alone");
        assertThat(tags).containsExactly(List.of(), List.of("deprecated"), List.of("experimental"), List.of("unused"));
    }

    @Test
    void validityIsWhatTheGeneratorMakes() {
        assertThat(RegistryGenerator.isValid(FILE)).isTrue();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Continue", ""), List.of("100", "Again", ""))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("600", "Beyond the classes", ""))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", " ", "")))).isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Continue"))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Continue", "http://a.example/"))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("101-199", "Unassigned", ""))))
                .isFalse();
        // Two names that give one constant, and statuses that the generator does not write so.
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Go on", ""), List.of("101", "Go-on", ""))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Continue (obsoleted)", ""))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Continue ( Unused )", ""))))
                .isFalse();
        assertThat(RegistryGenerator.isValid(withRows(List.of("100", "Continue (draft)", ""))))
                .isTrue();
        assertThat(RegistryGenerator.isValid(new RegistryFile(
                        new Table(List.of("Description", "Value"), List.of(List.of("Continue", "100"))), Style.PLAIN)))
                .isTrue();
        assertThat(RegistryGenerator.isValid(new RegistryFile(
                        new Table(List.of("Description", "Reference"), List.of(List.of("Continue", ""))), Style.PLAIN)))
                .isFalse();
    }

    @Test
    void aMutatedFileIsTheValidFileOfTheSameSeedWithAFewLinesChanged() {
        int changed = 0;
        for (int seed = 0; seed < 100; seed++) {
            String valid = RegistryGenerator.registry(new Random(seed)).text();
            Set<String> lines = new HashSet<>(List.of(valid.split("\n", -1)));
            String mutated = RegistryGenerator.mutatedRegistry(new Random(seed));
            assertThat(RegistryGenerator.mutatedRegistry(new Random(seed))).isEqualTo(mutated);
            long newLines = Stream.of(mutated.split("\n", -1))
                    .filter(line -> !lines.contains(line))
                    .count();
            assertThat(newLines).isAtMost(6);
            changed += valid.equals(mutated) ? 0 : 1;
        }
        assertThat(changed).isGreaterThan(75);
    }

    @Test
    void aFileShrinksByItsTableThenTowardsThePlainStyle() {
        RegistryFile styled =
                new RegistryFile(FILE.table(), new Style(true, List.of("\r\n"), Quoting.SOME, true, false));

        List<RegistryFile> shrinks = styled.shrinks().toList();

        assertThat(shrinks.get(0).table().rows()).hasSize(3);
        List<Style> styles = new ArrayList<>();
        for (RegistryFile file : shrinks) {
            if (file.table().equals(FILE.table())) {
                styles.add(file.style());
            }
        }
        assertThat(styles)
                .containsExactly(
                        new Style(false, List.of("\r\n"), Quoting.SOME, true, false),
                        new Style(true, List.of("\n"), Quoting.SOME, true, false),
                        new Style(true, List.of("\r\n"), Quoting.NEEDED, true, false),
                        new Style(true, List.of("\r\n"), Quoting.SOME, false, false),
                        new Style(true, List.of("\r\n"), Quoting.SOME, true, true))
                .inOrder();
        assertThat(new RegistryFile(FILE.table(), Style.PLAIN)
                        .shrinks()
                        .filter(file -> file.table().equals(FILE.table()))
                        .toList())
                .isEmpty();
    }

    @SafeVarargs
    private static RegistryFile withRows(List<String>... rows) {
        List<List<String>> list = new java.util.ArrayList<>();
        for (List<String> row : rows) {
            list.add(row);
        }
        return new RegistryFile(new Table(HEADER, list), Style.PLAIN);
    }
}
