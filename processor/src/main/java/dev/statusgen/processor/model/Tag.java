package dev.statusgen.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The tags a code row may carry in its {@code Tags} column. */
public enum Tag {
    /** A WebDAV extension. */
    WEBDAV("webdav"),
    /** An experimental code. */
    EXPERIMENTAL("experimental"),
    /** A deprecated code: its constants get {@code @Deprecated}. */
    DEPRECATED("deprecated"),
    /** A reserved code that is no longer used. */
    UNUSED("unused"),
    /** A code outside the standards, though in use: {@code isStandard()} is false. */
    NON_STANDARD("non-standard"),
    /** In a spec layered over the standard table: this row replaces the standard row of its code. */
    OVERRIDE("override");

    private final String spelling;

    Tag(String spelling) {
        this.spelling = spelling;
    }

    /** The tag as written in a spec. */
    public String spelling() {
        return spelling;
    }

    /** The tag spelled {@code text}, ignoring case. */
    public static Optional<Tag> parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.spelling.equals(lower)).findFirst();
    }

    /** Every spelling, for messages. */
    public static String spellings() {
        return Arrays.stream(values()).map(Tag::spelling).collect(Collectors.joining(", "));
    }
}
