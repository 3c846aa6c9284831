package dev.statusgen.processor.testing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The constant that a name gives, as the five steps of "Constant names" in docs/spec.md say, written from that
 * text and not from the processor's code: the oracle of the fuzz tests, so that a bug in the processor's naming
 * rule cannot pass its own test. {@code ConstantNamesTest} checks that the two agree.
 */
public final class ConstantNames {
    private ConstantNames() {}

    /** The constant of a status named {@code name} with code {@code code}. */
    public static String constant(String name, int code) {
        return named(name, "STATUS_", code);
    }

    /** The constant of a class named {@code name}, without an {@code Id}, whose range starts at {@code firstCode}. */
    public static String classId(String name, int firstCode) {
        return named(name, "CLASS_", firstCode);
    }

    private static String named(String name, String prefix, int code) {
        List<String> words = words(withoutApostrophes(withoutAccents(name)));
        if (words.isEmpty()) {
            return prefix + code;
        }
        String joined = String.join("_", words).toUpperCase(Locale.ROOT);
        return isAsciiDigit(joined.charAt(0)) ? prefix + joined : joined;
    }

    /** Step 1: decomposed by NFD, with every combining mark (category M) dropped. */
    private static String withoutAccents(String name) {
        StringBuilder out = new StringBuilder();
        Normalizer.normalize(name, Normalizer.Form.NFD).codePoints().forEach(c -> {
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK
                    && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK) {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Step 2: without {@code '} and U+2019. */
    private static String withoutApostrophes(String name) {
        return name.replace("'", "").replace("\u2019", "");
    }

    /** Step 3: the runs of ASCII letters and digits, in order. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean inWord = i < text.length() && isAsciiLetterOrDigit(text.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(text.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || isAsciiDigit(c);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
