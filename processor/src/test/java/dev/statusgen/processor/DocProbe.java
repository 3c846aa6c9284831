package dev.statusgen.processor;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs beside statusgen's and records the javadoc that the compiler reads from a generated
 * type's members, as an IDE would show it on hover.
 */
final class DocProbe extends EveryRoundProcessor {
    private final String typeName;
    /** The javadoc of each member, and of the type under its own simple name, by simple name. */
    final Map<String, String> docs = new LinkedHashMap<>();

    DocProbe(String typeName) {
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

    /** The javadoc of {@code member} as a reader sees it: entities decoded, white space folded. */
    String text(String member) {
        String doc = docs.get(member);
        if (doc == null) {
            throw new AssertionError("no javadoc on " + member + " in " + docs.keySet());
        }
        return decode(doc).replaceAll("\\s+", " ").trim();
    }

    /** Decodes the HTML entities that javadoc text may hold. */
    static String decode(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(\\d+);").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(
                    out,
                    java.util.regex.Matcher.quoteReplacement(
                            new String(Character.toChars(Integer.parseInt(m.group(1))))));
        }
        m.appendTail(out);
        return out.toString()
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }
}
