package dev.statusgen.processor.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reference cells for the fuzz tests, in the IANA notation of docs/spec.md: {@link #cell} makes a cell of zero to
 * three references of every kind ({@code [RFC9110]}, {@code [RFC9110, Section 15.5.5]}, an RFC with a note of
 * hostile text, {@code [draft-...]}, plain text in brackets, hostile too, and {@code https} URLs bare or in
 * brackets), and {@link #read} says what a cell means, label and link for each reference, as the documentation
 * says it.
 *
 * <p>{@link #read} knows the forms that {@link #cell} makes and nothing else: a cell that holds anything it does
 * not know, as shrinking or a hazard can make, reads as empty, so that a test leaves it out of the valid specs
 * rather than guess what it means.
 */
public final class ReferenceText {
    /**
     * A reference as the generated {@code references()} must hold it.
     *
     * @param label what it reads as
     * @param url the {@code https} URL it links to, or null for plain text
     */
    public record Ref(String label, String url) {}

    /** Text that has broken javadoc, literals or Markdown before, for the labels of references. */
    public static final List<String> LABEL_HAZARDS = List.of(
            "<script>",
            "*/",
            "{@code x}",
            "\"quote\"",
            "\u2028",
            "\\u2028",
            "@see",
            "</a>",
            "<a href=\"x\">",
            "&quot;",
            "'",
            "$S",
            "%s",
            "\\",
            "\u0000",
            "\u202e",
            "😀",
            ",",
            ";",
            "[");

    private static final Pattern RFC = Pattern.compile("RFC ?([1-9][0-9]{0,4})(?:, (.+))?", Pattern.DOTALL);
    private static final Pattern SECTION = Pattern.compile("Section ([0-9]+(?:\\.[0-9]+)*)");
    private static final Pattern DRAFT = Pattern.compile("draft-[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final String URL_CHARACTERS =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+=:@/";
    private static final Pattern URL =
            Pattern.compile("https://(?:[a-z0-9]+(?:-[a-z0-9]+)*\\.)+[a-z][a-z0-9]*(?::[0-9]{1,5})?"
                    + "(?:/(?:[A-Za-z0-9._~!$&'()*+=:@/-]|%[0-9A-F]{2})*)?(?:\\?[A-Za-z0-9=&]*)?");
    /** What could be read as a URL with a scheme, such as {@code javascript:x}. */
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*", Pattern.DOTALL);

    private ReferenceText() {}

    /**
     * A cell of zero to three references, separated as the registry separates them or by spaces, commas and
     * semicolons. Labels hold {@link #LABEL_HAZARDS} and random text; in a Markdown cell ({@code markdown}), a
     * pipe is escaped, and no cell holds a line end.
     */
    public static String cell(Random random, boolean markdown) {
        StringBuilder out = new StringBuilder();
        boolean lastBare = false;
        for (int n = SpecGenerator.between(random, 0, 3); n > 0; n--) {
            String reference = reference(random, markdown);
            if (out.length() > 0) {
                // A URL ends at a space or a bracket, so a comma alone after one would join it to the next.
                List<String> separators = new ArrayList<>(List.of(" ", ", ", "; "));
                if (!lastBare) {
                    separators.addAll(List.of(",", ""));
                }
                out.append(separators.get(random.nextInt(separators.size())));
            }
            out.append(reference);
            lastBare = !reference.startsWith("[");
        }
        return out.toString();
    }

    private static String reference(Random random, boolean markdown) {
        return switch (random.nextInt(7)) {
            case 0 -> "[RFC" + (random.nextBoolean() ? "" : " ") + rfc(random) + "]";
            case 1 -> "[RFC" + rfc(random) + ", Section " + section(random) + "]";
            case 2 -> "[RFC" + rfc(random) + ", " + label(random, markdown, true) + "]";
            case 3 -> "[draft-" + draft(random) + "]";
            case 4 -> url(random);
            case 5 -> "[" + url(random) + "]";
            default -> "[" + label(random, markdown, false) + "]";
        };
    }

    private static int rfc(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> SpecGenerator.between(random, 1, 9);
            case 1 -> SpecGenerator.between(random, 1000, 9999);
            case 2 -> 99999;
            default -> SpecGenerator.between(random, 1, 99999);
        };
    }

    private static String section(Random random) {
        StringBuilder out = new StringBuilder().append(random.nextInt(20));
        for (int n = random.nextInt(4); n > 0; n--) {
            out.append('.').append(random.nextInt(30));
        }
        return out.toString();
    }

    private static String draft(Random random) {
        List<String> words = new ArrayList<>(List.of("ietf", "httpbis"));
        for (int n = SpecGenerator.between(random, 1, 3); n > 0; n--) {
            words.add(lowerWord(random));
        }
        return String.join("-", words) + "-" + random.nextInt(10) + random.nextInt(10);
    }

    private static String url(Random random) {
        StringBuilder out = new StringBuilder("https://");
        out.append(lowerWord(random)).append(random.nextBoolean() ? "-" + lowerWord(random) : "");
        out.append('.').append(List.of("com", "org", "example", "test").get(random.nextInt(4)));
        if (random.nextInt(4) == 0) {
            out.append(':').append(SpecGenerator.between(random, 1, 65535));
        }
        for (int n = SpecGenerator.between(random, 0, 3); n > 0; n--) {
            out.append('/');
            switch (random.nextInt(4)) {
                case 0 ->
                    out.append(List.of("*", "@param", "$L", "'", "~", "%2A", "a&b", "(x)", "=", "..")
                            .get(random.nextInt(10)));
                case 1 -> {
                    for (int c = SpecGenerator.between(random, 1, 8); c > 0; c--) {
                        out.append(URL_CHARACTERS.charAt(random.nextInt(URL_CHARACTERS.length())));
                    }
                }
                default -> out.append(lowerWord(random));
            }
        }
        if (random.nextInt(4) == 0) {
            out.append("?a=").append(lowerWord(random)).append("&b=1");
        }
        return out.toString();
    }

    /**
     * Hostile label text for inside brackets: hazards and random text, with no closing bracket, that {@link #read}
     * reads as plain text (or, after an RFC, as a note); a pipe escaped in a Markdown cell.
     */
    private static String label(Random random, boolean markdown, boolean note) {
        while (true) {
            List<String> parts = new ArrayList<>();
            for (int n = SpecGenerator.between(random, 1, 4); n > 0; n--) {
                parts.add(
                        random.nextBoolean()
                                ? LABEL_HAZARDS.get(random.nextInt(LABEL_HAZARDS.size()))
                                : SpecGenerator.text(random));
            }
            String text = String.join(" ", parts).replace("]", "");
            String meaning = markdown ? SpecGenerator.unescape(text) : text.replace("\\|", "|");
            String cell = markdown ? text : meaning;
            boolean fits = markdown ? SpecGenerator.isText(cell) : cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0;
            if (fits && (note ? isNote(meaning) : isPlain(meaning))) {
                return cell;
            }
        }
    }

    private static String lowerWord(Random random) {
        StringBuilder out = new StringBuilder();
        for (int n = SpecGenerator.between(random, 1, 8); n > 0; n--) {
            out.append((char) ('a' + random.nextInt(26)));
        }
        return out.toString();
    }

    /**
     * The references of a cell's text (a Markdown cell unescaped), as docs/spec.md says: a label and a link for
     * each, in order; or empty if the cell holds a form that {@link #cell} does not make, including every form
     * that is an error.
     */
    public static Optional<List<Ref>> read(String text) {
        List<Ref> references = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';') {
                i++;
            } else if (c == '[') {
                int close = text.indexOf(']', i + 1);
                if (close < 0) {
                    return Optional.empty();
                }
                Optional<Ref> reference = bracketed(text.substring(i + 1, close).strip());
                if (reference.isEmpty()) {
                    return Optional.empty();
                }
                references.add(reference.get());
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '[') {
                    end++;
                }
                String token = text.substring(i, end).replaceAll("[,;]+$", "");
                if (!URL.matcher(token).matches()) {
                    return Optional.empty();
                }
                references.add(new Ref(token, token));
                i = end;
            }
        }
        return Optional.of(references);
    }

    private static Optional<Ref> bracketed(String content) {
        Matcher rfc = RFC.matcher(content);
        if (rfc.matches()) {
            String url = "https://www.rfc-editor.org/rfc/rfc" + rfc.group(1) + ".html";
            String label = "RFC " + rfc.group(1);
            if (rfc.group(2) == null) {
                return Optional.of(new Ref(label, url));
            }
            Matcher section = SECTION.matcher(rfc.group(2));
            if (section.matches()) {
                return Optional.of(new Ref(label + ", " + rfc.group(2), url + "#section-" + section.group(1)));
            }
            return isNote(rfc.group(2))
                    ? Optional.of(new Ref(label + ", " + rfc.group(2).strip(), url))
                    : Optional.empty();
        }
        if (DRAFT.matcher(content).matches()) {
            return Optional.of(new Ref(content, "https://datatracker.ietf.org/doc/" + content + "/"));
        }
        if (URL.matcher(content).matches()) {
            return Optional.of(new Ref(content, content));
        }
        return isPlain(content) ? Optional.of(new Ref(content.strip(), null)) : Optional.empty();
    }

    /** Whether an RFC's note reads as a note: text that is not blank and not a section, which would be a link. */
    private static boolean isNote(String text) {
        String note = text.strip();
        return !note.isEmpty() && !note.toLowerCase(Locale.ROOT).startsWith("section") && note.indexOf(']') < 0;
    }

    /**
     * Whether bracketed text is plain text: not blank, and nothing that could be an RFC, a draft or a URL, with
     * a scheme or relative.
     */
    private static boolean isPlain(String text) {
        String content = text.strip();
        String lower = content.toLowerCase(Locale.ROOT);
        return !content.isEmpty()
                && content.indexOf(']') < 0
                && !lower.startsWith("rfc")
                && !lower.startsWith("draft-")
                && !SCHEME.matcher(content).matches()
                && "/.#?".indexOf(content.charAt(0)) < 0;
    }
}
