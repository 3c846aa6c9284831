package dev.statusgen.sample.web;

/**
 * Writes an HTML document. Its markup comes from the literals that the pages pass as element and attribute names;
 * every text and every attribute value goes through {@link #escape}, so that no text can end an element, open one,
 * or leave its attribute.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(8192);

    /** Starts a document with its doctype. */
    Html() {
        out.append("<!doctype html>\n");
    }

    /**
     * Text escaped for HTML, in an element or a quoted attribute value: {@code & < > " '} as character references,
     * and control characters, which no HTML document may hold, as U+FFFD.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(isControl(c) ? '\uFFFD' : c);
            }
        }
        return escaped.toString();
    }

    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /**
     * Opens an element.
     *
     * @param name the element's name, a literal
     * @param attributes pairs of an attribute's name, a literal, and its value, or null to leave the attribute out;
     *     a boolean attribute's value is its name
     */
    Html open(String name, String... attributes) {
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ')
                        .append(attributes[i])
                        .append("=\"")
                        .append(escape(attributes[i + 1]))
                        .append('"');
            }
        }
        out.append('>');
        return this;
    }

    /** Closes the element {@code name}. */
    Html close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    /** An element that holds only {@code text}. */
    Html element(String name, String text, String... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    /** Text, escaped. */
    Html text(String text) {
        out.append(escape(text));
        return this;
    }

    /** A line break in the source, between blocks, for people who read it. */
    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
