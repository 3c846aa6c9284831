package dev.statusgen.processor.spec;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.spec.SpecParser.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a Markdown table line splits into cells. */
class CellsTest {

    @Test
    void cellsAreTrimmedWithTheirColumns() {
        assertThat(SpecParser.cells("a | b | c"))
                .containsExactly(new Cell("a", 1), new Cell("b", 5), new Cell("c", 9))
                .inOrder();
        assertThat(SpecParser.cells("404 |  Not Found  |\tGone."))
                .containsExactly(new Cell("404", 1), new Cell("Not Found", 8), new Cell("Gone.", 21))
                .inOrder();
    }

    @Test
    void outerPipesAreOptional() {
        List<Cell> expected = List.of(new Cell("a", 3), new Cell("b", 7));
        assertThat(SpecParser.cells("| a | b |")).isEqualTo(expected);
        assertThat(SpecParser.cells("| a | b")).isEqualTo(expected);
        assertThat(SpecParser.cells("  | a | b |  ").stream().map(Cell::text).toList())
                .containsExactly("a", "b")
                .inOrder();
        assertThat(SpecParser.cells("a | b |")).containsExactly(new Cell("a", 1), new Cell("b", 5));
    }

    @Test
    void anEscapedPipeIsText() {
        assertThat(SpecParser.cells("a \\| b | c"))
                .containsExactly(new Cell("a | b", 1), new Cell("c", 10))
                .inOrder();
        assertThat(SpecParser.cells("a | b \\|"))
                .containsExactly(new Cell("a", 1), new Cell("b |", 5))
                .inOrder();
    }

    @Test
    void anEscapedBackslashBeforeAPipeLeavesThePipeASeparator() {
        assertThat(SpecParser.cells("a \\\\| b"))
                .containsExactly(new Cell("a \\\\", 1), new Cell("b", 7))
                .inOrder();
        assertThat(SpecParser.cells("C:\\path | x"))
                .containsExactly(new Cell("C:\\path", 1), new Cell("x", 11))
                .inOrder();
    }

    @Test
    void emptyCellsKeepTheirPlace() {
        assertThat(SpecParser.cells("a || b").stream().map(Cell::text).toList())
                .containsExactly("a", "", "b")
                .inOrder();
        assertThat(SpecParser.cells("200 | OK | | Fine.").stream()
                        .map(Cell::text)
                        .toList())
                .containsExactly("200", "OK", "", "Fine.")
                .inOrder();
        assertThat(SpecParser.cells("|")).containsExactly(new Cell("", 2));
    }

    @Test
    void columnsCountCharactersAsTheLineHasThem() {
        assertThat(SpecParser.cells("\u00e9t\u00e9 | b").get(1)).isEqualTo(new Cell("b", 7));
        assertThat(SpecParser.cells("\ud83d\ude00 | b").get(1)).isEqualTo(new Cell("b", 6));
    }

    @Test
    void separatorRowsAreDashCellsWithOptionalColonsAndPipes() {
        for (String row : List.of("---|---", "|---|---|", " | :--- | ---: | :-: | ", "-", "|-|", "\t---\t|\t---")) {
            assertWithMessage(row).that(SpecParser.isSeparatorRow(row)).isTrue();
        }
        for (String row :
                List.of("", "|", "||", "---||---", "--- x", "::--", "-:-", "| Name | --- |", "\u00a0---|---")) {
            assertWithMessage(row).that(SpecParser.isSeparatorRow(row)).isFalse();
        }
    }

    @Test
    void codesAreThreeDigitsFrom100() {
        assertThat(List.of("100", "404", "999").stream().allMatch(SpecParser::isCode))
                .isTrue();
        assertThat(List.of("099", "40", "1000", "4O4", "", " 404", "\u0664\u0660\u0664").stream()
                        .anyMatch(SpecParser::isCode))
                .isFalse();
    }
}
