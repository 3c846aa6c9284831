package dev.statusgen.processor.spec;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.Identifiers;
import dev.statusgen.processor.model.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of a Markdown spec. It finds the class table ({@code Status Code | Class | Description},
 * optionally with {@code Id}), the code table ({@code Status Code | Name | Description}, optionally with
 * {@code Tags}, {@code Aliases} and {@code Reference}) and the optional tag table ({@code Tag | Description}) by
 * their header names, in any column order, and ignores the prose around them. Each row is checked on its own
 * here; {@link SpecValidator} checks the rows against each other.
 *
 * <p>It reads the lines of a {@link SpecText}, which {@link SpecDecoder} has rid of a byte order mark and split at
 * LF, CRLF or CR. It accepts rows with or without leading and trailing pipes, {@code \|} for a pipe inside a cell,
 * and alignment colons in separator rows. Tables inside fenced code blocks are examples, not part of the spec.
 */
public final class SpecParser {
    /** The longest cell, in characters, that still fits a Java string constant. */
    public static final int MAX_CELL = 20_000;

    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-\u2013]\\s*(\\d+)");

    private static final String CODE_COLUMN = "status code";
    private static final String DESCRIPTION_COLUMN = "description";
    private static final String CLASS_COLUMN = "class";
    private static final String ID_COLUMN = "id";
    private static final String NAME_COLUMN = "name";
    private static final String TAGS_COLUMN = "tags";
    private static final String ALIASES_COLUMN = "aliases";
    private static final String REFERENCE_COLUMN = "reference";
    private static final String TAG_COLUMN = "tag";

    private final String file;
    private final List<String> lines;
    private final Problems problems;
    private final List<ClassRow> classes = new ArrayList<>();
    private final List<CodeRow> codes = new ArrayList<>();
    private final List<TagRow> tags = new ArrayList<>();
    private boolean hasClassTable;
    private boolean hasCodeTable;

    private SpecParser(String file, SpecText text, Problems problems) {
        this.file = file;
        this.lines = text.lines();
        this.problems = problems;
    }

    /** Parses {@code text}, the spec named {@code file}, adding what is wrong to {@code problems}. */
    public static ParsedSpec parse(String file, SpecText text, Problems problems) {
        SpecParser parser = new SpecParser(file, text, problems);
        parser.parse();
        return new ParsedSpec(
                file, parser.classes, parser.codes, parser.tags, parser.hasClassTable, parser.hasCodeTable, false);
    }

    private void parse() {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (opensFence(line)) {
                i = skipFence(i);
            } else if (line.indexOf('|') < 0) {
                i++;
            } else if (isSeparator(i)) {
                problem(i, 0, Message.SEPARATOR_WITHOUT_HEADER);
                i = skipRows(i + 1);
            } else if (isSeparator(i + 1)) {
                int end = i + 2;
                while (end < lines.size()
                        && lines.get(end).indexOf('|') >= 0
                        && !isSeparator(end)
                        && !isSeparator(end + 1)) {
                    end++;
                }
                table(i, end);
                i = end;
            } else {
                List<Cell> cells = cells(line);
                if (isHeader(cells)) {
                    problem(i, 0, Message.MISSING_SEPARATOR);
                    i = skipRows(i + 1);
                } else if (isCode(cells.get(0).text)
                        || RANGE.matcher(cells.get(0).text).matches()) {
                    problem(i, 0, Message.MISSING_HEADER);
                    i = skipRows(i + 1);
                } else {
                    i++;
                }
            }
        }
    }

    private static boolean isHeader(List<Cell> cells) {
        for (Cell cell : cells) {
            if (cell.text.equalsIgnoreCase(CODE_COLUMN) || cell.text.equalsIgnoreCase(TAG_COLUMN)) {
                return true;
            }
        }
        return false;
    }

    /** Reads the table whose header is line {@code header}, with rows up to line {@code end}, exclusive. */
    private void table(int header, int end) {
        Header columns = Header.of(cells(lines.get(header)));
        Kind kind = Kind.of(columns.indexes);
        if (kind == null) {
            List<String> names = new ArrayList<>();
            for (Cell cell : columns.cells) {
                names.add(cell.text);
            }
            problem(header, 0, Message.UNKNOWN_TABLE, String.join(" | ", names));
            return;
        }
        if (kind == Kind.CLASS) {
            hasClassTable = true;
        } else if (kind == Kind.CODE) {
            hasCodeTable = true;
        }
        if (columns.duplicate != null) {
            problem(header, columns.duplicate.column, Message.DUPLICATE_COLUMN, columns.duplicate.text);
            return;
        }
        if (!knowsColumns(header, columns, kind)) {
            return;
        }
        if (end == header + 2) {
            problem(header, 0, Message.EMPTY_TABLE, kind.label);
        }
        for (int i = header + 2; i < end; i++) {
            row(i, columns, kind);
        }
    }

    /**
     * Whether the table has every column that its kind requires, after adding a problem for each that it lacks
     * and for each column that its kind does not know.
     */
    private boolean knowsColumns(int header, Header columns, Kind kind) {
        boolean complete = true;
        for (String required : kind.required) {
            if (!columns.indexes.containsKey(required)) {
                problem(header, 0, Message.MISSING_COLUMN, kind.label, columnTitle(required));
                complete = false;
            }
        }
        for (Cell cell : columns.cells) {
            if (!kind.known.contains(cell.text.toLowerCase(Locale.ROOT))) {
                List<String> known = new ArrayList<>();
                for (String column : kind.known) {
                    known.add(columnTitle(column));
                }
                problem(header, cell.column, Message.UNKNOWN_COLUMN, cell.text, kind.label, String.join(" | ", known));
            }
        }
        return complete;
    }

    /** Reads line {@code index}, a row of a table of {@code kind} with these columns. */
    private void row(int index, Header columns, Kind kind) {
        List<Cell> cells = cells(lines.get(index));
        int expected = columns.cells.size();
        if (cells.size() < expected) {
            problem(index, 0, Message.MISSING_CELL, cells.size(), expected);
        } else if (cells.size() > expected) {
            problem(index, cells.get(expected).column, Message.EXTRA_CELL, cells.size(), expected);
        } else if (fits(index, cells)) {
            Row row = new Row(index, cells, columns.indexes);
            switch (kind) {
                case CLASS -> classRow(row);
                case CODE -> codeRow(row);
                case TAG -> tagRow(row);
            }
        }
    }

    private void classRow(Row row) {
        Cell range = row.cell(CODE_COLUMN);
        Matcher m = RANGE.matcher(range.text);
        if (!m.matches() || !isCode(m.group(1)) || !isCode(m.group(2))) {
            problem(row.index, range.column, Message.BAD_RANGE, range.text);
            return;
        }
        int first = Integer.parseInt(m.group(1));
        int last = Integer.parseInt(m.group(2));
        if (first > last) {
            problem(row.index, range.column, Message.BACKWARDS_RANGE, first, last);
            return;
        }
        String name = row.text(CLASS_COLUMN);
        if (name.isEmpty()) {
            problem(row.index, row.cell(CLASS_COLUMN).column, Message.EMPTY_CLASS_NAME, first, last);
            return;
        }
        String id = row.has(ID_COLUMN) ? row.text(ID_COLUMN) : "";
        int idColumn = row.has(ID_COLUMN) ? row.cell(ID_COLUMN).column : 0;
        if (id.isEmpty()) {
            id = Identifiers.classId(name, first);
        } else if (!Identifiers.isClassId(id)) {
            problem(row.index, idColumn, Message.BAD_CLASS_ID, id);
            return;
        }
        classes.add(new ClassRow(file, row.index + 1, idColumn, id, first, last, name, row.text(DESCRIPTION_COLUMN)));
    }

    private void codeRow(Row row) {
        Cell codeCell = row.cell(CODE_COLUMN);
        if (!isCode(codeCell.text)) {
            problem(row.index, codeCell.column, Message.BAD_CODE, codeCell.text);
            return;
        }
        int code = Integer.parseInt(codeCell.text);
        String name = row.text(NAME_COLUMN);
        if (name.isEmpty()) {
            problem(row.index, row.cell(NAME_COLUMN).column, Message.EMPTY_NAME, code);
            return;
        }
        List<CodeRow.Item> tagItems = new ArrayList<>();
        for (CodeRow.Item tag : items(row, TAGS_COLUMN)) {
            tagItems.add(new CodeRow.Item(tag.text().toLowerCase(Locale.ROOT), tag.column()));
        }
        List<Reference> references = List.of();
        if (row.has(REFERENCE_COLUMN)) {
            Cell cell = row.cell(REFERENCE_COLUMN);
            int before = problems.count();
            references = ReferenceParser.parse(file, row.index + 1, cell.column, cell.text, problems);
            if (problems.count() > before) {
                return;
            }
        }
        codes.add(new CodeRow(
                file,
                row.index + 1,
                codeCell.column,
                code,
                name,
                row.text(DESCRIPTION_COLUMN),
                tagItems,
                items(row, ALIASES_COLUMN),
                references));
    }

    private void tagRow(Row row) {
        Cell id = row.cell(TAG_COLUMN);
        if (!Identifiers.isTagId(id.text)) {
            problem(row.index, id.column, Message.BAD_TAG_ID, id.text);
            return;
        }
        tags.add(new TagRow(file, row.index + 1, id.column, id.text, row.text(DESCRIPTION_COLUMN)));
    }

    /** The comma-separated items of the cell {@code column}, if the table has it, with their columns. */
    private static List<CodeRow.Item> items(Row row, String column) {
        if (!row.has(column)) {
            return List.of();
        }
        Cell cell = row.cell(column);
        List<CodeRow.Item> items = new ArrayList<>();
        int offset = 0;
        for (String piece : cell.text.split(",", -1)) {
            String item = piece.strip();
            if (!item.isEmpty()) {
                items.add(new CodeRow.Item(item, cell.column + offset + piece.indexOf(item)));
            }
            offset += piece.length() + 1;
        }
        return items;
    }

    private boolean fits(int index, List<Cell> cells) {
        for (Cell cell : cells) {
            if (cell.text.length() > MAX_CELL) {
                problem(index, cell.column, Message.CELL_TOO_LONG, cell.text.length(), MAX_CELL);
                return false;
            }
        }
        return true;
    }

    /** The line after the fenced code block that opens at line {@code open}: examples in code are not tables. */
    private int skipFence(int open) {
        String fence = lines.get(open).strip().substring(0, 3);
        int i = open + 1;
        while (i < lines.size() && !lines.get(i).strip().startsWith(fence)) {
            i++;
        }
        return i + 1;
    }

    private int skipRows(int i) {
        while (i < lines.size() && lines.get(i).indexOf('|') >= 0) {
            i++;
        }
        return i;
    }

    private boolean isSeparator(int index) {
        if (index >= lines.size()) {
            return false;
        }
        String line = lines.get(index);
        return line.indexOf('|') >= 0 && isSeparatorRow(line);
    }

    /**
     * Whether {@code line} is a separator row: cells of dashes with optional alignment colons, such as
     * {@code |---|:---:|}, the pipes at its ends optional. Written out rather than as a regular expression, which
     * would cost every cold compile its compilation.
     */
    static boolean isSeparatorRow(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end && line.charAt(start) == '|') {
            start++;
        }
        if (end > start && line.charAt(end - 1) == '|') {
            end--;
        }
        if (start >= end) {
            return false;
        }
        for (int cell = start; ; ) {
            int pipe = line.indexOf('|', cell);
            int cellEnd = pipe < 0 || pipe > end ? end : pipe;
            if (!isDashes(line, cell, cellEnd)) {
                return false;
            }
            if (cellEnd == end) {
                return true;
            }
            cell = cellEnd + 1;
        }
    }

    /** Whether {@code line} from {@code from} to {@code to} is {@code :?-+:?} with spaces around. */
    private static boolean isDashes(String line, int from, int to) {
        int i = from;
        while (i < to && isSpace(line.charAt(i))) {
            i++;
        }
        if (i < to && line.charAt(i) == ':') {
            i++;
        }
        int dashes = i;
        while (i < to && line.charAt(i) == '-') {
            i++;
        }
        if (i == dashes) {
            return false;
        }
        if (i < to && line.charAt(i) == ':') {
            i++;
        }
        while (i < to && isSpace(line.charAt(i))) {
            i++;
        }
        return i == to;
    }

    /** Whether {@code line} opens a fenced code block: up to three spaces, then three backticks or tildes. */
    private static boolean opensFence(String line) {
        int i = 0;
        while (i < line.length() && i < 3 && isSpace(line.charAt(i))) {
            i++;
        }
        return line.startsWith("```", i) || line.startsWith("~~~", i);
    }

    /** Whether {@code text} is a 3-digit code from 100 to 999. */
    static boolean isCode(String text) {
        return text.length() == 3
                && text.charAt(0) >= '1'
                && text.charAt(0) <= '9'
                && text.charAt(1) >= '0'
                && text.charAt(1) <= '9'
                && text.charAt(2) >= '0'
                && text.charAt(2) <= '9';
    }

    /** The white space of {@code \\s} in a regular expression: ASCII space, tab, line ends, form feed, vertical tab. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }

    private void problem(int index, int column, Message message, Object... args) {
        problems.add(Problem.at(file, index + 1, column, message, args));
    }

    /** How messages name a column: {@code status code} as {@code Status Code}. */
    private static String columnTitle(String column) {
        StringBuilder out = new StringBuilder(column.length());
        boolean start = true;
        for (char c : column.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return out.toString();
    }

    /**
     * The cells of a table line, trimmed, with {@code \|} read as a pipe. A leading and a trailing pipe are
     * optional. Columns are 1-based.
     */
    static List<Cell> cells(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end && line.charAt(start) == '|') {
            start++;
        }
        if (end > start && line.charAt(end - 1) == '|' && !escaped(line, end - 1)) {
            end--;
        }
        List<Cell> cells = new ArrayList<>();
        if (line.indexOf('\\') < 0) {
            // No escape: the cells lie between the pipes.
            int cellStart = start;
            while (cellStart <= end) {
                int pipe = line.indexOf('|', cellStart);
                int cellEnd = pipe < 0 || pipe > end ? end : pipe;
                cells.add(cell(line.substring(cellStart, cellEnd), cellStart));
                cellStart = cellEnd + 1;
            }
            return cells;
        }
        StringBuilder text = new StringBuilder();
        int cellStart = start;
        for (int i = start; i <= end; i++) {
            if (i == end || (line.charAt(i) == '|' && !escaped(line, i))) {
                cells.add(cell(text.toString(), cellStart));
                text.setLength(0);
                cellStart = i + 1;
            } else if (line.charAt(i) == '\\' && i + 1 < end && line.charAt(i + 1) == '|' && escaped(line, i + 1)) {
                // The escape of a pipe: the pipe itself is appended next.
            } else {
                text.append(line.charAt(i));
            }
        }
        return cells;
    }

    /** The cell whose raw text starts at the 0-based {@code start}, stripped. */
    private static Cell cell(String raw, int start) {
        String stripped = raw.strip();
        int lead = stripped.isEmpty() ? 0 : raw.indexOf(stripped);
        return new Cell(stripped, start + lead + 1);
    }

    private static boolean escaped(String line, int index) {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /** The kinds of table, told apart by the column that only they have. */
    private enum Kind {
        CLASS(
                "class",
                List.of(CODE_COLUMN, CLASS_COLUMN, DESCRIPTION_COLUMN),
                List.of(CODE_COLUMN, ID_COLUMN, CLASS_COLUMN, DESCRIPTION_COLUMN)),
        CODE(
                "code",
                List.of(CODE_COLUMN, NAME_COLUMN, DESCRIPTION_COLUMN),
                List.of(CODE_COLUMN, NAME_COLUMN, TAGS_COLUMN, ALIASES_COLUMN, REFERENCE_COLUMN, DESCRIPTION_COLUMN)),
        TAG("tag", List.of(TAG_COLUMN, DESCRIPTION_COLUMN), List.of(TAG_COLUMN, DESCRIPTION_COLUMN));

        final String label;
        final List<String> required;
        final List<String> known;

        Kind(String label, List<String> required, List<String> known) {
            this.label = label;
            this.required = required;
            this.known = known;
        }

        /** The kind of a table with these columns, or null. */
        static Kind of(Map<String, Integer> columns) {
            if (columns.containsKey(CLASS_COLUMN)) {
                return CLASS;
            }
            if (columns.containsKey(NAME_COLUMN)) {
                return CODE;
            }
            return columns.containsKey(TAG_COLUMN) ? TAG : null;
        }
    }

    /** A cell's text and its 1-based column. */
    record Cell(String text, int column) {}

    /**
     * A table's header row: its cells, the index of each column by its name in lower case (the first, if a name
     * is there twice), and the first cell whose name is a duplicate, or null.
     */
    private record Header(List<Cell> cells, Map<String, Integer> indexes, Cell duplicate) {
        static Header of(List<Cell> cells) {
            Map<String, Integer> indexes = new LinkedHashMap<>();
            Cell duplicate = null;
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                if (indexes.putIfAbsent(cell.text.toLowerCase(Locale.ROOT), c) != null && duplicate == null) {
                    duplicate = cell;
                }
            }
            return new Header(cells, indexes, duplicate);
        }
    }

    /** A row's cells by column name. */
    private record Row(int index, List<Cell> cells, Map<String, Integer> columns) {
        boolean has(String column) {
            return columns.containsKey(column);
        }

        Cell cell(String column) {
            return cells.get(columns.get(column));
        }

        String text(String column) {
            return cell(column).text;
        }
    }
}
