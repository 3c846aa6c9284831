package dev.statusgen.processor.testing;

import dev.statusgen.processor.model.Identifiers;
import dev.statusgen.processor.testing.SpecDocument.Prose;
import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random specs for the fuzz tests, from a seeded {@link Random}: valid ones ({@link #spec}), which compile, and
 * the texts of mutated ones ({@link #mutatedSpec}), which need not. {@link #isValid} says which specs this
 * generator could have made, so that shrinking a valid spec keeps it valid.
 *
 * <p>A valid spec has a heading, a class table of one to three classes that share the codes from a random one up
 * to 999, a line of prose, and a code table of one to twelve codes in those classes. Each table's columns are
 * listed in {@link #CLASS_COLUMNS} and {@link #CODE_COLUMNS}, with which cells are valid in each and whether a
 * spec may leave the column out: a new column is a new entry there and a cell in each row that
 * {@code classTable} or {@code codeTable} makes; a new table, a new list of columns, a method that makes the
 * table, and a line in {@link #spec} and in {@link #isValid}. Cells are built from {@link #HAZARDS}, text that has
 * broken generators before, and random characters.
 */
public final class SpecGenerator {
    /** Text that has broken generators before: comment ends, unicode escapes, tags, HTML, format characters. */
    public static final List<String> HAZARDS = List.of(
            "*/",
            "/*",
            "\\u002A/",
            "\\u000a",
            "\\",
            "\\\\",
            "@param",
            "@deprecated",
            "{@link String}",
            "{@code x}",
            "<b>",
            "</p>",
            "<script>",
            "&",
            "&amp;",
            "\"",
            "'",
            "$L",
            "$S",
            "$$",
            "%s",
            "%n",
            "%",
            "ünï",
            "名前",
            "😀",
            "\u202e",
            "\t",
            "\u0000",
            "\u2028",
            "class",
            "3D",
            "!!!",
            "-",
            "_",
            "\\| pipe",
            "---",
            ":---:",
            "#",
            "`",
            "[x](y)",
            "Status Code");

    /** The tags a code can have, in the order in which a Tags cell lists them. */
    public static final List<String> TAGS = List.of("webdav", "experimental", "deprecated", "unused", "non-standard");

    /**
     * A column of a generated table.
     *
     * @param header its header
     * @param optional whether a spec may leave it out
     * @param valid which of its cells this generator makes
     */
    public record Column(String header, boolean optional, Predicate<String> valid) {}

    private static final Pattern CODE = Pattern.compile("[1-9][0-9][0-9]");
    private static final Pattern RANGE = Pattern.compile("([1-9][0-9][0-9]) - ([1-9][0-9][0-9])");

    /** The class table's columns, in order. */
    public static final List<Column> CLASS_COLUMNS = List.of(
            new Column("Status Code", false, cell -> range(cell) != null),
            new Column("Id", false, cell -> cell.matches("K[0-9]+")),
            new Column("Class", false, cell -> isText(cell) && !cell.strip().isEmpty()),
            new Column("Description", false, SpecGenerator::isText));

    /** The code table's columns, in order. */
    public static final List<Column> CODE_COLUMNS = List.of(
            new Column("Status Code", false, cell -> CODE.matcher(cell).matches()),
            new Column("Name", false, cell -> isText(cell) && !cell.strip().isEmpty()),
            new Column("Tags", true, SpecGenerator::isTagList),
            new Column("Description", false, SpecGenerator::isText));

    /** Characters that random text leaves out: line ends, and the pipe, which only escaped hazards bring. */
    private static final String NOT_IN_TEXT = "|\n\r\u0085";

    /** The characters that mutations put into a line. */
    private static final List<Character> MUTANTS =
            List.of('|', '-', ':', ' ', '0', '9', 'x', '\\', '\u00e9', '\uFEFF', '\t');

    private SpecGenerator() {}

    /** A valid spec: one that compiles lint-clean, and whose code table's rows the generated enum holds. */
    public static SpecDocument spec(Random random) {
        List<int[]> ranges = ranges(random);
        return new SpecDocument(List.of(
                new Prose(List.of("# Fuzz")),
                classTable(random, ranges),
                new Prose(List.of("Some prose.")),
                codeTable(random, ranges)));
    }

    /**
     * The text of a valid spec after one to three random mutations of its lines: a cell deleted, duplicated or
     * swapped with another, a character changed, a line cut short, deleted or duplicated.
     */
    public static String mutatedSpec(Random random) {
        List<String> lines = new ArrayList<>(List.of(spec(random).text().split("\n", -1)));
        for (int m = between(random, 1, 3); m > 0; m--) {
            Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
            mutation.apply(
                    lines,
                    between(random, 0, 1000),
                    between(random, 0, 1000),
                    MUTANTS.get(random.nextInt(MUTANTS.size())));
        }
        return String.join("\n", lines);
    }

    /**
     * Whether this generator could have made {@code spec} with {@link #spec}, leaving aside the prose: a class
     * table and a code table, each with its columns in order, less optional ones, and at least one row, each row
     * with a valid cell in each column; codes unique and each in a class; names that give distinct constants.
     */
    public static boolean isValid(SpecDocument spec) {
        List<Table> tables = spec.tables();
        if (tables.size() != 2 || !fits(tables.get(0), CLASS_COLUMNS) || !fits(tables.get(1), CODE_COLUMNS)) {
            return false;
        }
        Table classes = tables.get(0);
        Table codes = tables.get(1);
        List<int[]> ranges = classes.rows().stream()
                .map(row -> range(classes.cell(row, "Status Code")))
                .toList();
        Set<Integer> seen = new HashSet<>();
        Set<String> constants = new HashSet<>();
        for (List<String> row : codes.rows()) {
            int code = Integer.parseInt(codes.cell(row, "Status Code"));
            String constant = Identifiers.constantName(unescape(codes.cell(row, "Name")), code);
            if (!seen.add(code) || ranges.stream().noneMatch(r -> r[0] <= code && code <= r[1])) {
                return false;
            }
            if (!constants.add(constant)) {
                return false;
            }
        }
        return true;
    }

    /** A cell's text as the spec means it: with {@code \|} read as a pipe, and stripped. */
    public static String unescape(String cell) {
        return cell.replace("\\|", "|").strip();
    }

    /** Whether {@code table} has {@code columns}, less optional ones, and rows of valid cells under them. */
    private static boolean fits(Table table, List<Column> columns) {
        List<Column> present = columns.stream()
                .filter(c -> !c.optional() || table.header().contains(c.header()))
                .toList();
        if (!table.header().equals(present.stream().map(Column::header).toList())
                || table.rows().isEmpty()) {
            return false;
        }
        for (List<String> row : table.rows()) {
            if (row.size() != present.size()) {
                return false;
            }
            for (int c = 0; c < row.size(); c++) {
                if (!present.get(c).valid().test(row.get(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One to three ranges that split the codes from a random first one to 999. */
    private static List<int[]> ranges(Random random) {
        int count = between(random, 1, 3);
        TreeSet<Integer> starts = new TreeSet<>();
        while (starts.size() < count) {
            starts.add(between(random, 100, 998));
        }
        List<Integer> bounds = new ArrayList<>(starts);
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < bounds.size(); i++) {
            int last = i + 1 < bounds.size() ? bounds.get(i + 1) - 1 : 999;
            ranges.add(new int[] {bounds.get(i), last});
        }
        return ranges;
    }

    private static Table classTable(Random random, List<int[]> ranges) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            String name = text(random);
            rows.add(List.of(
                    ranges.get(i)[0] + " - " + ranges.get(i)[1],
                    "K" + i,
                    name.strip().isEmpty() ? "Class" : name,
                    "Class " + i));
        }
        return new Table(CLASS_COLUMNS.stream().map(Column::header).toList(), rows);
    }

    /**
     * One to twelve codes with unique numbers in the ranges, each named with a word added if an earlier name
     * gives the same constant, with random tags and description. The Tags column is left out of one spec in four.
     */
    private static Table codeTable(Random random, List<int[]> ranges) {
        boolean tagged = random.nextInt(4) != 0;
        int size = between(random, 1, 12);
        Set<Integer> codes = new HashSet<>();
        Set<String> constants = new HashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (int attempt = 0; rows.size() < size && attempt < 10 * size; attempt++) {
            int[] range = ranges.get(random.nextInt(ranges.size()));
            int code = between(random, range[0], range[1]);
            String name = nonBlankText(random);
            String tags = tags(random);
            String description = text(random);
            if (!codes.add(code)) {
                continue;
            }
            if (!constants.add(Identifiers.constantName(unescape(name), code))) {
                name = name + " Code" + code;
                constants.add(Identifiers.constantName(unescape(name), code));
            }
            rows.add(
                    tagged
                            ? List.of(Integer.toString(code), name, tags, description)
                            : List.of(Integer.toString(code), name, description));
        }
        List<String> header = CODE_COLUMNS.stream()
                .filter(c -> tagged || !c.optional())
                .map(Column::header)
                .toList();
        return new Table(header, rows);
    }

    /** Up to three tags, in {@link #TAGS} order, as a Tags cell lists them. */
    private static String tags(Random random) {
        Set<String> chosen = new HashSet<>();
        for (int n = between(random, 0, 3); n > 0; n--) {
            chosen.add(TAGS.get(random.nextInt(TAGS.size())));
        }
        return String.join(", ", TAGS.stream().filter(chosen::contains).toList());
    }

    private static boolean isTagList(String cell) {
        if (cell.isEmpty()) {
            return true;
        }
        List<String> tags = List.of(cell.split(", ", -1));
        List<Integer> order = tags.stream().map(TAGS::indexOf).toList();
        List<Integer> sorted = new ArrayList<>(order);
        Collections.sort(sorted);
        return !order.contains(-1) && order.equals(sorted) && new HashSet<>(order).size() == order.size();
    }

    /** The first and last code of a class table's range cell, or null if it is not one. */
    private static int[] range(String cell) {
        Matcher m = RANGE.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        return first <= last ? new int[] {first, last} : null;
    }

    /**
     * Random text: one to six parts, each a hazard, random characters or a word, joined by spaces; never ending
     * with a backslash.
     */
    static String text(Random random) {
        while (true) {
            List<String> parts = new ArrayList<>();
            for (int n = between(random, 1, 6); n > 0; n--) {
                parts.add(
                        switch (random.nextInt(3)) {
                            case 0 -> HAZARDS.get(random.nextInt(HAZARDS.size()));
                            case 1 -> characters(random, between(random, 0, 12));
                            default -> word(random, between(random, 1, 8));
                        });
            }
            String text = String.join(" ", parts);
            if (isText(text)) {
                return text;
            }
        }
    }

    private static String nonBlankText(Random random) {
        String text = text(random);
        return text.strip().isEmpty() ? nonBlankText(random) : text;
    }

    /**
     * Whether {@code cell} is text as {@link #text} makes it: no line end, no pipe but an escaped one, no
     * backslash at the end.
     */
    private static boolean isText(String cell) {
        int backslashes = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '|' ? backslashes % 2 == 0 : NOT_IN_TEXT.indexOf(c) >= 0) {
                return false;
            }
            backslashes = c == '\\' ? backslashes + 1 : 0;
        }
        return backslashes == 0;
    }

    /** Random characters from the space up to the surrogates, but those of {@link #NOT_IN_TEXT}. */
    private static String characters(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        while (out.length() < length) {
            char c = (char) (' ' + random.nextInt('\uD7FF' - ' ' + 1));
            if (NOT_IN_TEXT.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String word(Random random, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = (char) ('a' + random.nextInt(26));
            out.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    /** A number from {@code min} to {@code max}; one time in eight, one of the two bounds, which find most bugs. */
    static int between(Random random, int min, int max) {
        if (random.nextInt(8) == 0) {
            return random.nextBoolean() ? min : max;
        }
        return min + random.nextInt(max - min + 1);
    }

    /** How a mutation changes a spec's lines, at a line and a cell or character chosen by two random numbers. */
    private enum Mutation {
        DELETE_CELL,
        DUPLICATE_CELL,
        SWAP_CELLS,
        CHANGE_CHARACTER,
        CUT_LINE,
        DELETE_LINE,
        DUPLICATE_LINE;

        void apply(List<String> lines, int a, int b, char character) {
            if (lines.isEmpty()) {
                return;
            }
            int index = a % lines.size();
            String line = lines.get(index);
            List<String> cells = new ArrayList<>(List.of(line.split("\\|", -1)));
            switch (this) {
                case DELETE_CELL -> {
                    cells.remove(b % cells.size());
                    lines.set(index, String.join("|", cells));
                }
                case DUPLICATE_CELL -> {
                    int cell = b % cells.size();
                    cells.add(cell, cells.get(cell));
                    lines.set(index, String.join("|", cells));
                }
                case SWAP_CELLS -> {
                    Collections.swap(cells, b % cells.size(), (b / 7) % cells.size());
                    lines.set(index, String.join("|", cells));
                }
                case CHANGE_CHARACTER -> {
                    if (!line.isEmpty()) {
                        int at = b % line.length();
                        lines.set(index, line.substring(0, at) + character + line.substring(at + 1));
                    }
                }
                case CUT_LINE -> lines.set(index, line.substring(0, line.isEmpty() ? 0 : b % line.length()));
                case DELETE_LINE -> lines.remove(index);
                case DUPLICATE_LINE -> lines.add(index, line);
            }
        }
    }
}
