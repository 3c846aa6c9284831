package dev.statusgen.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The project's source document, read independently of the parser: the 65 code rows as the seed gives them,
 * and what the standard spec makes of the markers that the seed glues onto descriptions.
 */
public final class SeedTable {
    /** The seed file's text. */
    public static final String TEXT = Resources.text("/seed/http-status-table.txt");
    /** The 65 code rows of the seed. */
    public static final List<Row> ROWS = rows();
    /** The tags that the standard spec gives, beyond the markers. */
    private static final Map<Integer, Set<String>> EXTRA_TAGS = Map.of(
            305, Set.of("deprecated"), 306, Set.of("unused"), 449, Set.of("non-standard"), 509, Set.of("non-standard"));

    private SeedTable() {}

    /** A code row of the seed. */
    public record Row(int code, String name, String seedDescription) {
        /** The description without the seed's marker, as the standard spec has it. */
        public String description() {
            for (String marker : List.of("WebDAV ", "WebDAV", "Experimental")) {
                if (seedDescription.startsWith(marker)) {
                    return seedDescription.substring(marker.length());
                }
            }
            return seedDescription;
        }

        /** The tags the standard spec gives this row. */
        public Set<String> tags() {
            if (seedDescription.startsWith("WebDAV")) {
                return Set.of("webdav");
            }
            if (seedDescription.startsWith("Experimental")) {
                return Set.of("experimental");
            }
            return EXTRA_TAGS.getOrDefault(code, Set.of());
        }
    }

    private static List<Row> rows() {
        Matcher m = Pattern.compile("(?m)^(\\d{3}) \\| ([^|]+) \\| (.*) \\|$").matcher(TEXT);
        List<Row> rows = new ArrayList<>();
        while (m.find()) {
            rows.add(new Row(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        }
        return List.copyOf(rows);
    }
}
