package dev.statusgen.processor.writer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;

/** Untrusted spec text in the Markdown reference. */
class MarkdownTextTest {

    @Test
    void escapesTableStructureAndInlineMarkup() {
        assertThat(MarkdownText.cell("a | b")).isEqualTo("a \\| b");
        assertThat(MarkdownText.cell("*em* _em_ `code` [link](x) <b> &amp; ~~del~~ # !"))
                .isEqualTo("\\*em\\* \\_em\\_ \\`code\\` \\[link\\](x) \\<b\\> \\&amp; \\~\\~del\\~\\~ \\# \\!");
        assertThat(MarkdownText.cell("C:\\path")).isEqualTo("C:\\\\path");
    }

    @Test
    void turnsControlCharactersIntoSpacesAndKeepsTheRest() {
        assertThat(MarkdownText.cell("a\tb\nc\rd\u0000e")).isEqualTo("a b c d e");
        assertThat(MarkdownText.cell("\u00e9 \u540d\u524d \ud83d\ude00 'x' \"y\" (z)"))
                .isEqualTo("\u00e9 \u540d\u524d \ud83d\ude00 'x' \"y\" (z)");
    }

    @Test
    void aCellHasNoPipeThatEndsIt() {
        String cell = MarkdownText.cell("| \\| \\\\| ||");
        for (int i = 0; i < cell.length(); i++) {
            if (cell.charAt(i) == '|') {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && cell.charAt(j) == '\\'; j--) {
                    backslashes++;
                }
                assertThat(backslashes % 2).isEqualTo(1);
            }
        }
    }

    @Test
    void urlsInAngleBracketsHoldNoAngleBracketOrSpace() {
        assertThat(MarkdownText.url("https://example.com/a b<c>")).isEqualTo("https://example.com/a%20b%3Cc%3E");
        assertThat(MarkdownText.url("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5"))
                .isEqualTo("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
    }

    @Test
    void everyCharacterIsKeptOrEscapedAsItsRuleSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            boolean changes = "\\|*_`[]<>&~#!".indexOf(c) >= 0 || Character.isISOControl(c);
            assertWithMessage("U+%s", Integer.toHexString(c))
                    .that(MarkdownText.cell(text).equals(text))
                    .isEqualTo(!changes);
        }
    }
}
