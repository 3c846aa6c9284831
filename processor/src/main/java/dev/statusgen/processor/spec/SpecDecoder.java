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
import java.util.Optional;

/** Decodes a spec's bytes as strict UTF-8, reporting the line of the first malformed byte. */
public final class SpecDecoder {
    private SpecDecoder() {}

    /** The spec's text, or empty after adding a problem. A byte order mark is kept for the parser to drop. */
    public static Optional<String> decode(String file, byte[] bytes, Problems problems) {
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
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                }
            }
            problems.add(Problem.at(file, line, Message.NOT_UTF8, offset));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }
}
