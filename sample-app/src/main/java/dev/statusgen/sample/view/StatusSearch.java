package dev.statusgen.sample.view;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds codes of a table by number or by name, as the command line and the page's search do. A name query finds the
 * codes whose name or one of whose aliases holds it, whatever the case ({@code found} finds 302 Found and 404 Not
 * Found); a number means a code on the command line, and the codes that start with it on the page.
 */
public final class StatusSearch {
    /** The longest query that the page's search box takes, in characters. */
    public static final int MAX_QUERY_LENGTH = 100;

    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern CODE = Pattern.compile("[0-9]{1,3}");

    private final TableView table;

    /**
     * What a query found.
     *
     * @param query the query, as given
     * @param found the statuses found, in the table's order; none if {@code problem} says why
     * @param problem why nothing was found, or null if something was
     */
    public record Result(String query, List<StatusView> found, String problem) {
        /**
         * Whether the query found something.
         *
         * @return whether {@code found} is not empty
         */
        public boolean ok() {
            return problem == null;
        }

        private static Result of(String query, List<StatusView> found, String problemIfNone) {
            return new Result(query, found, found.isEmpty() ? problemIfNone : null);
        }

        private static Result failed(String query, String problem) {
            return new Result(query, List.of(), problem);
        }
    }

    /**
     * Creates a search of {@code table}.
     *
     * @param table the table to search
     */
    public StatusSearch(TableView table) {
        this.table = table;
    }

    /**
     * Looks a query up as the command line does: a number is the code it names, any other text a name.
     *
     * @param query such as {@code 404}, {@code 299} or {@code content too large}
     * @return the status of the code, or the statuses that the name finds
     */
    public Result lookUp(String query) {
        String text = query.strip();
        if (text.isEmpty()) {
            return Result.failed(query, blank(query));
        }
        if (!DIGITS.matcher(text).matches()) {
            return byName(query, text);
        }
        try {
            return new Result(query, List.of(table.status(code(text))), null);
        } catch (IllegalArgumentException e) {
            return Result.failed(query, e.getMessage());
        }
    }

    /**
     * Searches as the page does: a number finds the codes of the table that start with it ({@code 40} finds 400 to
     * 409) or, if there are none, the status of the 3-digit code it names; any other text finds by name, as
     * {@link #lookUp} does.
     *
     * @param query such as {@code 40}, {@code 299} or {@code found}
     * @return what the query found
     */
    public Result search(String query) {
        String text = query.strip();
        if (!DIGITS.matcher(text).matches()) {
            return lookUp(query);
        }
        List<StatusView> found = table.statuses().stream()
                .filter(s -> String.valueOf(s.code()).startsWith(text))
                .toList();
        return found.isEmpty() && text.length() >= 3
                ? lookUp(query)
                : Result.of(query, found, "No status code of the table starts with " + text);
    }

    /**
     * The code in {@code text}, which must be up to 3 digits; whether a class holds it is for the table to say.
     *
     * @param text the digits
     * @return the code
     * @throws IllegalArgumentException if {@code text} is not up to 3 digits
     */
    public static int code(String text) {
        if (!CODE.matcher(text).matches()) {
            throw new IllegalArgumentException(notACode(text));
        }
        return Integer.parseInt(text);
    }

    /**
     * Says that {@code text} is not a status code.
     *
     * @param text what was given for a code
     * @return such as {@code "4O4" is not a status code: expected 3 digits, such as 404}
     */
    public static String notACode(String text) {
        return "\"" + text + "\" is not a status code: expected 3 digits, such as 404";
    }

    private Result byName(String query, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<StatusView> found = table.statuses().stream()
                .filter(s -> s.names().stream()
                        .anyMatch(n -> n.toLowerCase(Locale.ROOT).contains(lower)))
                .toList();
        return Result.of(query, found, "No status code has \"" + text + "\" in its name or its aliases");
    }

    private static String blank(String query) {
        return "\"" + query + "\" is neither a status code nor a name: type a code, such as 404, or a name, such as "
                + "not found";
    }
}
