package dev.statusgen.processor.writer;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.DocProbe;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Untrusted spec text in javadoc: escaped, plain ASCII, and wrapped. */
class DocTextTest {
    /** Text that javadoc, javac or an HTML reader would take for more than text. */
    private static final List<String> HOSTILE = List.of(
            "*/ closes the comment /* and * stars",
            "@deprecated at the start, {@link java.lang.String} and {@inheritDoc} inside",
            "<script>alert(1)</script> & &amp; \"quoted\" 'single'",
            "\\u002A/ is a comment end to javac, and \\\\u0041 an A",
            "\u00dcn\u00efc\u00f6d\u00e9 \u540d\u524d \ud83d\ude00 \u05e2\u05d1\u05e8\u05d9\u05ea",
            "tab\tnew line\ncarriage return\rnull\u0000bell\u0007",
            "line\u2028and paragraph\u2029separators",
            "unassigned \u0378 code point");

    @Test
    void escapesWhatJavadocAndJavacWouldRead() {
        assertThat(DocText.escape("a & b <c> @d {e} \\f */g *h"))
                .isEqualTo("a &amp; b &lt;c&gt; &#64;d &#123;e&#125; &#92;f &#42;/g *h");
    }

    @Test
    void writesCharactersOutsideAsciiAsNumericReferences() {
        assertThat(DocText.escape("\u00e9")).isEqualTo("&#233;");
        assertThat(DocText.escape("\ud83d\ude00")).isEqualTo("&#128512;");
        assertThat(DocText.escape("\u0378")).isEqualTo("&#65533;");
    }

    @Test
    void turnsControlCharactersAndLineSeparatorsIntoSpaces() {
        assertThat(DocText.escape("a\tb\nc\rd\u0000e\u0085f\u2028g\u2029h")).isEqualTo("a b c d e f g h");
    }

    @Test
    void theTextAsAReaderSeesItIsTheSpecsTextInPlainAscii() {
        for (String text : HOSTILE) {
            String escaped = DocText.escape(text);
            assertWithMessage("%s", text)
                    .that(escaped.chars().allMatch(c -> c >= 0x20 && c < 0x7f))
                    .isTrue();
            assertWithMessage("%s", text).that(escaped).doesNotContain("*/");
            assertWithMessage("%s", text).that(escaped).doesNotContain("@");
            assertWithMessage("%s", text).that(escaped).doesNotContain("{");
            assertWithMessage("%s", text).that(escaped).doesNotContain("\\");
            assertWithMessage("%s", text).that(escaped).doesNotContain("<");
            assertWithMessage("%s", text).that(DocProbe.decode(escaped)).isEqualTo(DocProbe.asRead(text));
        }
    }

    @Test
    void wrapsLongTextAtSpaces() {
        String text = "word ".repeat(100) + "x".repeat(120) + " end";
        String doc = DocText.of(text);
        List<String> lines = doc.lines().toList();
        assertThat(lines.size()).isGreaterThan(1);
        for (String line : lines) {
            assertWithMessage("%s", line)
                    .that(line.length() <= 85 || !line.contains(" "))
                    .isTrue();
            assertThat(line).isEqualTo(line.strip());
        }
        assertThat(String.join(" ", lines)).isEqualTo(text.strip());
        assertThat(lines).contains("x".repeat(120));
    }

    @Test
    void foldsRunsOfSpaces() {
        assertThat(DocText.of("  a  \t b\n\nc  ")).isEqualTo("a b c");
        assertThat(DocText.of("")).isEmpty();
        assertThat(DocText.of(" \t ")).isEmpty();
    }

    @Test
    void everyCharacterIsKeptOrEscapedAsItsRuleSays() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "a" + c + "b";
            boolean changes = c < 0x20 || c > 0x7e || "&<>@{}\\".indexOf(c) >= 0;
            assertWithMessage("U+%s", Integer.toHexString(c))
                    .that(DocText.escape(text).equals(text))
                    .isEqualTo(!changes);
        }
        assertThat(DocText.escape("a*b")).isEqualTo("a*b");
        assertThat(DocText.escape("a*/b")).isEqualTo("a&#42;/b");
    }
}
