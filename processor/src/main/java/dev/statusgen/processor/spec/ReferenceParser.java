package dev.statusgen.processor.spec;

import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.Reference;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code Reference} cell in the IANA registry's notation: bracketed references such as
 * {@code [RFC9110, Section 15.5.5]}, {@code [RFC2774][status-change-http-experiments-to-historic]} or
 * {@code [draft-ietf-httpbis-resumable-upload-05]}, and plain {@code https://} URLs.
 *
 * <p>An RFC links to its page at the RFC Editor, with the section's anchor when the reference gives a section; an
 * Internet-Draft links to its page at the IETF Datatracker; an {@code https} URL links to itself; any other
 * bracketed text stays plain text. Every other URL ({@code http:}, {@code javascript:}, {@code data:}, relative
 * ones) is an error: only {@code https} URLs become links.
 */
public final class ReferenceParser {
    private static final Pattern RFC =
            Pattern.compile("RFC\\s*0*([1-9][0-9]{0,4})(?:\\s*,\\s*(.+))?", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SECTION =
            Pattern.compile("Section\\s+([0-9]+(?:\\.[0-9]+)*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DRAFT = Pattern.compile("draft-[a-z0-9]+(?:-[a-z0-9]+)*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:.*");

    private final String file;
    private final int line;
    private final Problems problems;

    private ReferenceParser(String file, int line, Problems problems) {
        this.file = file;
        this.line = line;
        this.problems = problems;
    }

    /**
     * The references of the cell {@code text}, which starts at column {@code column} of line {@code line}; what
     * is wrong goes to {@code problems}.
     */
    public static List<Reference> parse(String file, int line, int column, String text, Problems problems) {
        return new ReferenceParser(file, line, problems).parse(text, column);
    }

    private List<Reference> parse(String text, int column) {
        List<Reference> references = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ',' || c == ';') {
                i++;
            } else if (c == '[') {
                int close = text.indexOf(']', i + 1);
                if (close < 0) {
                    problem(column + i, Message.UNCLOSED_REFERENCE, text.substring(i));
                    return references;
                }
                bracketed(text.substring(i + 1, close).strip(), column + i, references);
                i = close + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '[') {
                    end++;
                }
                String token = text.substring(i, end);
                while (token.endsWith(",") || token.endsWith(";")) {
                    token = token.substring(0, token.length() - 1);
                }
                url(token, column + i, references);
                i = end;
            }
        }
        return references;
    }

    private void bracketed(String content, int column, List<Reference> references) {
        Matcher rfc = RFC.matcher(content);
        if (content.isEmpty()) {
            problem(column, Message.EMPTY_REFERENCE);
        } else if (rfc.matches()) {
            String number = rfc.group(1);
            String rest = rfc.group(2);
            String url = "https://www.rfc-editor.org/rfc/rfc" + number + ".html";
            Matcher section = rest == null ? null : SECTION.matcher(rest.strip());
            if (section != null && section.matches()) {
                url += "#section-" + section.group(1);
                rest = "Section " + section.group(1);
            }
            references.add(new Reference("RFC " + number + (rest == null ? "" : ", " + rest.strip()), url));
        } else if (DRAFT.matcher(content).matches()) {
            String draft = content.toLowerCase(Locale.ROOT);
            references.add(new Reference(draft, "https://datatracker.ietf.org/doc/" + draft + "/"));
        } else if (SCHEME.matcher(content).matches() || looksRelative(content)) {
            url(content, column, references);
        } else {
            references.add(new Reference(content, null));
        }
    }

    /** Adds the link of an {@code https} URL to {@code references}, or a problem. */
    private void url(String text, int column, List<Reference> references) {
        try {
            URI uri = new URI(text);
            if ("https".equalsIgnoreCase(uri.getScheme())
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty()) {
                references.add(new Reference(text, text));
                return;
            }
        } catch (URISyntaxException e) {
            // Not a URL at all: reported as not an https URL, below.
        }
        problem(column, Message.NOT_HTTPS_REFERENCE, text);
    }

    private static boolean looksRelative(String content) {
        return content.startsWith("/")
                || content.startsWith("./")
                || content.startsWith("../")
                || content.startsWith("#")
                || content.startsWith("?");
    }

    private void problem(int column, Message message, Object... args) {
        problems.add(Problem.at(file, line, column, message, args));
    }
}
