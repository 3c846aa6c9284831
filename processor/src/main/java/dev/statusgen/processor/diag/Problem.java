package dev.statusgen.processor.diag;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One problem with a spec: its message and the message's arguments, and where it is: the spec file, a 1-based
 * line and, where it helps, a 1-based column (0 when there is none). A problem with the spec as a whole, such as
 * a spec that cannot be found, has no line (0), and its message names the file itself.
 *
 * @param file the spec's name as the user wrote it
 * @param line the 1-based line, or 0
 * @param column the 1-based column, or 0
 * @param message the message
 * @param args the message's arguments, as many as it takes
 */
public record Problem(String file, int line, int column, Message message, List<Object> args) {

    /**
     * Checks that the message gets as many arguments as it takes, and keeps them unmodifiable.
     *
     * @throws IllegalArgumentException if it does not
     */
    public Problem {
        if (args.size() != message.arguments()) {
            throw new IllegalArgumentException(
                    message + " takes " + message.arguments() + " arguments, not " + args.size());
        }
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    /** A problem at a line and column. */
    public static Problem at(String file, int line, int column, Message message, Object... args) {
        return new Problem(file, line, column, message, Arrays.asList(args));
    }

    /** A problem at a whole line. */
    public static Problem at(String file, int line, Message message, Object... args) {
        return at(file, line, 0, message, args);
    }

    /** A problem with the spec {@code file} as a whole, at no line, such as a spec that cannot be read. */
    public static Problem about(String file, Message message, Object... args) {
        return at(file, 0, 0, message, args);
    }

    /** The message, formatted with its arguments. */
    public String text() {
        return message.format(args.toArray());
    }

    /**
     * {@code file:line: text}, or {@code file:line:column: text}, as compilers print them; only the text for a
     * problem at no line.
     */
    public String render() {
        if (line == 0) {
            return text();
        }
        return column > 0 ? file + ":" + line + ":" + column + ": " + text() : file + ":" + line + ": " + text();
    }
}
