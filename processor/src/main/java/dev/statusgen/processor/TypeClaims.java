package dev.statusgen.processor;

import com.palantir.javapoet.ClassName;
import dev.statusgen.processor.Reporter.Place;
import dev.statusgen.processor.diag.Message;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Who may generate which type: each type that statusgen generates in a compile is claimed by one holder, and no
 * holder may generate a type that the compile's sources declare, unless that source is statusgen's own earlier
 * output. A class file from an earlier build, on the class path, is no clash: the compile replaces it.
 */
final class TypeClaims {
    private final Elements elements;
    private final Reporter reporter;
    private final Map<String, TypeElement> claimedBy = new HashMap<>();
    /** The top-level types that this compile's sources declare, so far. */
    private final Set<String> sourceTypes = new HashSet<>();

    TypeClaims(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** Notes the types that this round's sources declare. */
    void addSources(RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root instanceof TypeElement type) {
                sourceTypes.add(type.getQualifiedName().toString());
            }
        }
    }

    /**
     * Whether the holder may generate {@code types}: none is claimed by another holder, and none is declared by a
     * source that {@code marks} do not know as statusgen's output. If not, reports the first that is taken.
     */
    boolean areFree(TypeElement holder, List<ClassName> types, GeneratedMarks marks, Place onAnnotation) {
        for (ClassName type : types) {
            String name = type.canonicalName();
            TypeElement other = claimedBy.get(name);
            if (other != null) {
                reporter.error(
                        onAnnotation,
                        Message.SAME_GENERATED_NAMES,
                        holder.getQualifiedName(),
                        name,
                        other.getQualifiedName());
                return false;
            }
            TypeElement existing = sourceTypes.contains(name) ? elements.getTypeElement(name) : null;
            if (existing != null && !marks.isGenerated(existing)) {
                reporter.error(onAnnotation, Message.GENERATED_NAME_TAKEN, holder.getQualifiedName(), name);
                return false;
            }
        }
        return true;
    }

    /** Claims {@code types} for the holder. */
    void claim(TypeElement holder, List<ClassName> types) {
        for (ClassName type : types) {
            claimedBy.put(type.canonicalName(), holder);
        }
    }
}
