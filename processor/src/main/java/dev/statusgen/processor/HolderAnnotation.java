package dev.statusgen.processor;

import dev.statusgen.processor.model.BuiltInTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * A holder's {@code @HttpStatusTable}, read through the compiler's model rather than by reflection, so that a
 * value that does not compile yet, or an annotations jar older than the processor, is an answer and not an
 * exception.
 */
final class HolderAnnotation {
    /** What javac gives as the value of an annotation element that does not compile. */
    private static final String ERRONEOUS_VALUE = "<error>";

    private HolderAnnotation() {}

    /**
     * The specs that the holder names, the lowest first: the standard table when it names none, and the standard
     * table below its own when it extends the standard table; no spec at all when it extends the standard table
     * with nothing. Empty while a value does not compile.
     */
    static Optional<List<String>> specs(Elements elements, AnnotationMirror mirror) {
        Object spec = value(elements, mirror, "spec").getValue();
        Object extendsStandard = value(elements, mirror, "extendsStandard").getValue();
        if (!(extendsStandard instanceof Boolean extending)) {
            return Optional.empty();
        }
        // An annotations jar older than String[] spec gives a single String.
        List<?> values = spec instanceof String single ? List.of(single) : null;
        if (spec instanceof List<?> list) {
            values = list;
        }
        if (values == null) {
            return Optional.empty();
        }
        List<String> named = new ArrayList<>();
        for (Object value : values) {
            Object name = value instanceof AnnotationValue v ? v.getValue() : value;
            if (!(name instanceof String text) || text.equals(ERRONEOUS_VALUE)) {
                return Optional.empty();
            }
            if (!text.isEmpty()) {
                named.add(text);
            }
        }
        if (extending && named.isEmpty()) {
            return Optional.of(List.of());
        }
        List<String> names = new ArrayList<>();
        if (extending || named.isEmpty()) {
            names.add(BuiltInTable.STANDARD.specName());
        }
        names.addAll(named);
        return Optional.of(names);
    }

    /**
     * The names of the integration constants that the holder asks for, in the order written; none when the
     * annotations jar predates them. Empty while a value does not compile.
     */
    static Optional<List<String>> integrations(Elements elements, AnnotationMirror mirror) {
        AnnotationValue integrations = valueOrNull(elements, mirror, "integrations");
        if (integrations == null) {
            return Optional.of(List.of());
        }
        if (!(integrations.getValue() instanceof List<?> values)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>(values.size());
        for (Object value : values) {
            Object constant = value instanceof AnnotationValue v ? v.getValue() : value;
            if (!(constant instanceof VariableElement element)) {
                return Optional.empty();
            }
            names.add(element.getSimpleName().toString());
        }
        return Optional.of(names);
    }

    /** The {@code @HttpStatusTable} on {@code element}, or null. */
    static AnnotationMirror of(Element element) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement())
                    .getQualifiedName()
                    .contentEquals(StatusgenProcessor.ANNOTATION)) {
                return mirror;
            }
        }
        return null;
    }

    /** The value of the annotation's element {@code name}, defaults included. */
    private static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
        AnnotationValue value = valueOrNull(elements, mirror, name);
        if (value == null) {
            throw new IllegalStateException("@HttpStatusTable has no element " + name);
        }
        return value;
    }

    /** The value of the annotation's element {@code name}, defaults included, or null if it has no such element. */
    private static AnnotationValue valueOrNull(Elements elements, AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The value of {@code name} if the annotation sets it, else null. */
    static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                mirror.getElementValues().entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue();
            }
        }
        return null;
    }
}
