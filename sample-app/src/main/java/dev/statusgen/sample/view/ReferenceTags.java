package dev.statusgen.sample.view;

import java.util.ArrayList;
import java.util.List;

/**
 * The tags of the generated Markdown reference, read from its {@code ## Tags} table: every tag that some code
 * carries, built in or declared by the spec, and every tag that the spec declares, in the reference's order. The
 * generated code has the tags of each code but not what a tag means; the reference has both.
 *
 * <p>The reference escapes spec text for Markdown with backslashes ({@code \|}, {@code \<}, {@code \\}); the
 * descriptions read here are the spec's text again.
 */
final class ReferenceTags {
    private static final String HEADING = "## Tags";

    /**
     * A tag of the reference.
     *
     * @param id the tag, such as {@code cacheable}
     * @param description what it means
     */
    record Tag(String id, String description) {}

    private ReferenceTags() {}

    /**
     * The tags of a reference, found by the {@code Tag} and {@code Description} columns of the table under its
     * {@code ## Tags} heading; none if it has no such heading, as for a table without tags.
     */
    static List<Tag> read(String markdown) {
        List<String> lines = markdown.lines().toList();
        int heading = lines.indexOf(HEADING);
        if (heading < 0) {
            return List.of();
        }
        int header = heading + 1;
        while (header < lines.size() && lines.get(header).isBlank()) {
            header++;
        }
        List<String> columns = header < lines.size() ? cells(lines.get(header)) : List.of();
        int id = column(columns, "Tag");
        int description = column(columns, "Description");
        List<Tag> tags = new ArrayList<>();
        for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            List<String> row = cells(lines.get(i));
            tags.add(new Tag(row.get(id), row.get(description)));
        }
        return List.copyOf(tags);
    }

    private static int column(List<String> columns, String name) {
        int column = columns.indexOf(name);
        if (column < 0) {
            throw new IllegalArgumentException("The table under " + HEADING + " has no column " + name);
        }
        return column;
    }

    /**
     * The cells of a table row such as {@code | a \| b | c |}, stripped, without the escapes: a backslash stands
     * for the character after it, and only an unescaped pipe ends a cell.
     */
    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String text = row.strip();
        int start = text.startsWith("|") ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                cell.append(text.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }
}
