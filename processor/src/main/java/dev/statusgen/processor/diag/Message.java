package dev.statusgen.processor.diag;

/**
 * Every message statusgen reports, in one place. Each is a {@link String#format} pattern.
 */
public enum Message {
    // The spec as a whole.
    NOT_UTF8("the spec is not valid UTF-8 (a malformed byte sequence at byte %d)"),
    NO_CODE_TABLE("the spec has no code table; expected a table with the columns Status Code | Name | Description"),
    NO_CLASS_TABLE("the spec has no class table; expected a table with the columns Status Code | Class | Description"),
    NO_CODES("the code table has no rows"),
    NO_CLASSES("the class table has no rows"),

    // Table structure.
    MISSING_SEPARATOR("the table header is not followed by a separator row such as ---|---|---"),
    MISSING_HEADER("table row without a header row and a separator row above it"),
    SEPARATOR_WITHOUT_HEADER("separator row without a header row above it"),
    UNKNOWN_TABLE("a table with the columns %s is neither a class table (Status Code | Class | Description)"
            + " nor a code table (Status Code | Name | Description)"),
    MISSING_COLUMN("the %s table has no column \"%s\""),
    UNKNOWN_COLUMN("unknown column \"%s\" in the %s table; the columns are %s"),
    DUPLICATE_COLUMN("duplicate column \"%s\""),
    MISSING_CELL("missing cell: the row has %d cells where the header has %d"),
    EXTRA_CELL("extra cell: the row has %d cells where the header has %d"),
    CELL_TOO_LONG("the cell is %d characters long; at most %d are allowed"),

    // Cells.
    BAD_CODE("\"%s\" is not a status code; expected 3 digits from 100 to 999"),
    BAD_RANGE("\"%s\" is not a class range; expected two 3-digit codes such as 100 - 199"),
    BACKWARDS_RANGE("class range %d - %d runs backwards"),
    EMPTY_NAME("empty name for code %d"),
    EMPTY_CLASS_NAME("empty class name for the range %d - %d"),
    UNKNOWN_TAG("unknown tag \"%s\"; the tags are %s"),
    BAD_CLASS_ID("class id \"%s\" is not an UPPER_SNAKE_CASE Java identifier such as CLIENT_ERROR"),
    RESERVED_CLASS_ID("class id %s would generate the classifier %s(), which statusgen already generates"),

    // Rows against each other.
    DUPLICATE_CODE("duplicate code %d (first defined on %s)"),
    OVERLAPPING_RANGE("class range %d - %d overlaps the range %d - %d on %s"),
    DUPLICATE_CLASS_ID("duplicate class id %s (first defined on %s)"),
    CLASSIFIER_CLASH("class id %s gives the classifier %s(), as does %s on %s"),
    CODE_OUTSIDE_CLASSES("code %d is outside every class range (%s)"),
    NAME_CLASH("the name \"%s\" gives the constant %s, as does \"%s\" on %s"),

    // Layering a project's spec over the standard table.
    OVERRIDE_NEEDED("code %d is already in the standard table (%s); tag the row override to replace it"),
    OVERRIDES_NOTHING("code %d is tagged override, but the standard table has no such code"),
    OVERRIDE_WITHOUT_EXTENDS("the tag override only applies with @HttpStatusTable(extendsStandard = true)"),

    // The annotation and its holder.
    HOLDER_NOT_CLASS("@HttpStatusTable goes on a class, not on %s %s"),
    HOLDER_LOCAL("@HttpStatusTable cannot go on a local or anonymous class"),
    SAME_GENERATED_NAMES("%s would generate %s, as %s does; rename one of the holders"),
    GENERATED_NAME_TAKEN("%s would generate %s, which already exists; rename the holder or that type"),
    EXTENDS_WITHOUT_SPEC("extendsStandard = true needs a spec of the project's own, such as spec = \"my-statuses.md\""),
    SPEC_NOT_FOUND("spec \"%s\" not found; looked in: %s"),
    SPEC_UNREADABLE("spec \"%s\" could not be read: %s"),
    WRITE_FAILED("could not write %s: %s"),
    READING_SPEC("statusgen: reading the spec %s"),
    INTERNAL_ERROR("statusgen failed unexpectedly; please report this with the stack trace: %s");

    private final String pattern;

    Message(String pattern) {
        this.pattern = pattern;
    }

    /** Formats this message with its arguments. */
    public String format(Object... args) {
        return String.format(java.util.Locale.ROOT, pattern, args);
    }
}
