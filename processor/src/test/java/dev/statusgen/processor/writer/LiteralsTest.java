package dev.statusgen.processor.writer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * String literals of spec text: plain ASCII whatever the build's encoding, and read by javac back into the very
 * text. The reading here follows the JLS: unicode escapes first (3.3), then escape sequences (3.10.7).
 */
class LiteralsTest {
    private static final List<String> TEXTS = List.of(
            "plain",
            "\"quotes\" and \\backslashes\\",
            "\\u0022 and \\u000a, which javac would decode before the literal",
            "\\\\u0041 and \\\\\\u0041",
            "line\nfeed and carriage\rreturn",
            "line\u2028and paragraph\u2029separators",
            "null\u0000bell\u0007tab\tdelete\u007f",
            "\u00e9\u00e8 \u540d\u524d \ud83d\ude00",
            "$L $S %s %n {@code x} */",
            "");

    @Test
    void escapesWhatWouldBreakTheLiteral() {
        assertThat(Literals.string("a\"b\\c\nd\re").toString()).isEqualTo("\"a\\\"b\\\\c\\nd\\re\"");
        assertThat(Literals.string("\u2028\u0000\u00e9").toString()).isEqualTo("\"\\u2028\\u0000\\u00e9\"");
        assertThat(Literals.string("\ud83d\ude00").toString()).isEqualTo("\"\\ud83d\\ude00\"");
        assertThat(Literals.string("\\u0041").toString()).isEqualTo("\"\\\\u0041\"");
    }

    @Test
    void javacReadsEveryLiteralBackIntoItsText() {
        for (String text : TEXTS) {
            String literal = Literals.string(text).toString();
            assertWithMessage("%s", literal)
                    .that(literal.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                    .isTrue();
            assertWithMessage("%s", literal).that(read(literal)).isEqualTo(text);
        }
    }

    /** The value of a string literal as javac reads it. */
    private static String read(String literal) {
        String source = unicodeEscapes(literal);
        assertThat(source).startsWith("\"");
        assertThat(source).endsWith("\"");
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < source.length() - 1; i++) {
            char c = source.charAt(i);
            assertWithMessage("a literal may not hold %s", (int) c)
                    .that(c == '"' || c == '\n' || c == '\r')
                    .isFalse();
            if (c != '\\') {
                value.append(c);
                continue;
            }
            char escaped = source.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 'r' -> value.append('\r');
                case 't' -> value.append('\t');
                case '"' -> value.append('"');
                case '\'' -> value.append('\'');
                case '\\' -> value.append('\\');
                default -> throw new AssertionError("not an escape: \\" + escaped + " in " + literal);
            }
        }
        return value.toString();
    }

    /** Translates unicode escapes: a backslash that an even number of backslashes precede, u, and 4 hex digits. */
    private static String unicodeEscapes(String text) {
        StringBuilder out = new StringBuilder();
        int backslashes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && backslashes % 2 == 0 && i + 1 < text.length() && text.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (text.charAt(j) == 'u') {
                    j++;
                }
                out.append((char) Integer.parseInt(text.substring(j, j + 4), 16));
                i = j + 3;
                backslashes = 0;
            } else {
                out.append(c);
                backslashes = c == '\\' ? backslashes + 1 : 0;
            }
        }
        return out.toString();
    }

    @Test
    void everyCharacterIsKeptOrEscapedAsItsRuleSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            boolean changes = c < 0x20 || c > 0x7e || c == '"' || c == '\\';
            assertWithMessage("U+%s", Integer.toHexString(c))
                    .that(Literals.string(text).toString().equals("\"" + text + "\""))
                    .isEqualTo(!changes);
        }
    }
}
