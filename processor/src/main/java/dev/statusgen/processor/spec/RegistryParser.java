package dev.statusgen.processor.spec;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.Reference;
import dev.statusgen.processor.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the IANA HTTP Status Code Registry's CSV file, {@code http-status-codes-1.csv}, as a spec: RFC 4180 CSV
 * (quoted fields, commas and doubled quotes inside quotes, LF or CRLF) whose columns {@code Value},
 * {@code Description} and {@code Reference} are found by name, in any order. It reads a {@link SpecText}, which
 * {@link SpecDecoder} has rid of a byte order mark and indexed by line.
 *
 * <p>A row whose value is one 3-digit code is a code: its description is the name, and its reference is read as
 * a Markdown spec's {@code Reference} column. Ranges ({@code 103-199}) and {@code Unassigned} rows are gaps. A
 * status in parentheses at the end of the name is not part of it: {@code (OBSOLETED)} tags the code
 * {@code deprecated}, {@code (TEMPORARY ...)} tags it {@code experimental} and {@code (Unused)} tags it
 * {@code unused}. A name that is only such a status, as {@code (Unused)} is for 306 and 418, becomes the status
 * and the code, {@code Unused 306}, so that no two codes share a constant. The registry has no descriptions: each
 * code's description says what the registry says of it, its status and its references, in words. The registry
 * has no classes either: a registry spec has the five classes of RFC 9110, Section 15.
 */
public final class RegistryParser {
    private static final Pattern CODE = Pattern.compile("[1-9][0-9][0-9]");
    private static final Pattern RANGE = Pattern.compile("[1-9][0-9][0-9]\\s*-\\s*[1-9][0-9][0-9]");
    private static final Pattern STATUS = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)\\s*", Pattern.DOTALL);
    /**
     * A line break inside a quoted field, with the spaces and tabs around it: a name is one line, because it is the
     * reason phrase that the integrations put on the wire, where a line break would end the status line.
     */
    private static final Pattern LINE_BREAK = Pattern.compile("[ \t]*[\r\n][ \t\r\n]*");

    private static final String VALUE = "value";
    private static final String DESCRIPTION = "description";
    private static final String REFERENCE = "reference";

    /** The classes of RFC 9110, Section 15: range, id, name and the RFC's one-line definition. */
    private static final List<String[]> CLASSES = List.of(
            new String[] {
                "100", "199", "INFORMATIONAL", "Informational", "The request was received, continuing process."
            },
            new String[] {
                "200",
                "299",
                "SUCCESSFUL",
                "Successful",
                "The request was successfully received, understood, and accepted."
            },
            new String[] {
                "300",
                "399",
                "REDIRECTION",
                "Redirection",
                "Further action needs to be taken in order to complete the request."
            },
            new String[] {
                "400", "499", "CLIENT_ERROR", "Client Error", "The request contains bad syntax or cannot be fulfilled."
            },
            new String[] {
                "500",
                "599",
                "SERVER_ERROR",
                "Server Error",
                "The server failed to fulfill an apparently valid request."
            });

    private final String file;
    private final Problems problems;

    private RegistryParser(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** Parses {@code text}, the registry file named {@code file}, adding what is wrong to {@code problems}. */
    public static ParsedSpec parse(String file, SpecText text, Problems problems) {
        return new RegistryParser(file, problems).parse(text);
    }

    private ParsedSpec parse(SpecText text) {
        List<Record> records = new CsvReader(text).records();
        if (records.isEmpty()) {
            problems.add(Problem.at(file, 1, Message.MISSING_REGISTRY_COLUMN, "Value"));
            return ParsedSpec.unreadable(file);
        }
        Record header = records.get(0);
        int value = header.column(VALUE);
        int description = header.column(DESCRIPTION);
        int reference = header.column(REFERENCE);
        if (value < 0 || description < 0) {
            for (String missing : value < 0 && description < 0
                    ? List.of("Value", "Description")
                    : List.of(value < 0 ? "Value" : "Description")) {
                problems.add(Problem.at(file, header.line, Message.MISSING_REGISTRY_COLUMN, missing));
            }
            return ParsedSpec.unreadable(file);
        }
        List<CodeRow> codes = new ArrayList<>();
        for (Record record : records.subList(1, records.size())) {
            if (record.fields.size() != header.fields.size()) {
                problems.add(Problem.at(
                        file, record.line, Message.REGISTRY_FIELDS, record.fields.size(), header.fields.size()));
            } else {
                code(
                        record,
                        record.fields.get(value),
                        record.fields.get(description),
                        reference < 0 ? null : record.fields.get(reference),
                        codes);
            }
        }
        List<ClassRow> classes = new ArrayList<>();
        for (String[] c : CLASSES) {
            classes.add(new ClassRow(
                    file, header.line, 0, c[2], Integer.parseInt(c[0]), Integer.parseInt(c[1]), c[3], c[4]));
        }
        return new ParsedSpec(file, classes, codes, List.of(), true, true, false);
    }

    private void code(Record record, Field value, Field phrase, Field referenceField, List<CodeRow> codes) {
        String code = value.text.strip();
        if (phrase.text.strip().equalsIgnoreCase("Unassigned")
                || RANGE.matcher(code).matches()) {
            return;
        }
        if (!CODE.matcher(code).matches()) {
            problems.add(Problem.at(file, record.line, value.column, Message.BAD_REGISTRY_VALUE, value.text));
            return;
        }
        List<Reference> references = List.of();
        if (referenceField != null) {
            int before = problems.count();
            String text = referenceField.text.strip();
            references = ReferenceParser.parse(
                    file, record.line, referenceField.textColumn + referenceField.text.indexOf(text), text, problems);
            if (problems.count() > before) {
                return;
            }
        }
        String name = LINE_BREAK.matcher(phrase.text).replaceAll(" ").strip();
        String status = null;
        Matcher m = STATUS.matcher(name);
        if (m.matches()) {
            status = m.group(2).strip();
            String tag = statusTag(status);
            if (tag != null) {
                String rest = m.group(1).strip();
                name = rest.isEmpty() ? statusName(status) + " " + code : rest;
            } else {
                status = null;
            }
        }
        if (name.isEmpty()) {
            problems.add(Problem.at(file, record.line, phrase.column, Message.EMPTY_NAME, Integer.parseInt(code)));
            return;
        }
        List<CodeRow.Item> tags =
                status == null ? List.of() : List.of(new CodeRow.Item(statusTag(status), phrase.column));
        codes.add(new CodeRow(
                file,
                record.line,
                value.column,
                Integer.parseInt(code),
                name,
                description(status, references),
                tags,
                List.of(),
                references));
    }

    /** The tag of a parenthesised status, or null if the status is none that the registry uses. */
    private static String statusTag(String status) {
        String upper = status.toUpperCase(Locale.ROOT);
        if (upper.startsWith("OBSOLETED")) {
            return Tag.DEPRECATED;
        }
        if (upper.startsWith("TEMPORARY")) {
            return Tag.EXPERIMENTAL;
        }
        return upper.equals("UNUSED") ? Tag.UNUSED : null;
    }

    /** What the registry says of a code, in words. */
    private static String description(String status, List<Reference> references) {
        StringBuilder out = new StringBuilder("Registered in the IANA HTTP Status Code Registry");
        if (status != null) {
            out.append(" with the status (").append(status).append(')');
        }
        out.append('.');
        if (!references.isEmpty()) {
            out.append(" Defined in ");
            for (int i = 0; i < references.size(); i++) {
                out.append(i == 0 ? "" : i == references.size() - 1 ? " and " : ", ")
                        .append(references.get(i).label());
            }
            out.append('.');
        }
        return out.toString();
    }

    /** The status as a word of a code's name: {@code UNUSED} as {@code Unused}. */
    private static String statusName(String status) {
        String lower = status.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /**
     * A field's text, unquoted; the 1-based column where the field starts, and the one where its text starts, after
     * the opening quote of a quoted field.
     */
    private record Field(String text, int column, int textColumn) {}

    /** A CSV record: the 1-based line where it starts, and its fields. */
    private record Record(int line, List<Field> fields) {
        /** The index of the field named {@code name}, ignoring case and surrounding spaces, or -1. */
        int column(String name) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).text.strip().equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Splits RFC 4180 CSV into records, skipping blank lines; an unclosed quote ends the text with a problem. Lines
     * and columns come from the text's line index.
     */
    private final class CsvReader {
        private final SpecText spec;
        private final String text;
        private int i;

        CsvReader(SpecText spec) {
            this.spec = spec;
            this.text = spec.text();
        }

        List<Record> records() {
            List<Record> records = new ArrayList<>();
            while (i < text.length()) {
                int recordLine = spec.lineOf(i);
                List<Field> fields = new ArrayList<>();
                boolean more = true;
                while (more) {
                    Field field = field();
                    if (field == null) {
                        return records;
                    }
                    fields.add(field);
                    more = i < text.length() && text.charAt(i) == ',';
                    if (more) {
                        i++;
                    }
                }
                endOfLine();
                if (fields.size() > 1 || !fields.get(0).text.isBlank()) {
                    records.add(new Record(recordLine, fields));
                }
            }
            return records;
        }

        /** The field at {@code i}, or null after an unclosed quote. */
        private Field field() {
            int start = i;
            int column = spec.columnOf(start);
            StringBuilder out = new StringBuilder();
            boolean quoted = i < text.length() && text.charAt(i) == '"';
            if (quoted) {
                i++;
                while (true) {
                    if (i >= text.length()) {
                        problems.add(Problem.at(file, spec.lineOf(start), column, Message.UNCLOSED_QUOTE));
                        return null;
                    }
                    char c = text.charAt(i);
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        out.append('"');
                        i += 2;
                    } else if (c == '"') {
                        i++;
                        break;
                    } else {
                        out.append(c);
                        i++;
                    }
                }
            }
            while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                out.append(text.charAt(i++));
            }
            return new Field(out.toString(), column, quoted ? column + 1 : column);
        }

        private void endOfLine() {
            if (i < text.length() && text.charAt(i) == '\r') {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '\n') {
                i++;
            }
        }
    }
}
