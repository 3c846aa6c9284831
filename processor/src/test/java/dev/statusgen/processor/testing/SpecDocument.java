package dev.statusgen.processor.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A Markdown spec as the fuzz tests build it: blocks of prose and tables, which render to the spec's text
 * ({@link #text()}) and shrink by deleting lines, cells and words ({@link #shrinks()}).
 *
 * <p>Tables are kept as cells under a header rather than as text, so that a test reads a row's cell by its
 * column's header ({@link Table#cell}), whatever shrinking deleted, and knows what the generated code must hold
 * without parsing Markdown itself. A new kind of table is a new {@link Table} with its own header; a new column,
 * a new header cell and a cell in each row; another format, such as a CSV registry file, another rendering of
 * the same tables beside {@link #text()}, with the same shrinks.
 *
 * @param blocks the spec's blocks, in order
 */
public record SpecDocument(List<Block> blocks) {
    /** Copies the blocks. */
    public SpecDocument {
        blocks = List.copyOf(blocks);
    }

    /** A part of a spec: prose or a table. */
    public sealed interface Block permits Prose, Table {
        /** The block's lines of text, without line ends. */
        List<String> lines();
    }

    /**
     * Lines of text outside tables, such as a heading.
     *
     * @param lines the lines, without line ends
     */
    public record Prose(List<String> lines) implements Block {
        /** Copies the lines. */
        public Prose {
            lines = List.copyOf(lines);
        }
    }

    /**
     * A table: a header row, and rows of cells under it. Rendered as {@code A | B}, a separator row
     * {@code ---|---}, and rows {@code a | b |}, or {@code | | b |} when the first cell is blank, which a leading
     * pipe keeps from reading as no cell; cells are rendered as they are, so a pipe in one must be escaped
     * ({@code \|}).
     *
     * @param header the header's cells
     * @param rows the rows' cells; a shrunk row can have fewer cells than the header
     */
    public record Table(List<String> header, List<List<String>> rows) implements Block {
        /** Copies the header and the rows. */
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().<List<String>>map(List::copyOf).toList();
        }

        /**
         * The cell of {@code row} in the column headed {@code column}, or {@code ""} if the table has no such
         * column or the row no cell in it.
         */
        public String cell(List<String> row, String column) {
            int index = header.indexOf(column);
            return index >= 0 && index < row.size() ? row.get(index) : "";
        }

        @Override
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.join(" | ", header));
            lines.add(String.join("|", Collections.nCopies(header.size(), "---")));
            for (List<String> row : rows) {
                String line = String.join(" | ", row) + " |";
                lines.add(!row.isEmpty() && row.get(0).strip().isEmpty() ? "| " + line : line);
            }
            return lines;
        }

        private Table withoutRow(int r) {
            return new Table(header, without(rows, r));
        }

        private Table withoutColumn(int c) {
            return new Table(
                    without(header, c),
                    rows.stream()
                            .map(row -> c < row.size() ? without(row, c) : row)
                            .toList());
        }

        private Table withRow(int r, List<String> row) {
            return new Table(header, with(rows, r, row));
        }
    }

    /** The tables, in order. */
    public List<Table> tables() {
        return blocks.stream()
                .filter(Table.class::isInstance)
                .map(Table.class::cast)
                .toList();
    }

    /** The first table with a column headed {@code column}. */
    public Optional<Table> table(String column) {
        return tables().stream().filter(t -> t.header().contains(column)).findFirst();
    }

    /** The spec's text: each block's lines, a blank line between blocks, each line ended by a line feed. */
    public String text() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            if (out.length() > 0) {
                out.append('\n');
            }
            for (String line : block.lines()) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The specs one deletion smaller than this one, biggest deletions first: without a block; without a table
     * row; without a table column (its header cell and its cell in each row); without a prose line; without one
     * cell of a row; without one word (a space-separated part) of a cell. Many of them are not well-formed
     * specs; a test that needs well-formed ones filters them.
     */
    public Stream<SpecDocument> shrinks() {
        List<SpecDocument> blockDeletions = new ArrayList<>();
        List<SpecDocument> rowDeletions = new ArrayList<>();
        List<SpecDocument> columnDeletions = new ArrayList<>();
        List<SpecDocument> lineDeletions = new ArrayList<>();
        List<SpecDocument> cellDeletions = new ArrayList<>();
        List<SpecDocument> wordDeletions = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            blockDeletions.add(new SpecDocument(without(blocks, b)));
            if (blocks.get(b) instanceof Prose prose) {
                for (int l = 0; l < prose.lines().size(); l++) {
                    lineDeletions.add(withBlock(b, new Prose(without(prose.lines(), l))));
                }
            } else if (blocks.get(b) instanceof Table table) {
                for (int c = 0; table.header().size() > 1 && c < table.header().size(); c++) {
                    columnDeletions.add(withBlock(b, table.withoutColumn(c)));
                }
                for (int r = 0; r < table.rows().size(); r++) {
                    List<String> row = table.rows().get(r);
                    rowDeletions.add(withBlock(b, table.withoutRow(r)));
                    for (int c = 0; c < row.size(); c++) {
                        if (row.size() > 1) {
                            cellDeletions.add(withBlock(b, table.withRow(r, without(row, c))));
                        }
                        List<String> words = List.of(row.get(c).split(" ", -1));
                        for (int w = 0; !row.get(c).isEmpty() && w < words.size(); w++) {
                            String shorter = String.join(" ", without(words, w));
                            wordDeletions.add(withBlock(b, table.withRow(r, with(row, c, shorter))));
                        }
                    }
                }
            }
        }
        return Stream.of(blockDeletions, rowDeletions, columnDeletions, lineDeletions, cellDeletions, wordDeletions)
                .flatMap(List::stream);
    }

    private SpecDocument withBlock(int b, Block block) {
        return new SpecDocument(with(blocks, b, block));
    }

    private static <E> List<E> without(List<E> list, int index) {
        List<E> copy = new ArrayList<>(list);
        copy.remove(index);
        return copy;
    }

    private static <E> List<E> with(List<E> list, int index, E element) {
        List<E> copy = new ArrayList<>(list);
        copy.set(index, element);
        return copy;
    }
}
