package dev.statusgen.processor.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A spec's text as {@link SpecDecoder} gives it to the front ends: without its byte order mark, and with the index
 * of its lines, which end at LF, CRLF or CR, the line ends of Java and of Markdown. A line end at the very end of
 * the text starts no further line.
 */
public final class SpecText {
    private final String text;
    /** Where each line starts, and where the text ends if a line end ends it. */
    private final int[] starts;

    SpecText(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    /** The text, without a byte order mark. */
    public String text() {
        return text;
    }

    /** The lines, without their line ends. */
    public List<String> lines() {
        int count = starts[starts.length - 1] == text.length() ? starts.length - 1 : starts.length;
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(text.substring(starts[i], i + 1 < starts.length ? contentEnd(starts[i + 1]) : text.length()));
        }
        return lines;
    }

    /** The 1-based line of the character at {@code offset}; the line after a final line end for the text's end. */
    public int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** The 1-based column of the character at {@code offset}, counted in chars, as javac counts them. */
    public int columnOf(int offset) {
        return offset - starts[lineOf(offset) - 1] + 1;
    }

    /** Where the line that ends just before {@code next}, the start of the next line, ends without its line end. */
    private int contentEnd(int next) {
        return next >= 2 && text.charAt(next - 1) == '\n' && text.charAt(next - 2) == '\r' ? next - 2 : next - 1;
    }
}
