package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
    @Test
    void aValidSpecShrinksToTheOneCellThatFailsInTheSmallestValidSpec() {
        // A spec fails, as a processor bug might, when a name holds the comment end "*/".
        Predicate<SpecDocument> fails = spec -> spec.table("Name").stream()
                .flatMap(t -> t.rows().stream().map(row -> t.cell(row, "Name")))
                .anyMatch(name -> name.contains("*/"));
        SpecDocument failing = IntStream.range(0, 1000)
                .mapToObj(seed -> SpecGenerator.spec(new Random(seed)))
                .filter(fails)
                .filter(spec -> spec.table("Name").orElseThrow().rows().size() > 5)
                .filter(spec -> spec.tables().get(0).rows().size() > 1)
                .findFirst()
                .orElseThrow();

        Shrinker.Result<SpecDocument> shrunk =
                Shrinker.shrink(failing, spec -> spec.shrinks().filter(SpecGenerator::isValid), fails, 10_000);

        assertThat(shrunk.minimal()).isTrue();
        SpecDocument spec = shrunk.value();
        assertThat(SpecGenerator.isValid(spec)).isTrue();
        assertThat(spec.blocks()).hasSize(2);
        Table classes = spec.tables().get(0);
        Table codes = spec.tables().get(1);
        assertThat(classes.rows()).hasSize(1);
        assertThat(classes.cell(classes.rows().get(0), "Class").split(" ")).hasLength(1);
        assertThat(classes.cell(classes.rows().get(0), "Description")).isEmpty();
        assertThat(codes.header()).containsExactly("Status Code", "Name", "Description");
        assertThat(codes.rows()).hasSize(1);
        assertThat(codes.cell(codes.rows().get(0), "Name")).isEqualTo("*/");
        assertThat(codes.cell(codes.rows().get(0), "Description")).isEmpty();
    }

    @Test
    void aTextShrinksToTheFailingCellOfTheFailingLine() {
        String text = "# Title\n\nA | B | C\n---|---|---\n1 | x | 2 |\n3 | y | 4 |\n";
        Predicate<String> fails = t -> Stream.of(t.split("\n"))
                .anyMatch(line -> Stream.of(line.split("\\|"))
                        .anyMatch(cell -> cell.strip().equals("x")));

        Shrinker.Result<String> shrunk = Shrinker.shrink(text, SpecText::shrinks, fails, 10_000);

        assertThat(shrunk.value()).isEqualTo(" x ");
        assertThat(shrunk.minimal()).isTrue();
    }

    @Test
    void shrinkingStopsAtTheLimitOfChecks() {
        Shrinker.Result<String> shrunk =
                Shrinker.shrink("1\n2\n3\n4\n5\n6\n7\n8", SpecText::shrinks, t -> t.contains("8"), 3);

        assertThat(shrunk.checks()).isEqualTo(3);
        assertThat(shrunk.minimal()).isFalse();
        assertThat(shrunk.value()).contains("8");
    }

    @Test
    void eachShrinkOfASpecDeletesOneBlockRowColumnLineCellOrWord() {
        SpecDocument spec = SpecGenerator.spec(new Random(3));
        int size = size(spec);

        List<SpecDocument> shrinks = spec.shrinks().toList();

        assertThat(shrinks).isNotEmpty();
        for (SpecDocument smaller : shrinks) {
            assertThat(size(smaller)).isLessThan(size);
        }
    }

    /** Blocks, lines, rows, cells, words and characters, all counted, however a table renders. */
    private static int size(SpecDocument spec) {
        int size = spec.blocks().size();
        for (SpecDocument.Block block : spec.blocks()) {
            List<List<String>> lines = block instanceof Table table
                    ? Stream.concat(Stream.of(table.header()), table.rows().stream())
                            .toList()
                    : block.lines().stream().map(List::of).toList();
            for (List<String> cells : lines) {
                size++;
                for (String cell : cells) {
                    size += 1 + cell.split(" ", -1).length + cell.length();
                }
            }
        }
        return size;
    }
}
