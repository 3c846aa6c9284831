package dev.statusgen.processor.testing;

import dev.statusgen.processor.testing.SpecDocument.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Random registry files, the IANA registry's CSV form of a spec, for the fuzz tests: valid ones
 * ({@link #registry}), which compile, and the texts of mutated ones ({@link #mutatedRegistry}), which need not.
 * {@link #isValid} says which files this generator could have made, and {@link #expected} what the generated API
 * of a valid one holds, by the rules of docs/spec.md.
 *
 * <p>A valid file has the columns Value and Description, and Reference four times in five, in a random order, and
 * one time in five a column of notes, which the reader ignores; one to twelve codes from 100 to 599, named with
 * random text that can hold commas, quotes and line ends, and ending with a status one time in three:
 * {@code (OBSOLETED)}, {@code (TEMPORARY - registered ...)} or {@code (Unused)}, which can be the whole name; up
 * to three references from {@link ReferenceText}; and up to three ranges and up to two codes that are
 * {@code Unassigned}, gaps between the codes. The rows come in code order, or one time in three in a random one;
 * the CSV is written in a random {@link RegistryFile.Style}.
 */
public final class RegistryGenerator {
    /** The columns that a registry file can have. */
    public static final List<String> COLUMNS = List.of("Value", "Description", "Reference", "Notes");

    /** The classifiers of the five classes of RFC 9110 that every registry spec has: the standard table's. */
    public static final List<String> CLASSIFIERS =
            List.of("isInformational", "isSuccessful", "isRedirection", "isClientError", "isServerError");

    /** Text that has broken CSV readers and writers before, beside {@link SpecGenerator#HAZARDS}. */
    public static final List<String> CSV_HAZARDS =
            List.of(",", "\"", "\"\"", "\",\"", "\n", "\r\n", "a,\"b\"", "Unassigned", "(x)", "(", ")", " , ");

    private static final Pattern CODE = Pattern.compile("[1-9][0-9][0-9]");
    private static final Pattern RANGE = Pattern.compile("[1-9][0-9][0-9]-[1-9][0-9][0-9]");
    private static final Pattern TEMPORARY =
            Pattern.compile("TEMPORARY - registered [0-9]{4}-[0-9]{2}-[0-9]{2}, expires [0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** The tag of each status that a name can end with, as docs/spec.md says. */
    private static final Map<String, String> STATUS_TAGS =
            Map.of("OBSOLETED", "deprecated", "TEMPORARY", "experimental", "UNUSED", "unused");

    /** The characters that mutations put into a line. */
    private static final List<Character> MUTANTS =
            List.of('"', ',', '\r', '\n', ' ', '-', '0', '9', 'x', '(', ')', '[', ']', '\uFEFF');

    private RegistryGenerator() {}

    /** A valid registry file: one that compiles lint-clean, and whose codes the generated API holds. */
    public static RegistryFile registry(Random random) {
        List<String> header = new ArrayList<>(List.of("Value", "Description"));
        if (random.nextInt(5) != 0) {
            header.add("Reference");
        }
        if (random.nextInt(5) == 0) {
            header.add("Notes");
        }
        Collections.shuffle(header, random);
        Set<Integer> used = new HashSet<>();
        Set<String> constants = new HashSet<>();
        List<int[]> order = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int size = SpecGenerator.between(random, 1, 12);
        for (int attempt = 0; rows.size() < size && attempt < 10 * size; attempt++) {
            int code = SpecGenerator.between(random, 100, 599);
            String description = description(random, code);
            Optional<Named> named = named(description, code);
            if (used.contains(code)
                    || description.strip().equalsIgnoreCase("Unassigned")
                    || named.isEmpty()
                    || !constants.add(ConstantNames.constant(named.get().name(), code))) {
                continue;
            }
            used.add(code);
            order.add(new int[] {code, rows.size()});
            rows.add(row(header, Integer.toString(code), description, ReferenceText.cell(random, false), random));
        }
        for (int n = SpecGenerator.between(random, 0, 3); n > 0; n--) {
            int first = SpecGenerator.between(random, 100, 998);
            int last = first;
            while (last < 999 && !used.contains(last + 1) && random.nextInt(8) != 0) {
                last++;
            }
            if (last > first && !used.contains(first)) {
                for (int code = first; code <= last; code++) {
                    used.add(code);
                }
                order.add(new int[] {first, rows.size()});
                rows.add(row(header, first + "-" + last, "Unassigned", "", random));
            }
        }
        for (int n = SpecGenerator.between(random, 0, 2); n > 0; n--) {
            int code = SpecGenerator.between(random, 100, 999);
            if (used.add(code)) {
                order.add(new int[] {code, rows.size()});
                rows.add(row(header, Integer.toString(code), "Unassigned", "", random));
            }
        }
        List<List<String>> ordered = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            Collections.shuffle(order, random);
        } else {
            order.sort((a, b) -> Integer.compare(a[0], b[0]));
        }
        for (int[] entry : order) {
            ordered.add(rows.get(entry[1]));
        }
        List<String> lineEnds = new ArrayList<>();
        for (int n = SpecGenerator.between(random, 1, 3); n > 0; n--) {
            lineEnds.add(random.nextBoolean() ? "\n" : "\r\n");
        }
        RegistryFile.Style style = new RegistryFile.Style(
                random.nextInt(4) == 0,
                lineEnds,
                RegistryFile.Quoting.values()[random.nextInt(RegistryFile.Quoting.values().length)],
                random.nextInt(5) == 0,
                random.nextInt(5) != 0);
        return new RegistryFile(new Table(header, ordered), style);
    }

    /**
     * The text of a valid registry file after one to three random mutations of its lines: a field deleted,
     * duplicated or swapped with another, a character changed, a line cut short, deleted or duplicated.
     */
    public static String mutatedRegistry(Random random) {
        List<String> lines = new ArrayList<>(List.of(registry(random).text().split("\n", -1)));
        for (int m = SpecGenerator.between(random, 1, 3); m > 0; m--) {
            SpecGenerator.mutate(
                    lines,
                    ",",
                    random.nextInt(7),
                    SpecGenerator.between(random, 0, 1000),
                    SpecGenerator.between(random, 0, 1000),
                    MUTANTS.get(random.nextInt(MUTANTS.size())));
        }
        return String.join("\n", lines);
    }

    private static List<String> row(
            List<String> header, String value, String description, String reference, Random random) {
        List<String> row = new ArrayList<>();
        for (String column : header) {
            row.add(
                    switch (column) {
                        case "Value" -> value;
                        case "Description" -> description;
                        case "Reference" -> reference;
                        default -> text(random);
                    });
        }
        return row;
    }

    /**
     * A Description field: random text, with a status at its end one time in three; {@code (Unused)} alone one
     * time in two that it is the status.
     */
    private static String description(Random random, int code) {
        String status = switch (random.nextInt(9)) {
            case 0 -> "OBSOLETED";
            case 1 ->
                "TEMPORARY - registered 20" + (10 + random.nextInt(20)) + "-0" + (1 + random.nextInt(9))
                        + "-1" + random.nextInt(10) + ", expires 20" + (10 + random.nextInt(20)) + "-1"
                        + random.nextInt(3) + "-2" + random.nextInt(9);
            case 2 -> "Unused";
            default -> null;
        };
        if (status == null) {
            return text(random);
        }
        if (status.equals("Unused") && random.nextBoolean()) {
            return "(Unused)";
        }
        return text(random) + (random.nextBoolean() ? " " : "") + "(" + status + ")";
    }

    /** Random text for a field: {@link SpecGenerator#text} with pipes unescaped, and CSV hazards. */
    private static String text(Random random) {
        List<String> parts = new ArrayList<>();
        for (int n = SpecGenerator.between(random, 1, 3); n > 0; n--) {
            parts.add(
                    random.nextInt(3) == 0
                            ? CSV_HAZARDS.get(random.nextInt(CSV_HAZARDS.size()))
                            : SpecGenerator.text(random).replace("\\|", "|"));
        }
        return String.join(random.nextBoolean() ? " " : "", parts);
    }

    /**
     * Whether this generator could have made {@code file} with {@link #registry}: the columns Value and
     * Description, and maybe Reference and Notes, each once; at least one row, each with a field in each column;
     * gaps (a range, or Unassigned); and codes from 100 to 599, unique, each with a name, and a status that is
     * none or one of those this generator makes, with references, and names that give distinct constants.
     */
    public static boolean isValid(RegistryFile file) {
        Table table = file.table();
        List<String> header = table.header();
        if (new HashSet<>(header).size() != header.size()
                || !COLUMNS.containsAll(header)
                || !header.contains("Value")
                || !header.contains("Description")) {
            return false;
        }
        Set<Integer> codes = new HashSet<>();
        Set<String> constants = new HashSet<>();
        for (List<String> row : table.rows()) {
            if (row.size() != header.size()) {
                return false;
            }
            if (isGap(table, row)) {
                continue;
            }
            String value = table.cell(row, "Value");
            if (!CODE.matcher(value).matches()) {
                return false;
            }
            int code = Integer.parseInt(value);
            Optional<Named> named = named(table.cell(row, "Description"), code);
            if (code > 599
                    || !codes.add(code)
                    || named.isEmpty()
                    || !constants.add(ConstantNames.constant(named.get().name(), code))
                    || ReferenceText.read(table.cell(row, "Reference").strip()).isEmpty()) {
                return false;
            }
        }
        return !codes.isEmpty();
    }

    /**
     * What the generated API of {@code file}, a valid registry file, holds, as docs/spec.md says: the classes of
     * RFC 9110, the built-in tags, and each code that is not a gap, with its name without the status, the tag of
     * its status, and its references; its description says that it is registered, its status and the labels of
     * its references.
     */
    public static ExpectedTable expected(RegistryFile file) {
        Table table = file.table();
        List<ExpectedTable.Code> codes = new ArrayList<>();
        for (List<String> row : table.rows()) {
            if (isGap(table, row)) {
                continue;
            }
            int code = Integer.parseInt(table.cell(row, "Value"));
            Named named = named(table.cell(row, "Description"), code).orElseThrow();
            List<ReferenceText.Ref> references =
                    ReferenceText.read(table.cell(row, "Reference").strip()).orElseThrow();
            List<String> mentions = new ArrayList<>(List.of("Registered in the IANA HTTP Status Code Registry"));
            named.status().ifPresent(status -> mentions.add("(" + status + ")"));
            references.forEach(reference -> mentions.add(reference.label()));
            codes.add(new ExpectedTable.Code(
                    code,
                    named.name(),
                    null,
                    mentions,
                    named.status().map(status -> List.of(statusTag(status))).orElse(List.of()),
                    List.of(),
                    references));
        }
        return new ExpectedTable(CLASSIFIERS, ExpectedTable.BUILT_IN_PREDICATES, codes);
    }

    /** Whether a row is a gap: a range, or Unassigned. */
    private static boolean isGap(Table table, List<String> row) {
        return RANGE.matcher(table.cell(row, "Value")).matches()
                || table.cell(row, "Description").strip().equalsIgnoreCase("Unassigned");
    }

    /**
     * A code's name and status.
     *
     * @param name the name, without the status
     * @param status the status, without its parentheses, if the name ended with one
     */
    private record Named(String name, Optional<String> status) {}

    /**
     * The name and status of a Description field, as docs/spec.md says: a status in parentheses at the end is not
     * part of the name, and a name that is only a status is the status and the code. Empty if the name is empty,
     * or if the field ends with something like a status that this generator does not make, as shrinking can
     * leave behind.
     */
    private static Optional<Named> named(String field, int code) {
        String text = oneLine(field).strip();
        int open = text.lastIndexOf('(');
        if (text.endsWith(")") && open >= 0 && text.indexOf(')', open) == text.length() - 1) {
            String status = text.substring(open + 1, text.length() - 1);
            String upper = status.strip().toUpperCase(Locale.ROOT);
            boolean statusLike =
                    upper.startsWith("OBSOLETED") || upper.startsWith("TEMPORARY") || upper.equals("UNUSED");
            boolean made = status.equals("OBSOLETED")
                    || status.equals("Unused")
                    || TEMPORARY.matcher(status).matches();
            if (statusLike && !made) {
                return Optional.empty();
            }
            if (made) {
                String name = text.substring(0, open).strip();
                if (name.isEmpty()) {
                    String lower = status.toLowerCase(Locale.ROOT);
                    name = Character.toUpperCase(lower.charAt(0)) + lower.substring(1) + " " + code;
                }
                return Optional.of(new Named(name, Optional.of(status)));
            }
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(new Named(text, Optional.empty()));
    }

    /**
     * The field on one line, as docs/spec.md says: each line break, with the spaces and tabs around it, is one
     * space.
     */
    private static String oneLine(String field) {
        StringBuilder out = new StringBuilder(field.length());
        int i = 0;
        while (i < field.length()) {
            int end = i;
            boolean breaks = false;
            while (end < field.length() && " \t\r\n".indexOf(field.charAt(end)) >= 0) {
                breaks |= field.charAt(end) == '\r' || field.charAt(end) == '\n';
                end++;
            }
            if (end > i) {
                out.append(breaks ? " " : field.substring(i, end));
                i = end;
            } else {
                out.append(field.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String statusTag(String status) {
        return STATUS_TAGS.get(status.startsWith("TEMPORARY") ? "TEMPORARY" : status.toUpperCase(Locale.ROOT));
    }
}
