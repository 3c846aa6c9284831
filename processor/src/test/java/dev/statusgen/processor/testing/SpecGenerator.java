package dev.statusgen.processor.testing;

import dev.statusgen.processor.testing.SpecDocument.Prose;
import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random Markdown specs for the fuzz tests, from a seeded {@link Random}: valid ones ({@link #spec}), which
 * compile, and the texts of mutated ones ({@link #mutatedSpec}), which need not. {@link #isValid} says which specs
 * this generator could have made, so that shrinking a valid spec keeps it valid, and {@link #expected} what the
 * generated API of a valid one holds.
 *
 * <p>A valid spec has a heading, a class table of one to three classes that share the codes from a random one up
 * to 999, in one spec of two a tag table that declares one to four tags, a line of prose, and one or two code
 * tables of one to twelve codes in all, in those classes. Each table's columns are listed in
 * {@link #CLASS_COLUMNS}, {@link #TAG_COLUMNS} and {@link #CODE_COLUMNS}, with which cells are valid in each and
 * whether a spec may leave the column out; a code table's columns come in a random order one time in three. A
 * new column is a new entry there and a cell in each row that {@code classTable}, {@code tagTable} or
 * {@code codeTables} makes, and what it means in {@link #expected}. Cells are built from {@link #HAZARDS}, text
 * that has broken generators before, and random characters; references from {@link ReferenceText}.
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

    /** The built-in tags that a code of a spec that is layered over none can carry. */
    public static final List<String> TAGS = List.of("webdav", "experimental", "deprecated", "unused", "non-standard");

    /**
     * Words of declared tag ids, beside random ones: words whose predicate a generated method, a class or a
     * built-in tag already has ({@code error}, {@code k0}, {@code webdav}), and words that give the same predicate
     * in two ids ({@code a-1b} and {@code a1b}).
     */
    public static final List<String> TAG_WORDS = List.of(
            "error",
            "valid",
            "standard",
            "k0",
            "k1",
            "k2",
            "web",
            "dav",
            "webdav",
            "override",
            "non",
            "no",
            "content",
            "1xx",
            "a",
            "1b",
            "a1b");

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
    private static final Pattern TAG_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern CLASS_ID = Pattern.compile("K[0-9]+");

    /** The class table's columns, in order. */
    public static final List<Column> CLASS_COLUMNS = List.of(
            new Column("Status Code", false, cell -> range(cell) != null),
            new Column("Id", false, cell -> CLASS_ID.matcher(cell).matches()),
            new Column("Class", false, cell -> isText(cell) && !cell.strip().isEmpty()),
            new Column("Description", false, SpecGenerator::isText));

    /** The tag table's columns, in order. */
    public static final List<Column> TAG_COLUMNS = List.of(
            new Column("Tag", false, cell -> TAG_ID.matcher(cell).matches()),
            new Column("Description", false, SpecGenerator::isText));

    /** The code table's columns, in their usual order. */
    public static final List<Column> CODE_COLUMNS = List.of(
            new Column("Status Code", false, cell -> CODE.matcher(cell).matches()),
            new Column("Name", false, cell -> isText(cell) && !cell.strip().isEmpty()),
            new Column("Tags", true, SpecGenerator::isList),
            new Column("Aliases", true, SpecGenerator::isList),
            new Column(
                    "Reference",
                    true,
                    cell -> isText(cell) && ReferenceText.read(unescape(cell)).isPresent()),
            new Column("Description", false, SpecGenerator::isText));

    /** The predicates that no declared tag may give: generated methods', built-in tags' and the classes'. */
    private static final Set<String> RESERVED_PREDICATES = Set.of(
            "isStandard",
            "isError",
            "isValid",
            "isWebdav",
            "isExperimental",
            "isDeprecated",
            "isUnused",
            "isNonStandard",
            "isOverride");

    /** Characters that random text leaves out: line ends, and the pipe, which only escaped hazards bring. */
    private static final String NOT_IN_TEXT = "|\n\r\u0085";

    /** The characters that mutations put into a line. */
    private static final List<Character> MUTANTS =
            List.of('|', '-', ':', ' ', '0', '9', 'x', '\\', '\u00e9', '\uFEFF', '\t', ',', '[', ']');

    private SpecGenerator() {}

    /** A valid spec: one that compiles lint-clean, and whose code tables' rows the generated API holds. */
    public static SpecDocument spec(Random random) {
        List<int[]> ranges = ranges(random);
        Table classes = classTable(random, ranges);
        Optional<Table> tags = random.nextBoolean() ? tagTable(random, classes) : Optional.empty();
        List<String> declared = tags.map(
                        t -> t.rows().stream().map(row -> t.cell(row, "Tag")).toList())
                .orElse(List.of());
        boolean tagsFirst = random.nextBoolean();
        List<SpecDocument.Block> blocks = new ArrayList<>(List.of(new Prose(List.of("# Fuzz")), classes));
        tags.filter(t -> tagsFirst).ifPresent(blocks::add);
        blocks.add(new Prose(List.of("Some prose.")));
        blocks.addAll(codeTables(random, ranges, declared));
        tags.filter(t -> !tagsFirst).ifPresent(blocks::add);
        return new SpecDocument(blocks);
    }

    /**
     * The text of a valid spec after one to three random mutations of its lines: a cell deleted, duplicated or
     * swapped with another, a character changed, a line cut short, deleted or duplicated.
     */
    public static String mutatedSpec(Random random) {
        List<String> lines = new ArrayList<>(List.of(spec(random).text().split("\n", -1)));
        for (int m = between(random, 1, 3); m > 0; m--) {
            mutate(
                    lines,
                    "|",
                    random.nextInt(Mutation.values().length),
                    between(random, 0, 1000),
                    between(random, 0, 1000),
                    MUTANTS.get(random.nextInt(MUTANTS.size())));
        }
        return String.join("\n", lines);
    }

    /**
     * Mutates {@code lines} in place, at a line and a cell or character chosen by {@code a} and {@code b}: deletes,
     * duplicates or swaps cells (split at {@code separator}), changes a character to {@code character}, cuts a
     * line short, deletes or duplicates it, as {@code kind}, from 0 to 6, says.
     */
    static void mutate(List<String> lines, String separator, int kind, int a, int b, char character) {
        Mutation.values()[kind].apply(lines, separator, a, b, character);
    }

    /**
     * Whether this generator could have made {@code spec} with {@link #spec}, leaving aside the prose: one class
     * table, at most one tag table and at least one code table, each with its columns in any order, less optional
     * ones, and at least one row, each row with a valid cell in each column; class ids unique; declared tags
     * neither built in nor declared twice, starting with a letter, with predicates that no generated method, class or other tag has; codes
     * unique and each in a class; tags built in or declared; names and aliases that give distinct constants.
     */
    public static boolean isValid(SpecDocument spec) {
        Table classes = null;
        Table tags = null;
        List<Table> codeTables = new ArrayList<>();
        for (Table table : spec.tables()) {
            if (table.header().contains("Class") && classes == null && fits(table, CLASS_COLUMNS)) {
                classes = table;
            } else if (table.header().contains("Tag") && tags == null && fits(table, TAG_COLUMNS)) {
                tags = table;
            } else if (table.header().contains("Name") && fits(table, CODE_COLUMNS)) {
                codeTables.add(table);
            } else {
                return false;
            }
        }
        if (classes == null || codeTables.isEmpty()) {
            return false;
        }
        Set<String> predicates = new HashSet<>(RESERVED_PREDICATES);
        List<int[]> ranges = new ArrayList<>();
        for (List<String> row : classes.rows()) {
            ranges.add(range(classes.cell(row, "Status Code")));
            if (!predicates.add(classifier(classes.cell(row, "Id")))) {
                return false;
            }
        }
        Set<String> known = new HashSet<>(TAGS);
        for (List<String> row : tags == null ? List.<List<String>>of() : tags.rows()) {
            String id = tags.cell(row, "Tag");
            if (!known.add(id)
                    || id.equals("override")
                    || Character.isDigit(id.charAt(0))
                    || !predicates.add(ExpectedTable.predicate(id))) {
                return false;
            }
        }
        Set<Integer> codes = new HashSet<>();
        Set<String> constants = new HashSet<>();
        for (Table table : codeTables) {
            for (List<String> row : table.rows()) {
                int code = Integer.parseInt(table.cell(row, "Status Code"));
                if (!codes.add(code) || ranges.stream().noneMatch(r -> r[0] <= code && code <= r[1])) {
                    return false;
                }
                if (!known.containsAll(items(table.cell(row, "Tags")))
                        || !constants.add(ConstantNames.constant(unescape(table.cell(row, "Name")), code))) {
                    return false;
                }
                for (String alias : items(table.cell(row, "Aliases"))) {
                    if (!constants.add(ConstantNames.constant(alias, code))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * What the generated API of {@code spec}, a valid spec, holds, as docs/spec.md says: a classifier per class, a
     * predicate per built-in or declared tag but non-standard, and each row's code, name, description, tags in
     * the order of their ids, aliases and references.
     */
    public static ExpectedTable expected(SpecDocument spec) {
        List<String> classifiers = new ArrayList<>();
        Map<String, String> predicates = new LinkedHashMap<>(ExpectedTable.BUILT_IN_PREDICATES);
        List<ExpectedTable.Code> codes = new ArrayList<>();
        for (Table table : spec.tables()) {
            for (List<String> row : table.rows()) {
                if (table.header().contains("Class")) {
                    classifiers.add(classifier(table.cell(row, "Id")));
                } else if (table.header().contains("Tag")) {
                    String id = table.cell(row, "Tag");
                    predicates.put(id, ExpectedTable.predicate(id));
                } else {
                    String description = unescape(table.cell(row, "Description"));
                    codes.add(new ExpectedTable.Code(
                            Integer.parseInt(table.cell(row, "Status Code")),
                            unescape(table.cell(row, "Name")),
                            description,
                            List.of(),
                            List.copyOf(new TreeSet<>(items(table.cell(row, "Tags")))),
                            items(table.cell(row, "Aliases")),
                            ReferenceText.read(unescape(table.cell(row, "Reference")))
                                    .orElseThrow()));
                }
            }
        }
        return new ExpectedTable(classifiers, predicates, codes);
    }

    /** A cell's text as the spec means it: with {@code \|} read as a pipe, and stripped. */
    public static String unescape(String cell) {
        return cell.replace("\\|", "|").strip();
    }

    /** The items of a comma-separated cell, such as Tags, as the spec means them. */
    private static List<String> items(String cell) {
        String text = unescape(cell);
        return text.isEmpty()
                ? List.of()
                : List.of(text.split(",", -1)).stream().map(String::strip).toList();
    }

    /** Whether {@code cell} is text with comma-separated items, none blank, or empty. */
    private static boolean isList(String cell) {
        return isText(cell) && !items(cell).contains("");
    }

    /** The classifier of a class id, as docs/spec.md says: {@code CLIENT_ERROR} gives isClientError. */
    private static String classifier(String id) {
        StringBuilder out = new StringBuilder("is");
        for (String word : id.split("_")) {
            out.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
    }

    /**
     * Whether {@code table} has {@code columns}, less optional ones, in any order and each once, and rows of
     * valid cells under them.
     */
    private static boolean fits(Table table, List<Column> columns) {
        List<String> header = table.header();
        if (new HashSet<>(header).size() != header.size() || table.rows().isEmpty()) {
            return false;
        }
        for (Column column : columns) {
            if (!column.optional() && !header.contains(column.header())) {
                return false;
            }
        }
        List<Column> present = new ArrayList<>();
        for (String name : header) {
            Optional<Column> column =
                    columns.stream().filter(c -> c.header().equals(name)).findFirst();
            if (column.isEmpty()) {
                return false;
            }
            present.add(column.get());
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
     * One to four declared tags with random ids and hostile descriptions; an id that is built in, starts with a
     * digit (it cannot become a constant of the tag enum) or whose predicate is taken is left out, and so is the table if that leaves it empty.
     */
    private static Optional<Table> tagTable(Random random, Table classes) {
        Set<String> predicates = new HashSet<>(RESERVED_PREDICATES);
        for (List<String> row : classes.rows()) {
            predicates.add(classifier(classes.cell(row, "Id")));
        }
        boolean swapped = random.nextBoolean();
        List<List<String>> rows = new ArrayList<>();
        for (int n = between(random, 1, 4); n > 0; n--) {
            String id = tagId(random);
            if (!TAGS.contains(id)
                    && !id.equals("override")
                    && !Character.isDigit(id.charAt(0))
                    && predicates.add(ExpectedTable.predicate(id))) {
                String description = text(random);
                rows.add(swapped ? List.of(description, id) : List.of(id, description));
            }
        }
        List<String> header = swapped ? List.of("Description", "Tag") : List.of("Tag", "Description");
        return rows.isEmpty() ? Optional.empty() : Optional.of(new Table(header, rows));
    }

    /** A tag id of one to three words, each from {@link #TAG_WORDS} or random letters and digits. */
    private static String tagId(Random random) {
        List<String> words = new ArrayList<>();
        for (int n = between(random, 1, 3); n > 0; n--) {
            if (random.nextInt(3) == 0) {
                words.add(TAG_WORDS.get(random.nextInt(TAG_WORDS.size())));
            } else {
                StringBuilder word = new StringBuilder();
                for (int c = between(random, 1, 6); c > 0; c--) {
                    word.append("abcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(36)));
                }
                words.add(word.toString());
            }
        }
        return String.join("-", words);
    }

    /**
     * One to twelve codes with unique numbers in the ranges, in one code table or, one time in four, two. Each is
     * named with random text, or one time in ten with an earlier name or alias in swapped case, and a word is
     * added to the name if it gives an earlier constant; it has random tags, built-in and declared, in any order,
     * up to three aliases whose constants are new (others are left out), up to three references and a random
     * description. Each table leaves out the Tags column one time in four, and Aliases and Reference one time in
     * two, and has its columns in a random order one time in three.
     */
    private static List<Table> codeTables(Random random, List<int[]> ranges, List<String> declared) {
        int size = between(random, 1, 12);
        Set<Integer> codes = new HashSet<>();
        Set<String> constants = new HashSet<>();
        List<String> spellings = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int attempt = 0; rows.size() < size && attempt < 10 * size; attempt++) {
            int[] range = ranges.get(random.nextInt(ranges.size()));
            int code = between(random, range[0], range[1]);
            if (!codes.add(code)) {
                continue;
            }
            String name = random.nextInt(10) == 0 && !spellings.isEmpty()
                    ? swapCase(spellings.get(random.nextInt(spellings.size())))
                    : nonBlankText(random);
            while (!constants.add(ConstantNames.constant(unescape(name), code))) {
                name = name + " Code" + code;
            }
            spellings.add(name);
            List<String> aliases = new ArrayList<>();
            for (int n = random.nextInt(3) == 0 ? between(random, 1, 3) : 0; n > 0; n--) {
                String alias = (random.nextInt(6) == 0
                                ? swapCase(spellings.get(random.nextInt(spellings.size())))
                                : nonBlankText(random))
                        .replace(',', ' ');
                if (!unescape(alias).isEmpty() && constants.add(ConstantNames.constant(unescape(alias), code))) {
                    aliases.add(alias);
                    spellings.add(alias);
                }
            }
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put("Status Code", Integer.toString(code));
            cells.put("Name", name);
            cells.put("Tags", tags(random, declared));
            cells.put("Aliases", String.join(random.nextBoolean() ? ", " : ",", aliases));
            cells.put("Reference", ReferenceText.cell(random, true));
            cells.put("Description", text(random));
            rows.add(cells);
        }
        int split = rows.size() > 1 && random.nextInt(4) == 0 ? between(random, 1, rows.size() - 1) : rows.size();
        List<Table> tables = new ArrayList<>(List.of(codeTable(random, rows.subList(0, split))));
        if (split < rows.size()) {
            tables.add(codeTable(random, rows.subList(split, rows.size())));
        }
        return tables;
    }

    private static Table codeTable(Random random, List<Map<String, String>> rows) {
        Set<String> left = new HashSet<>();
        if (random.nextInt(4) == 0) {
            left.add("Tags");
        }
        if (random.nextBoolean()) {
            left.add("Aliases");
        }
        if (random.nextBoolean()) {
            left.add("Reference");
        }
        List<String> header = new ArrayList<>(CODE_COLUMNS.stream()
                .map(Column::header)
                .filter(h -> !left.contains(h))
                .toList());
        if (random.nextInt(3) == 0) {
            Collections.shuffle(header, random);
        }
        return new Table(
                header,
                rows.stream()
                        .map(cells -> header.stream().map(cells::get).toList())
                        .toList());
    }

    /** Up to three tags, built in or declared, in a random order, joined with or without spaces. */
    private static String tags(Random random, List<String> declared) {
        List<String> all = new ArrayList<>(TAGS);
        all.addAll(declared);
        Collections.shuffle(all, random);
        List<String> chosen = all.subList(0, Math.min(all.size(), between(random, 0, 3)));
        return String.join(random.nextBoolean() ? ", " : ",", chosen);
    }

    /** {@code text} with each letter in the other case. */
    private static String swapCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.appendCodePoint(
                        Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
        return out.toString();
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
    static boolean isText(String cell) {
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

        void apply(List<String> lines, String separator, int a, int b, char character) {
            if (lines.isEmpty()) {
                return;
            }
            int index = a % lines.size();
            String line = lines.get(index);
            List<String> cells = new ArrayList<>(List.of(line.split(Pattern.quote(separator), -1)));
            switch (this) {
                case DELETE_CELL -> {
                    cells.remove(b % cells.size());
                    lines.set(index, String.join(separator, cells));
                }
                case DUPLICATE_CELL -> {
                    int cell = b % cells.size();
                    cells.add(cell, cells.get(cell));
                    lines.set(index, String.join(separator, cells));
                }
                case SWAP_CELLS -> {
                    Collections.swap(cells, b % cells.size(), (b / 7) % cells.size());
                    lines.set(index, String.join(separator, cells));
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
