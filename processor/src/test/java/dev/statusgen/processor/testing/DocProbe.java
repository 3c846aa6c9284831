package dev.statusgen.processor.testing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs beside statusgen's ({@link Compiler.Job#beside}) and records the javadoc that the compiler
 * reads from a generated type's members, as an IDE would show it on hover.
 */
public final class DocProbe extends EveryRoundProcessor {
    private static final Pattern NUMERIC_REFERENCE = Pattern.compile("&#(\\d+);");

    private final String typeName;
    /** The javadoc of each member, and of the type under its own simple name, by simple name. */
    private final Map<String, String> docs = new LinkedHashMap<>();

    /** A probe of the type {@code typeName}, such as {@code p.HttpStatus}. */
    public DocProbe(String typeName) {
        this.typeName = typeName;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement type = processingEnv.getElementUtils().getTypeElement(typeName);
        if (type != null && docs.isEmpty()) {
            docs.put(
                    type.getSimpleName().toString(),
                    processingEnv.getElementUtils().getDocComment(type));
            for (Element member : type.getEnclosedElements()) {
                docs.putIfAbsent(
                        member.getSimpleName().toString(),
                        processingEnv.getElementUtils().getDocComment(member));
            }
        }
        return false;
    }

    /** The javadoc of {@code member} as the source has it, without the comment's delimiters. */
    public String raw(String member) {
        String doc = docs.get(member);
        if (doc == null) {
            throw new AssertionError("no javadoc on " + member + " in " + docs.keySet());
        }
        return doc;
    }

    /** The javadoc of {@code member} as a reader sees it: entities decoded, white space folded. */
    public String text(String member) {
        return decode(raw(member)).replaceAll("\\s+", " ").trim();
    }

    /**
     * What a reader of the javadoc sees of spec text, white space aside: control characters and line separators
     * as spaces, and code points that Unicode leaves unassigned as U+FFFD.
     */
    public static String asRead(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(' ');
            } else if (!Character.isDefined(c)) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** Decodes the HTML entities that javadoc text may hold. */
    public static String decode(String html) {
        Matcher m = NUMERIC_REFERENCE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out, Matcher.quoteReplacement(new String(Character.toChars(Integer.parseInt(m.group(1))))));
        }
        m.appendTail(out);
        return out.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
