package dev.statusgen.processor.writer;

import com.palantir.javapoet.CodeBlock;
import java.util.regex.Pattern;

/**
 * String literals of spec text, in plain ASCII. JavaPoet's {@code $S} keeps non-ASCII characters as they are,
 * which javac then reads in whatever {@code -encoding} the build uses, and it writes U+2028 and U+2029 as line
 * breaks, which break the literal. This escaper writes every character outside printable ASCII as a unicode
 * escape, and line ends, quotes and backslashes as their own escapes (javac would turn {@code \u000a} or
 * {@code \u0022} into a real line end or quote before it reads the literal).
 */
final class Literals {
    /** A character that the literal cannot hold as it is; most spec text has none, and the JDK finds that fast. */
    private static final Pattern SPECIAL = Pattern.compile("[^\\x20-\\x7e]|[\"\\\\]");

    private Literals() {}

    /** A Java string literal whose value is {@code text}. */
    static CodeBlock string(String text) {
        if (!SPECIAL.matcher(text).find()) {
            return CodeBlock.of("$L", "\"" + text + "\"");
        }
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return CodeBlock.of("$L", literal.append('"'));
    }
}
