package dev.statusgen.sample.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sample app's table, read straight from the spec files: the standard table, {@code spec/http-status-codes.md},
 * with the vendor tables layered on it, as the holder {@code Http} names them. This is what the API must answer.
 * Each file's tables are told apart by their header rows, and their columns are found by name. A vendor table's
 * codes are layered, so they carry the tag {@code non-standard} besides their own.
 */
public record SpecTable(List<SpecClass> classes, List<SpecCode> codes, List<SpecTag> tags) {
    private static final Path STANDARD = Path.of("..", "spec", "http-status-codes.md");
    private static final List<Path> VENDORS = List.of(
            Path.of("..", "spec", "nginx-status-codes.md"),
            Path.of("..", "spec", "cloudflare-status-codes.md"),
            Path.of("..", "spec", "aws-elb-status-codes.md"));
    private static final Pattern URL = Pattern.compile("https://\\S+");
    private static final Pattern RANGE = Pattern.compile("(\\d{3}) - (\\d{3})");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\]");

    /** A reference to an RFC, as the IANA registry writes it: {@code RFC9110, Section 15.5.5} or {@code RFC6585}. */
    private static final Pattern RFC = Pattern.compile("RFC(\\d+)(?:, Section ([0-9.]+))?");

    /** A row of the classes table. */
    public record SpecClass(int first, int last, String id, String name, String description) {
        /**
         * Returns the range as the spec writes it.
         *
         * @return such as {@code 400 - 499}
         */
        public String range() {
            return first + " - " + last;
        }

        /**
         * Whether the range holds {@code code}.
         *
         * @param code any number
         * @return whether it is in the range
         */
        public boolean contains(int code) {
            return code >= first && code <= last;
        }
    }

    /**
     * A row of the codes table.
     *
     * @param tags sorted, as the generated code lists them
     */
    public record SpecCode(
            int code,
            String name,
            List<String> tags,
            List<String> aliases,
            List<SpecReference> references,
            String description) {
        /**
         * Whether the code is standard: it does not carry the tag {@code non-standard}.
         *
         * @return whether it is standard
         */
        public boolean standard() {
            return !tags.contains("non-standard");
        }
    }

    /**
     * A reference of the {@code Reference} column, as docs/spec.md says statusgen reads it: an RFC is a link to the
     * RFC Editor's page (at its section, if one is named); the table's other references are plain text.
     *
     * @param url null for plain text
     */
    public record SpecReference(String label, String url) {
        static SpecReference of(String bracketed) {
            Matcher rfc = RFC.matcher(bracketed);
            if (!rfc.matches()) {
                return new SpecReference(bracketed, null);
            }
            String page = "https://www.rfc-editor.org/rfc/rfc" + rfc.group(1) + ".html";
            return rfc.group(2) == null
                    ? new SpecReference("RFC " + rfc.group(1), page)
                    : new SpecReference(
                            "RFC " + rfc.group(1) + ", Section " + rfc.group(2), page + "#section-" + rfc.group(2));
        }
    }

    /** A row of the table of the tags that the spec declares. */
    public record SpecTag(String id, String description) {}

    /**
     * Reads the standard table and the vendor tables layered on it.
     *
     * @return their classes, codes (by code) and declared tags
     * @throws IOException if a file cannot be read
     */
    public static SpecTable read() throws IOException {
        List<SpecClass> classes = new ArrayList<>();
        List<SpecCode> codes = new ArrayList<>();
        List<SpecTag> tags = new ArrayList<>();
        read(STANDARD, false, classes, codes, tags);
        for (Path vendor : VENDORS) {
            read(vendor, true, classes, codes, tags);
        }
        codes.sort(Comparator.comparingInt(SpecCode::code));
        return new SpecTable(List.copyOf(classes), List.copyOf(codes), List.copyOf(tags));
    }

    private static void read(
            Path file, boolean layered, List<SpecClass> classes, List<SpecCode> codes, List<SpecTag> tags)
            throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i + 1).replace("|", "").startsWith("---")) {
                continue;
            }
            List<String> header = cells(lines.get(i));
            int row = i + 2;
            for (; row < lines.size() && lines.get(row).contains("|"); row++) {
                Map<String, String> cells = new HashMap<>();
                List<String> values = cells(lines.get(row));
                for (int column = 0; column < header.size(); column++) {
                    cells.put(header.get(column), values.get(column));
                }
                if (header.contains("Class")) {
                    classes.add(specClass(cells));
                } else if (header.contains("Name")) {
                    codes.add(specCode(cells, layered));
                } else if (header.contains("Tag")) {
                    tags.add(new SpecTag(cells.get("Tag"), cells.get("Description")));
                }
            }
            i = row;
        }
    }

    /**
     * Returns the class whose range holds {@code code}, which one must.
     *
     * @param code a code in a class's range
     * @return the class
     */
    public SpecClass classOf(int code) {
        return classes.stream().filter(c -> c.contains(code)).findFirst().orElseThrow();
    }

    /**
     * Returns the codes that carry a tag.
     *
     * @param id the tag
     * @return the codes, in order
     */
    public List<Integer> codesTagged(String id) {
        return codes.stream()
                .filter(c -> c.tags().contains(id))
                .map(SpecCode::code)
                .toList();
    }

    /**
     * Returns what a tag means: the spec's description of a tag that it declares, statusgen's of a built-in one, as
     * the generated reference's row {@code | id | predicate | description | codes |} has it.
     *
     * @param tag a tag that the spec declares or a built-in one
     * @return its description
     */
    public String description(String tag) {
        return tags.stream()
                .filter(t -> t.id().equals(tag))
                .map(SpecTag::description)
                .findFirst()
                .orElseGet(() -> builtInDescription(tag));
    }

    private static String builtInDescription(String tag) {
        try (InputStream in = SpecTable.class
                .getClassLoader()
                .getResourceAsStream("META-INF/statusgen/dev/statusgen/sample/Http.md")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> line.startsWith("| " + tag + " |"))
                    .map(line -> line.split(" \\| ")[3])
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the reference has no tag " + tag));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SpecClass specClass(Map<String, String> cells) {
        Matcher range = RANGE.matcher(cells.get("Status Code"));
        if (!range.matches()) {
            throw new IllegalStateException("not a range: " + cells.get("Status Code"));
        }
        return new SpecClass(
                Integer.parseInt(range.group(1)),
                Integer.parseInt(range.group(2)),
                cells.get("Id"),
                cells.get("Class"),
                cells.get("Description"));
    }

    private static SpecCode specCode(Map<String, String> cells, boolean layered) {
        List<SpecReference> references = new ArrayList<>();
        Matcher bracketed = BRACKETED.matcher(cells.get("Reference"));
        while (bracketed.find()) {
            references.add(SpecReference.of(bracketed.group(1)));
        }
        Matcher url = URL.matcher(cells.get("Reference"));
        while (url.find()) {
            references.add(new SpecReference(url.group(), url.group()));
        }
        List<String> tags = new ArrayList<>(list(cells.get("Tags")));
        if (layered) {
            tags.add("non-standard");
        }
        return new SpecCode(
                Integer.parseInt(cells.get("Status Code")),
                cells.get("Name"),
                tags.stream().sorted().toList(),
                list(cells.get("Aliases")),
                List.copyOf(references),
                cells.get("Description"));
    }

    /** The cells of a row such as {@code 404 | Not Found | cacheable |}; the standard table escapes no pipe. */
    private static List<String> cells(String line) {
        String row = line.strip();
        row = row.startsWith("|") ? row.substring(1) : row;
        row = row.endsWith("|") ? row.substring(0, row.length() - 1) : row;
        return Arrays.stream(row.split("\\|", -1)).map(String::strip).toList();
    }

    /** A comma-separated list; none for an empty cell. */
    private static List<String> list(String cell) {
        return Arrays.stream(cell.split(","))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }
}
