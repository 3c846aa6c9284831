package dev.statusgen.processor.writer;

import java.util.regex.Pattern;

/**
 * Puts untrusted spec text into a Markdown table cell: backslash-escapes what Markdown would read as table
 * structure, emphasis, code, links or HTML, and spaces out control characters.
 */
final class MarkdownText {
    private static final String SPECIAL = "\\|*_`[]<>&~#!";

    /**
     * A character that {@link #cell} changes: one of {@link #SPECIAL}, each escaped for the class, or a control
     * character. Most spec text has none, and the JDK finds that fast.
     */
    private static final Pattern NEEDS_ESCAPE =
            Pattern.compile("[" + SPECIAL.replaceAll("(.)", "\\\\$1") + "\\x00-\\x1f\\x7f-\\x9f]");

    private MarkdownText() {}

    /** {@code text} as the content of a Markdown table cell. */
    static String cell(String text) {
        if (!NEEDS_ESCAPE.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code url} as the destination of a Markdown link in angle brackets, which may hold no angle bracket. */
    static String url(String url) {
        return url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
    }
}
