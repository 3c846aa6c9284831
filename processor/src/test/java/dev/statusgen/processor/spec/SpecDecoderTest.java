package dev.statusgen.processor.spec;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The decoder gives both front ends their text: without a byte order mark, split into lines at LF, CRLF and CR,
 * with the line and column of every character, and the line of the first byte that is not UTF-8.
 */
class SpecDecoderTest {
    @Test
    void linesEndAtLfCrlfAndCr() {
        assertThat(lines("a\nb\r\nc\rd")).containsExactly("a", "b", "c", "d").inOrder();
        assertThat(lines("a\n\nb\n")).containsExactly("a", "", "b").inOrder();
        assertThat(lines("a\r\n\r\n")).containsExactly("a", "").inOrder();
        assertThat(lines("a\r\r\nb\r")).containsExactly("a", "", "b").inOrder();
        assertThat(lines("a\u2028b")).containsExactly("a\u2028b");
        assertThat(lines("")).isEmpty();
    }

    @Test
    void aByteOrderMarkIsNoPartOfTheText() {
        SpecText text = decode("\uFEFFStatus Code | Name\n\uFEFFx".getBytes(UTF_8));
        assertThat(text.text()).isEqualTo("Status Code | Name\n\uFEFFx");
        assertThat(text.lines())
                .containsExactly("Status Code | Name", "\uFEFFx")
                .inOrder();
        assertThat(text.columnOf(0)).isEqualTo(1);
    }

    @Test
    void everyCharacterHasTheLineAndColumnOfTheLinesItIsOn() {
        SpecText text = SpecDecoder.text("ab\r\ncd\re\n\nf");
        List<String> lines = text.lines();
        String all = text.text();
        int line = 1;
        int column = 1;
        for (int offset = 0; offset < all.length(); offset++) {
            assertThat(List.of(text.lineOf(offset), text.columnOf(offset))).containsExactly(line, column);
            char c = all.charAt(offset);
            boolean ends = c == '\n' || (c == '\r' && !all.startsWith("\r\n", offset));
            line = ends ? line + 1 : line;
            column = ends ? 1 : column + 1;
        }
        assertThat(lines).hasSize(line);
        assertThat(text.lineOf(all.length())).isEqualTo(line);
    }

    @Test
    void aMalformedByteIsOnTheLineThatTheTextBeforeItEndsOn() {
        byte[] bad = {(byte) 0xC3, 0x28};
        assertThat(malformed("x\ny\n", bad))
                .containsExactly("s.md:3: the spec is not valid UTF-8 (a malformed byte" + " sequence at byte 4)");
        assertThat(malformed("x\r\ny\rz", bad))
                .containsExactly("s.md:3: the spec is not valid UTF-8 (a malformed" + " byte sequence at byte 6)");
        assertThat(malformed("\uFEFF\u00e9\r", bad))
                .containsExactly("s.md:2: the spec is not valid UTF-8 (a" + " malformed byte sequence at byte 6)");
    }

    private static List<String> lines(String text) {
        return decode(text.getBytes(UTF_8)).lines();
    }

    private static SpecText decode(byte[] bytes) {
        Problems problems = new Problems();
        Optional<SpecText> text = SpecDecoder.decode("s.md", bytes, problems);
        assertThat(problems.sorted()).isEmpty();
        return text.orElseThrow();
    }

    /** The problems of {@code before}'s bytes followed by {@code bad}. */
    private static List<String> malformed(String before, byte[] bad) {
        byte[] head = before.getBytes(UTF_8);
        byte[] bytes = new byte[head.length + bad.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(bad, 0, bytes, head.length, bad.length);
        Problems problems = new Problems();
        assertThat(SpecDecoder.decode("s.md", bytes, problems)).isEmpty();
        return problems.sorted().stream().map(Problem::render).toList();
    }
}
