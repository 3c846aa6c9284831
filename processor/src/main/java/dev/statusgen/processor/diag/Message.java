package dev.statusgen.processor.diag;

import static javax.tools.Diagnostic.Kind.ERROR;
import static javax.tools.Diagnostic.Kind.NOTE;

import java.util.Locale;
import javax.tools.Diagnostic;

/**
 * Every message statusgen reports, in one place: each with the kind of diagnostic it is, the number of arguments
 * it takes, and its {@link String#format} pattern, which uses each argument once, with {@code %s} or {@code %d}.
 * {@code MessageTest} formats every message with its declared number of arguments.
 */
public enum Message {
    // The spec as a whole.
    NOT_UTF8(ERROR, 1, "the spec is not valid UTF-8 (a malformed byte sequence at byte %d)"),
    NO_CODE_TABLE(
            ERROR, 0, "the spec has no code table; expected a table with the columns Status Code | Name | Description"),
    NO_CLASS_TABLE(
            ERROR,
            0,
            "the spec has no class table; expected a table with the columns Status Code | Class | Description"),
    EMPTY_TABLE(ERROR, 1, "the %s table has no rows"),

    // The IANA registry's CSV file.
    MISSING_REGISTRY_COLUMN(
            ERROR, 1, "the registry file has no column \"%s\"; expected the header Value,Description,Reference"),
    UNCLOSED_QUOTE(ERROR, 0, "unclosed quote: the quoted field that starts here has no closing quote"),
    REGISTRY_FIELDS(ERROR, 2, "the row has %d fields where the header has %d"),
    BAD_REGISTRY_VALUE(ERROR, 1, "\"%s\" is neither a 3-digit code nor a range such as 105-199"),

    // Table structure.
    MISSING_SEPARATOR(ERROR, 0, "the table header is not followed by a separator row such as ---|---|---"),
    MISSING_HEADER(ERROR, 0, "table row without a header row and a separator row above it"),
    SEPARATOR_WITHOUT_HEADER(ERROR, 0, "separator row without a header row above it"),
    UNKNOWN_TABLE(
            ERROR,
            1,
            "a table with the columns %s is neither a class table (Status Code | Class | Description),"
                    + " a code table (Status Code | Name | Description) nor a tag table (Tag | Description)"),
    MISSING_COLUMN(ERROR, 2, "the %s table has no column \"%s\""),
    UNKNOWN_COLUMN(ERROR, 3, "unknown column \"%s\" in the %s table; the columns are %s"),
    DUPLICATE_COLUMN(ERROR, 1, "duplicate column \"%s\""),
    MISSING_CELL(ERROR, 2, "missing cell: the row has %d cells where the header has %d"),
    EXTRA_CELL(ERROR, 2, "extra cell: the row has %d cells where the header has %d"),
    CELL_TOO_LONG(ERROR, 2, "the cell is %d characters long; at most %d are allowed"),

    // Cells.
    BAD_CODE(ERROR, 1, "\"%s\" is not a status code; expected 3 digits from 100 to 999"),
    BAD_RANGE(ERROR, 1, "\"%s\" is not a class range; expected two 3-digit codes such as 100 - 199"),
    BACKWARDS_RANGE(ERROR, 2, "class range %d - %d runs backwards"),
    EMPTY_NAME(ERROR, 1, "empty name for code %d"),
    EMPTY_CLASS_NAME(ERROR, 2, "empty class name for the range %d - %d"),
    UNKNOWN_TAG(ERROR, 2, "unknown tag \"%s\"; the tags are %s"),
    BAD_TAG_ID(
            ERROR,
            1,
            "tag \"%s\" is not a tag id: lower-case ASCII letters and digits, in words joined by hyphens,"
                    + " such as no-content"),
    UNCLOSED_REFERENCE(ERROR, 1, "reference \"%s\" has no closing ]"),
    EMPTY_REFERENCE(ERROR, 0, "empty reference []"),
    NOT_HTTPS_REFERENCE(
            ERROR,
            1,
            "\"%s\" is not an https URL; a reference is an https URL or a bracketed reference such as"
                    + " [RFC9110, Section 15.5.5]"),
    BAD_CLASS_ID(ERROR, 1, "class id \"%s\" is not an UPPER_SNAKE_CASE Java identifier such as CLIENT_ERROR"),
    RESERVED_CLASS_ID(ERROR, 2, "class id %s would generate the classifier %s(), which statusgen already generates"),
    RESERVED_TAG(ERROR, 2, "tag %s would generate the predicate %s(), which statusgen already generates"),

    // Rows against each other.
    DUPLICATE_CODE(ERROR, 2, "duplicate code %d (first defined on %s)"),
    OVERLAPPING_RANGE(ERROR, 5, "class range %d - %d overlaps the range %d - %d on %s"),
    DUPLICATE_CLASS_ID(ERROR, 2, "duplicate class id %s (first defined on %s)"),
    CLASSIFIER_CLASH(ERROR, 4, "class id %s gives the classifier %s(), as does %s on %s"),
    CODE_OUTSIDE_CLASSES(ERROR, 2, "code %d is outside every class range (%s)"),
    NAME_CLASH(ERROR, 4, "the name \"%s\" gives the constant %s, as does \"%s\" on %s"),
    ALIAS_CLASH(ERROR, 4, "the alias \"%s\" gives the constant %s, as does \"%s\" on %s"),
    ALIAS_IS_NAME(ERROR, 3, "the alias \"%s\" of code %d gives the constant %s of the code's own name"),
    TAG_CLASH(ERROR, 3, "tag %s gives the predicate %s(), as does %s"),
    TAG_BUILT_IN(ERROR, 1, "tag %s is built in; declare only tags of the spec's own"),
    TAG_NOT_CONSTANT(
            ERROR,
            2,
            "tag %s cannot become a constant of the tag enum (it would be %s); a declared tag starts with a letter"),
    DUPLICATE_TAG(ERROR, 2, "tag %s is declared twice (first on %s)"),

    // Layering a spec over the ones before it.
    OVERRIDE_NEEDED(ERROR, 3, "code %d is already in %s (%s); tag the row override to replace it"),
    OVERRIDES_NOTHING(ERROR, 2, "code %d is tagged override, but %s has no such code"),
    OVERRIDE_WITHOUT_EXTENDS(
            ERROR,
            0,
            "the tag override only applies to a spec layered over another: a later file of spec, or"
                    + " extendsStandard = true"),
    VENDOR_TABLE_ALONE(
            ERROR,
            2,
            "%s lists vendor codes only; layer it over a table of classes: spec ="
                    + " {HttpStatusTable.STANDARD, HttpStatusTable.%s} or extendsStandard = true"),

    // The annotation and its holder.
    HOLDER_NOT_CLASS(ERROR, 2, "@HttpStatusTable goes on a class, not on %s %s"),
    HOLDER_LOCAL(ERROR, 0, "@HttpStatusTable cannot go on a local or anonymous class"),
    SAME_GENERATED_NAMES(ERROR, 3, "%s would generate %s, as %s does; rename one of the holders"),
    GENERATED_NAME_TAKEN(ERROR, 2, "%s would generate %s, which already exists; rename the holder or that type"),
    HOLDER_VALUES_BROKEN(
            ERROR, 1, "statusgen generated nothing for %s: the values of its @HttpStatusTable do not compile"),
    EXTENDS_WITHOUT_SPEC(
            ERROR, 0, "extendsStandard = true needs a spec of the project's own, such as spec = \"my-statuses.md\""),
    UNKNOWN_INTEGRATION(
            ERROR,
            1,
            "integrations = %s is not known to this statusgen processor, which is older than the annotations;"
                    + " use the processor of the annotations' version"),
    INTEGRATION_MISSING(ERROR, 3, "integrations = %s needs %s on the compile class path; add the dependency %s"),
    INTEGRATION_NOT_READ(
            ERROR,
            5,
            "integrations = %s needs %s, which the module %s does not read; require the module %s in its"
                    + " module-info.java, with %s on the module path"),
    REST_INTEGRATIONS_CLASH(
            ERROR,
            0,
            "integrations = {JAKARTA_REST, JAVAX_REST} asks for two Response.StatusType interfaces whose getFamily()"
                    + " types clash; choose one"),
    SPEC_NOT_FOUND(ERROR, 2, "spec \"%s\" not found; looked in: %s"),
    SPEC_UNREADABLE(ERROR, 2, "spec \"%s\" could not be read: %s"),
    WRITE_FAILED(ERROR, 2, "could not write %s: %s"),
    READING_SPEC(NOTE, 1, "statusgen: reading the spec %s"),
    INTERNAL_ERROR(ERROR, 1, "statusgen failed unexpectedly; please report this with the stack trace: %s");

    private final Diagnostic.Kind kind;
    private final int arguments;
    private final String pattern;

    Message(Diagnostic.Kind kind, int arguments, String pattern) {
        this.kind = kind;
        this.arguments = arguments;
        this.pattern = pattern;
    }

    /** The kind of diagnostic this message is reported as. */
    public Diagnostic.Kind kind() {
        return kind;
    }

    /** The number of arguments this message takes. */
    public int arguments() {
        return arguments;
    }

    /**
     * Formats this message with its arguments.
     *
     * @throws IllegalArgumentException if {@code args} are not as many as the message takes
     */
    public String format(Object... args) {
        if (args.length != arguments) {
            throw new IllegalArgumentException(name() + " takes " + arguments + " arguments, not " + args.length);
        }
        return String.format(Locale.ROOT, pattern, args);
    }
}
