package dev.statusgen.processor.testing;

import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A registry file as the fuzz tests build it: a table of fields under a header ({@code Value,Description,Reference}
 * in any order, and maybe other columns), written as RFC 4180 CSV in a {@link Style} ({@link #text()}), and shrunk
 * as a {@link SpecDocument} table is, then towards the plainest style ({@link #shrinks()}).
 *
 * @param table the header and the rows, each field as it reads, unquoted
 * @param style how the CSV is written
 */
public record RegistryFile(Table table, Style style) {
    /**
     * How a registry file is written, in the forms that RFC 4180 and the registry's readers allow.
     *
     * @param byteOrderMark whether the file starts with U+FEFF
     * @param lineEnds the line end of each record, in turn: {@code \n} or {@code \r\n}
     * @param quoting which fields are quoted beside those that must be
     * @param blankLines whether a blank line follows each record
     * @param finalLineEnd whether the last record has a line end
     */
    public record Style(
            boolean byteOrderMark, List<String> lineEnds, Quoting quoting, boolean blankLines, boolean finalLineEnd) {
        /** The plainest style: no byte order mark, LF, quotes only where they must be, no blank line. */
        public static final Style PLAIN = new Style(false, List.of("\n"), Quoting.NEEDED, false, true);

        /** Copies the line ends, of which there is at least one. */
        public Style {
            lineEnds = List.copyOf(lineEnds);
            if (lineEnds.isEmpty()) {
                throw new IllegalArgumentException("no line end");
            }
        }
    }

    /** Which fields are quoted beside those that must be: those with a comma, a quote or a line end. */
    public enum Quoting {
        /** None. */
        NEEDED,
        /** Every third one, by its row and column. */
        SOME,
        /** All of them. */
        ALL
    }

    /** The file's text. */
    public String text() {
        StringBuilder out = new StringBuilder(style.byteOrderMark() ? "\uFEFF" : "");
        List<List<String>> records = new ArrayList<>();
        records.add(table.header());
        records.addAll(table.rows());
        for (int r = 0; r < records.size(); r++) {
            List<String> fields = records.get(r);
            for (int c = 0; c < fields.size(); c++) {
                out.append(c == 0 ? "" : ",").append(field(fields.get(c), r, c));
            }
            String end = style.lineEnds().get(r % style.lineEnds().size());
            if (r + 1 < records.size() || style.finalLineEnd()) {
                out.append(end);
            }
            if (style.blankLines() && r + 1 < records.size()) {
                out.append(end);
            }
        }
        return out.toString();
    }

    private String field(String text, int row, int column) {
        boolean needed =
                text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        boolean quoted = needed
                || switch (style.quoting()) {
                    case NEEDED -> false;
                    case SOME -> (row * 31 + column * 17) % 3 == 0;
                    case ALL -> true;
                };
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /**
     * The files one deletion smaller than this one, biggest first: the table's shrinks as a
     * {@link SpecDocument}'s (a row, a column, a field, a word), then the same table in a plainer style.
     */
    public Stream<RegistryFile> shrinks() {
        Stream<RegistryFile> smallerTables = new SpecDocument(List.of(table))
                .shrinks()
                .filter(document -> document.tables().size() == 1)
                .map(document -> new RegistryFile(document.tables().get(0), style));
        List<Style> plainer = new ArrayList<>();
        Style plain = Style.PLAIN;
        if (style.byteOrderMark()) {
            plainer.add(new Style(false, style.lineEnds(), style.quoting(), style.blankLines(), style.finalLineEnd()));
        }
        if (!style.lineEnds().equals(plain.lineEnds())) {
            plainer.add(new Style(
                    style.byteOrderMark(),
                    plain.lineEnds(),
                    style.quoting(),
                    style.blankLines(),
                    style.finalLineEnd()));
        }
        if (style.quoting() != plain.quoting()) {
            plainer.add(new Style(
                    style.byteOrderMark(),
                    style.lineEnds(),
                    plain.quoting(),
                    style.blankLines(),
                    style.finalLineEnd()));
        }
        if (style.blankLines()) {
            plainer.add(
                    new Style(style.byteOrderMark(), style.lineEnds(), style.quoting(), false, style.finalLineEnd()));
        }
        if (!style.finalLineEnd()) {
            plainer.add(new Style(style.byteOrderMark(), style.lineEnds(), style.quoting(), style.blankLines(), true));
        }
        return Stream.concat(smallerTables, plainer.stream().map(s -> new RegistryFile(table, s)));
    }
}
