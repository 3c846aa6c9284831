package dev.statusgen.processor;

import dev.statusgen.processor.Reporter.Place;
import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.model.Integration;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Checks the integrations that a holder asks for against the compile: not both REST APIs, and each one's library
 * on the class path. A failed check is one error on the annotation's {@code integrations} value, and the holder
 * generates nothing, so that no "cannot find symbol" follows.
 */
final class IntegrationCheck {
    private final Elements elements;
    private final Reporter reporter;

    IntegrationCheck(Elements elements, Reporter reporter) {
        this.elements = elements;
        this.reporter = reporter;
    }

    /** The holder's integrations if they pass, else empty after reporting the one error. */
    Optional<Set<Integration>> check(TypeElement holder, AnnotationMirror mirror, Set<Integration> integrations) {
        Place onValue = new Place(holder, mirror, HolderAnnotation.explicitValue(mirror, "integrations"));
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
}
