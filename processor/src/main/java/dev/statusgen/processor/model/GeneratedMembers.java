package dev.statusgen.processor.model;

import java.util.Set;

/**
 * The names of the public methods that the generated types declare whatever the spec says. The writers declare
 * the methods by these names, and the validator keeps the names that a spec derives (the classifiers of its
 * classes and the predicates of its tags) off them and off each other, so that no derived method silently
 * overrides or hides a generated one.
 */
public final class GeneratedMembers {
    /** The code of a status. */
    public static final String CODE = "code";
    /** The reason phrase of a status. */
    public static final String REASON_PHRASE = "reasonPhrase";
    /** The description of a status or a class. */
    public static final String DESCRIPTION = "description";
    /** The class of a status. */
    public static final String STATUS_CLASS = "statusClass";
    /** The tags of a status. */
    public static final String TAGS = "tags";
    /** The other names of a status. */
    public static final String ALIASES = "aliases";
    /** The references of a status. */
    public static final String REFERENCES = "references";
    /** Whether a status or a code is standard. */
    public static final String IS_STANDARD = "isStandard";
    /** Whether a status, a code or a class is an error. */
    public static final String IS_ERROR = "isError";
    /** Whether an int is in a class's range. */
    public static final String IS_VALID = "isValid";
    /** The lookup by code that answers an {@code Optional}. */
    public static final String FIND = "find";
    /** The lookup by code that throws for a code without an answer. */
    public static final String OF = "of";
    /** The lookup by code that answers every code of a class. */
    public static final String VALUE_OF = "valueOf";
    /** The lookup by reason phrase. */
    public static final String FIND_BY_REASON_PHRASE = "findByReasonPhrase";
    /** The first code of a class's range. */
    public static final String FIRST_CODE = "firstCode";
    /** The last code of a class's range. */
    public static final String LAST_CODE = "lastCode";
    /** The name of a class. */
    public static final String DISPLAY_NAME = "displayName";
    /** Whether a class's range holds a code. */
    public static final String CONTAINS = "contains";

    /** Every name above: no classifier or tag predicate may take one. */
    public static final Set<String> ALL = Set.of(
            CODE,
            REASON_PHRASE,
            DESCRIPTION,
            STATUS_CLASS,
            TAGS,
            ALIASES,
            REFERENCES,
            IS_STANDARD,
            IS_ERROR,
            IS_VALID,
            FIND,
            OF,
            VALUE_OF,
            FIND_BY_REASON_PHRASE,
            FIRST_CODE,
            LAST_CODE,
            DISPLAY_NAME,
            CONTAINS);

    private GeneratedMembers() {}
}
