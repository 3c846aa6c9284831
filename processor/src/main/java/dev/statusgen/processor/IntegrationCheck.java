package dev.statusgen.processor;

import dev.statusgen.processor.Reporter.Place;
import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.model.Integration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the integrations that a holder asks for against the compile: each one known to this processor, not both
 * REST APIs, and each one's library on the class path. A failed check is one error on the annotation's {@code integrations} value, and the holder
 * generates nothing, so that no "cannot find symbol" follows.
 */
final class IntegrationCheck {
    private final Elements elements;
    private final Reporter reporter;

    IntegrationCheck(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /**
     * The integrations named {@code names} if they pass, in the order of {@link Integration}, else empty after
     * reporting the one error.
     */
    Optional<Set<Integration>> check(TypeElement holder, AnnotationMirror mirror, List<String> names) {
        Place onValue = new Place(holder, mirror, HolderAnnotation.explicitValue(mirror, "integrations"));
        Set<Integration> integrations = EnumSet.noneOf(Integration.class);
        for (String name : names) {
            Integration integration = known(name);
            if (integration == null) {
                reporter.error(onValue, Message.UNKNOWN_INTEGRATION, name);
                return Optional.empty();
            }
            integrations.add(integration);
        }
        if (integrations.contains(Integration.JAKARTA_REST) && integrations.contains(Integration.JAVAX_REST)) {
            reporter.error(onValue, Message.REST_INTEGRATIONS_CLASH);
            return Optional.empty();
        }
        for (Integration integration : integrations) {
            if (elements.getTypeElement(integration.qualifiedTypeName()) == null) {
                reporter.error(
                        onValue,
                        Message.INTEGRATION_MISSING,
                        integration.name(),
                        integration.qualifiedTypeName(),
                        integration.coordinates());
                return Optional.empty();
            }
        }
        return Optional.of(integrations);
    }

    /**
     * The integration named {@code name}, or null for a constant of an annotations jar newer than this processor.
     */
    private static Integration known(String name) {
        for (Integration integration : Integration.values()) {
            if (integration.name().equals(name)) {
                return integration;
            }
        }
        return null;
    }
}
