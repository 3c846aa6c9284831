package dev.statusgen.processor.diag;

/**
 * One problem in a spec, with its location: the spec file, a 1-based line and, where it helps, a 1-based
 * column (0 when there is none).
 *
 * @param file the spec's name as the user wrote it
 * @param line the 1-based line
 * @param column the 1-based column, or 0
 * @param text the message
 */
public record Problem(String file, int line, int column, String text) {

    /** A problem at a line and column. */
    public static Problem at(String file, int line, int column, Message message, Object... args) {
        return new Problem(file, line, column, message.format(args));
    }

    /** A problem at a whole line. */
    public static Problem at(String file, int line, Message message, Object... args) {
        return at(file, line, 0, message, args);
    }

    /** {@code file:line: text}, or {@code file:line:column: text}, as compilers print them. */
    public String render() {
        return column > 0 ? file + ":" + line + ":" + column + ": " + text : file + ":" + line + ": " + text;
    }
}
