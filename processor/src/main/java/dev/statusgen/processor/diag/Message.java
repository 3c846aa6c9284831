package dev.statusgen.processor.diag;

/**
 * Every message statusgen reports, in one place. Each is a {@link String#format} pattern.
 */
public enum Message {
    // The spec as a whole.
    NOT_UTF8("the spec is not valid UTF-8 (a malformed byte sequence at byte %d)"),
    NO_CODE_TABLE("the spec has no code table; expected a table with the columns Status Code | Name | Description"),
    NO_CLASS_TABLE("the spec has no class table; expected a table with the columns Status Code | Class | Description"),
    EMPTY_TABLE("the %s table has no rows"),

    // The IANA registry's CSV file.
    MISSING_REGISTRY_COLUMN("the registry file has no column \"%s\"; expected the header Value,Description,Reference"),
    UNCLOSED_QUOTE("unclosed quote: the quoted field that starts here has no closing quote"),
    REGISTRY_FIELDS("the row has %d fields where the header has %d"),
    BAD_REGISTRY_VALUE("\"%s\" is neither a 3-digit code nor a range such as 105-199"),

    // Table structure.
    MISSING_SEPARATOR("the table header is not followed by a separator row such as ---|---|---"),
    MISSING_HEADER("table row without a header row and a separator row above it"),
    SEPARATOR_WITHOUT_HEADER("separator row without a header row above it"),
    UNKNOWN_TABLE("a table with the columns %s is neither a class table (Status Code | Class | Description),"
            + " a code table (Status Code | Name | Description) nor a tag table (Tag | Description)"),
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
    BAD_TAG_ID("tag \"%s\" is not a tag id: lower-case ASCII letters and digits, in words joined by hyphens,"
            + " such as no-content"),
    UNCLOSED_REFERENCE("reference \"%s\" has no closing ]"),
    EMPTY_REFERENCE("empty reference []"),
    NOT_HTTPS_REFERENCE("\"%s\" is not an https URL; a reference is an https URL or a bracketed reference such as"
            + " [RFC9110, Section 15.5.5]"),
    BAD_CLASS_ID("class id \"%s\" is not an UPPER_SNAKE_CASE Java identifier such as CLIENT_ERROR"),
    RESERVED_CLASS_ID("class id %s would generate the classifier %s(), which statusgen already generates"),
    RESERVED_TAG("tag %s would generate the predicate %s(), which statusgen already generates"),

    // Rows against each other.
    DUPLICATE_CODE("duplicate code %d (first defined on %s)"),
    OVERLAPPING_RANGE("class range %d - %d overlaps the range %d - %d on %s"),
    DUPLICATE_CLASS_ID("duplicate class id %s (first defined on %s)"),
    CLASSIFIER_CLASH("class id %s gives the classifier %s(), as does %s on %s"),
    CODE_OUTSIDE_CLASSES("code %d is outside every class range (%s)"),
    NAME_CLASH("the name \"%s\" gives the constant %s, as does \"%s\" on %s"),
    ALIAS_CLASH("the alias \"%s\" gives the constant %s, as does \"%s\" on %s"),
    ALIAS_IS_NAME("the alias \"%s\" of code %d gives the constant %s of the code's own name"),
    TAG_CLASH("tag %s gives the predicate %s(), as does %s"),
    TAG_BUILT_IN("tag %s is built in; declare only tags of the spec's own"),
    DUPLICATE_TAG("tag %s is declared twice (first on %s)"),

    // Layering a spec over the ones before it.
    OVERRIDE_NEEDED("code %d is already in %s (%s); tag the row override to replace it"),
    OVERRIDES_NOTHING("code %d is tagged override, but %s has no such code"),
    OVERRIDE_WITHOUT_EXTENDS("the tag override only applies to a spec layered over another: a later file of spec, or"
            + " extendsStandard = true"),
    VENDOR_TABLE_ALONE("%s lists vendor codes only; layer it over a table of classes: spec ="
            + " {HttpStatusTable.STANDARD, HttpStatusTable.%s} or extendsStandard = true"),

    // The annotation and its holder.
    HOLDER_NOT_CLASS("@HttpStatusTable goes on a class, not on %s %s"),
    HOLDER_LOCAL("@HttpStatusTable cannot go on a local or anonymous class"),
    SAME_GENERATED_NAMES("%s would generate %s, as %s does; rename one of the holders"),
    GENERATED_NAME_TAKEN("%s would generate %s, which already exists; rename the holder or that type"),
    HOLDER_VALUES_BROKEN("statusgen generated nothing for %s: the values of its @HttpStatusTable do not compile"),
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
