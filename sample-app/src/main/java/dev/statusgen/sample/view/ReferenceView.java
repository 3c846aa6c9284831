package dev.statusgen.sample.view;

import java.util.Optional;

/**
 * A text that defines a status code.
 *
 * @param text how it is cited, such as {@code RFC 9110, Section 15.5.5}
 * @param url its address, if it has one
 */
public record ReferenceView(String text, Optional<String> url) {
    /**
     * Returns the address to link to: the URL if it is an {@code https} one. The generated code has no other, but
     * the page links nothing else, whatever it is given.
     *
     * @return the {@code https} URL, if there is one
     */
    public Optional<String> link() {
        return url.filter(u -> u.startsWith("https://"));
    }
}
