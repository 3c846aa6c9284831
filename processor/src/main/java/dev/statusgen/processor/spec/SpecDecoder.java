package dev.statusgen.processor.spec;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Turns a spec's bytes into the {@link SpecText} that both front ends read: strict UTF-8, reporting the line of
 * the first malformed byte, with a byte order mark dropped and the lines indexed. This is the one place that
 * knows the byte order mark and the line ends (LF, CRLF and CR).
 */
public final class SpecDecoder {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SpecDecoder() {}

    /** The spec's text, or empty after adding a problem. */
    public static Optional<SpecText> decode(String file, byte[] bytes, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        SpecText text = text(out.flip().toString());
        if (result.isError()) {
            // The malformed byte is where the text decoded before it ends.
            int line = text.lineOf(text.text().length());
            problems.add(Problem.at(file, line, Message.NOT_UTF8, in.position()));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    /** The spec text of {@code decoded}, text already decoded, with or without a byte order mark. */
    public static SpecText text(String decoded) {
        String text = !decoded.isEmpty() && decoded.charAt(0) == BYTE_ORDER_MARK ? decoded.substring(1) : decoded;
        return new SpecText(text, lineStarts(text));
    }

    /**
     * Where each line of {@code text} starts, after LF, CRLF or CR, and the text's end if a line end ends it.
     * Without a CR, the LFs are found by {@code indexOf}, which is quicker in a cold compiler than a loop.
     */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        boolean crs = text.indexOf('\r') >= 0;
        int end = crs ? lineEnd(text, 0) : text.indexOf('\n');
        while (end >= 0) {
            int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = next;
            end = crs ? lineEnd(text, next) : text.indexOf('\n', next);
        }
        return Arrays.copyOf(starts, count);
    }

    private static int lineEnd(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}
