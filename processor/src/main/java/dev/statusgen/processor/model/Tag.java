package dev.statusgen.processor.model;

import java.util.List;

/**
 * A tag that code rows may carry in their {@code Tags} column: one of the built-in tags, or one that a spec
 * declares in its tag table. Every tag but {@value #NON_STANDARD} and {@value #OVERRIDE} gives the generated
 * types a predicate, such as {@code isCacheable()} for {@code cacheable}.
 *
 * @param id the tag as written in specs: lower-case ASCII letters and digits, in words joined by hyphens
 * @param description what the tag means
 * @param fromStatusgen whether statusgen itself defines the tag: one of {@link #BUILT_IN}, or a tag that a table
 *     bundled with statusgen declares (such as {@code cacheable} of the standard table), rather than the project's
 *     own spec
 */
public record Tag(String id, String description, boolean fromStatusgen) {
    /** A WebDAV extension of HTTP. */
    public static final String WEBDAV = "webdav";
    /** An experimental code; the IANA registry's {@code (TEMPORARY ...)} status. */
    public static final String EXPERIMENTAL = "experimental";
    /** A deprecated code: its constants get {@code @Deprecated}. */
    public static final String DEPRECATED = "deprecated";
    /** A reserved code that is no longer used; the IANA registry's {@code (Unused)} status. */
    public static final String UNUSED = "unused";
    /** A code outside the standards, though in use: {@code isStandard()} is false. */
    public static final String NON_STANDARD = "non-standard";
    /** In a spec layered over another: this row replaces the row of its code below. */
    public static final String OVERRIDE = "override";

    /** The tags that every spec may use without declaring them. */
    public static final List<Tag> BUILT_IN = List.of(
            new Tag(WEBDAV, "A WebDAV extension of HTTP.", true),
            new Tag(EXPERIMENTAL, "An experimental code.", true),
            new Tag(DEPRECATED, "A deprecated code.", true),
            new Tag(UNUSED, "A reserved code that is no longer used.", true),
            new Tag(NON_STANDARD, "A code outside the standards, though in use.", true),
            new Tag(OVERRIDE, "In a spec layered over another, a row that replaces the row of its code below.", true));

    /** Whether the generated types have a predicate for this tag. */
    public boolean hasPredicate() {
        return !id.equals(NON_STANDARD) && !id.equals(OVERRIDE);
    }

    /** Whether a code can carry this tag, so that the tag enum has a constant for it: all but {@value #OVERRIDE}. */
    public boolean hasConstant() {
        return !id.equals(OVERRIDE);
    }

    /** The constant of this tag in the generated tag enum: {@code aws-elb} gives {@code AWS_ELB}. */
    public String constantName() {
        return Identifiers.tagConstant(id);
    }

    /** The predicate for this tag: {@code no-content} gives {@code isNoContent}. */
    public String predicateName() {
        return Identifiers.tagPredicate(id);
    }

    /** The built-in tag {@code id}, if there is one. */
    public static boolean isBuiltIn(String id) {
        for (Tag tag : BUILT_IN) {
            if (tag.id.equals(id)) {
                return true;
            }
        }
        return false;
    }
}
