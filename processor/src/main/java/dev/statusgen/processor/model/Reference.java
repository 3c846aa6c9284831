package dev.statusgen.processor.model;

/**
 * A text that defines a code, such as RFC 9110, Section 15.5.5: a link, or plain text.
 *
 * @param label what the reference reads as, such as {@code RFC 9110, Section 15.5.5}
 * @param url the {@code https} URL it links to, or null for plain text
 */
public record Reference(String label, String url) {

    /** Whether the reference is a link. */
    public boolean isLink() {
        return url != null;
    }
}
