package dev.statusgen.sample.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standard table, read straight from {@code spec/http-status-codes.md}: what the API must answer. */
record SpecTable(List<SpecClass> classes, List<SpecCode> codes) {
    private static final Path FILE = Path.of("..", "spec", "http-status-codes.md");
    private static final Pattern CLASS_ROW =
            Pattern.compile("^(\\d{3}) - (\\d{3}) \\| (\\w+) \\| (.+?) \\| (.+?) \\|$");
    private static final Pattern CODE_ROW = Pattern.compile("^(\\d{3}) \\| (.+?) \\| (.*?) \\| (.+?) \\|$");

    /** A row of the classes table. */
    record SpecClass(int first, int last, String id, String name, String description) {
        String range() {
            return first + " - " + last;
        }

        boolean contains(int code) {
            return code >= first && code <= last;
        }
    }

    /** A row of the codes table. */
    record SpecCode(int code, String name, List<String> tags, String description) {
        boolean standard() {
            return !tags.contains("non-standard");
        }
    }

    static SpecTable read() throws IOException {
        List<SpecClass> classes = new ArrayList<>();
        List<SpecCode> codes = new ArrayList<>();
        for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
            Matcher classRow = CLASS_ROW.matcher(line);
            Matcher codeRow = CODE_ROW.matcher(line);
            if (classRow.matches()) {
                classes.add(new SpecClass(
                        Integer.parseInt(classRow.group(1)),
                        Integer.parseInt(classRow.group(2)),
                        classRow.group(3),
                        classRow.group(4),
                        classRow.group(5)));
            } else if (codeRow.matches()) {
                List<String> tags = Arrays.stream(codeRow.group(3).split(","))
                        .map(String::strip)
                        .filter(tag -> !tag.isEmpty())
                        .toList();
                codes.add(new SpecCode(Integer.parseInt(codeRow.group(1)), codeRow.group(2), tags, codeRow.group(4)));
            }
        }
        return new SpecTable(List.copyOf(classes), List.copyOf(codes));
    }

    SpecClass classOf(int code) {
        return classes.stream().filter(c -> c.contains(code)).findFirst().orElseThrow();
    }
}
