package dev.statusgen.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Shrinking and showing of a spec's raw text, which need not be a well-formed spec. */
public final class SpecText {
    private SpecText() {}

    /**
     * The texts one deletion smaller than {@code text}, biggest deletions first: without runs of lines (halves,
     * then quarters, and so on down to single lines), then without one cell of a line, cells being the parts
     * between pipes, escaped or not. A line's end goes with the line.
     */
    public static Stream<String> shrinks(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        List<String> smaller = new ArrayList<>();
        for (int size = Math.max(1, lines.size() / 2); ; size /= 2) {
            for (int start = 0; start + size <= lines.size(); start += size) {
                List<String> rest = new ArrayList<>(lines.subList(0, start));
                rest.addAll(lines.subList(start + size, lines.size()));
                smaller.add(String.join("\n", rest));
            }
            if (size == 1) {
                break;
            }
        }
        for (int l = 0; l < lines.size(); l++) {
            List<String> cells = List.of(lines.get(l).split("\\|", -1));
            for (int c = 0; cells.size() > 1 && c < cells.size(); c++) {
                List<String> fewer = new ArrayList<>(cells);
                fewer.remove(c);
                List<String> edited = new ArrayList<>(lines);
                edited.set(l, String.join("|", fewer));
                smaller.add(String.join("\n", edited));
            }
        }
        return smaller.stream();
    }

    /**
     * {@code text} as a report shows it: control characters other than the line feed, format characters such
     * as U+202E, line and paragraph separators and lone surrogates as {@code <U+202E>}, which would otherwise
     * garble a log or hide in it.
     */
    public static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int type = Character.getType(c);
            boolean hidden = c != '\n'
                    && (type == Character.CONTROL
                            || type == Character.FORMAT
                            || type == Character.LINE_SEPARATOR
                            || type == Character.PARAGRAPH_SEPARATOR
                            || type == Character.SURROGATE);
            if (hidden) {
                out.append(String.format("<U+%04X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
