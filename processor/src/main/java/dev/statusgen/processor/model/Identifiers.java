package dev.statusgen.processor.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The naming rule: how a status's name becomes a Java constant, and a class id a classifier method.
 *
 * <p>Accents are dropped ({@code é} gives {@code E}) and so are apostrophes; every run of characters that are
 * not ASCII letters or digits between two words becomes one underscore, and a run before the first word or after
 * the last becomes nothing (docs/spec.md states the rule exactly); letters are upper-cased. Constants are ASCII,
 * so that generated code reads the same in any source encoding. A result that cannot start a Java identifier,
 * such as one that starts with a digit, gets the prefix {@code STATUS_}; a name with no letter or digit becomes
 * {@code STATUS_} and the code.
 */
public final class Identifiers {
    /** The combining marks that NFD splits off accented letters. */
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

    private static final Pattern CLASS_ID = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern TAG_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Identifiers() {}

    /** The constant for a status named {@code name} with code {@code code}: 404 Not Found gives NOT_FOUND. */
    public static String constantName(String name, int code) {
        return withPrefix(upperSnake(name), "STATUS_", code);
    }

    /** The class id derived from a class's name: Client error responses gives CLIENT_ERROR_RESPONSES. */
    public static String classId(String name, int firstCode) {
        return withPrefix(upperSnake(name), "CLASS_", firstCode);
    }

    /** {@code snake}, or {@code prefix} and {@code code} if empty, prefixed if it cannot start an identifier. */
    private static String withPrefix(String snake, String prefix, int code) {
        if (snake.isEmpty()) {
            return prefix + code;
        }
        return Character.isJavaIdentifierStart(snake.codePointAt(0)) ? snake : prefix + snake;
    }

    /** The classifier method for a class id: CLIENT_ERROR gives isClientError. */
    public static String classifierName(String classId) {
        StringBuilder out = new StringBuilder("is");
        for (String word : classId.split("_")) {
            if (!word.isEmpty()) {
                out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return out.toString();
    }

    /** Whether {@code id} is an UPPER_SNAKE_CASE Java identifier. */
    public static boolean isClassId(String id) {
        return CLASS_ID.matcher(id).matches();
    }

    /** Whether {@code id} is a tag id: lower-case ASCII letters and digits, in words joined by single hyphens. */
    public static boolean isTagId(String id) {
        return TAG_ID.matcher(id).matches();
    }

    /**
     * The constant of a tag in the generated tag enum, by the naming rule: {@code aws-elb} gives {@code AWS_ELB}.
     * The validator admits only tag ids that start with a letter, so the result is always a Java identifier, and
     * distinct tag ids give distinct constants.
     */
    public static String tagConstant(String tagId) {
        return upperSnake(tagId);
    }

    /** Whether a tag id can become a constant name: it starts with a letter, as {@code 3d} does not. */
    public static boolean isTagConstant(String tagId) {
        return !tagId.isEmpty() && tagId.charAt(0) >= 'a' && tagId.charAt(0) <= 'z';
    }

    /** The predicate method of a tag: {@code no-content} gives {@code isNoContent}. */
    public static String tagPredicate(String tagId) {
        StringBuilder out = new StringBuilder("is");
        for (String word : tagId.split("-")) {
            if (!word.isEmpty()) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            }
        }
        return out.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static String upperSnake(String name) {
        String ascii = isAscii(name)
                ? name
                : ACCENTS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD))
                        .replaceAll("");
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < ascii.length(); i++) {
            char c = ascii.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (c < 0x80 && Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append('_');
                }
                gap = false;
                out.append(Character.toUpperCase(c));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }
}
