package dev.statusgen.processor.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Puts untrusted spec text into javadoc. The text is HTML-escaped, and so is every character that javadoc
 * or javac would read as more than text: {@code @} (block tags), braces (inline tags), backslashes (javac
 * decodes unicode escapes even inside comments), and the {@code *} of a comment's end. Other characters outside ASCII become numeric character references, so that the
 * source is plain ASCII whatever the build's encoding; control characters and line separators become
 * spaces, and code points unassigned in this Java's Unicode, which doclint refuses, become U+FFFD. Long text is wrapped at spaces.
 */
final class DocText {
    private static final int WIDTH = 85;
    /** U+FFFD, which stands for a code point that this Java's Unicode leaves unassigned. */
    private static final int REPLACEMENT_CHARACTER = 0xFFFD;
    /** A character that {@link #escape} may change; most spec text has none, and the JDK finds that fast. */
    private static final Pattern SPECIAL = Pattern.compile("[^\\x20-\\x7e]|[&<>@{}\\\\*]");

    private DocText() {}

    /** {@code text} escaped for javadoc, wrapped into lines of at most 85 characters where it has spaces. */
    static String of(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : escape(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return String.join("\n", lines);
    }

    /** {@code text} escaped for javadoc on one line. */
    static String escape(String text) {
        if (!SPECIAL.matcher(text).find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '@' -> out.append("&#64;");
                case '{' -> out.append("&#123;");
                case '}' -> out.append("&#125;");
                case '\\' -> out.append("&#92;");
                case '*' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                default -> {
                    if (c < 0x80 && !Character.isISOControl(c)) {
                        out.append(c);
                    } else {
                        int codePoint = text.codePointAt(i);
                        i += Character.charCount(codePoint) - 1;
                        if (Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029) {
                            out.append(' ');
                        } else if (!Character.isDefined(codePoint)) {
                            out.append("&#").append(REPLACEMENT_CHARACTER).append(';');
                        } else {
                            out.append("&#").append(codePoint).append(';');
                        }
                    }
                }
            }
        }
        return out.toString();
    }
}
