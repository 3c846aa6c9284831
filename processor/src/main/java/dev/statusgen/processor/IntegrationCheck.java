package dev.statusgen.processor;

import dev.statusgen.processor.Reporter.Place;
import dev.statusgen.processor.diag.Message;
import dev.statusgen.processor.model.Integration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Checks the integrations that a holder asks for against the compile: each one known to this processor, not both
 * REST APIs, and each one's library on the class path, or, for a holder in a named module, in a module that its
 * module reads. A failed check is one error on the annotation's {@code integrations} value, and the holder
 * generates nothing, so that no "cannot find symbol" or "not visible" follows.
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
        ModuleElement module = elements.getModuleOf(holder);
        boolean named = module != null && !module.isUnnamed();
        for (Integration integration : integrations) {
            Set<? extends TypeElement> types = elements.getAllTypeElements(integration.qualifiedTypeName());
            if (named && !readsAny(module, types)) {
                // Also when no module has the type: javac resolves only the modules that something requires.
                reporter.error(
                        onValue,
                        Message.INTEGRATION_NOT_READ,
                        integration.name(),
                        integration.qualifiedTypeName(),
                        module.getQualifiedName(),
                        integration.moduleName(),
                        integration.coordinates());
                return Optional.empty();
            }
            if (types.isEmpty()) {
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
     * Whether the named module {@code module} reads the module of one of {@code types}: itself, a module that it
     * requires, or one that such a module requires transitively, in turn. A type on the class path is in the
     * unnamed module, which no named module reads.
     */
    private boolean readsAny(ModuleElement module, Set<? extends TypeElement> types) {
        Set<ModuleElement> read = new HashSet<>();
        Deque<ModuleElement> pending = new ArrayDeque<>();
        read.add(module);
        for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
            pending.add(requires.getDependency());
        }
        while (!pending.isEmpty()) {
            ModuleElement next = pending.remove();
            if (read.add(next)) {
                for (RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
                    if (requires.isTransitive()) {
                        pending.add(requires.getDependency());
                    }
                }
            }
        }
        for (TypeElement type : types) {
            if (read.contains(elements.getModuleOf(type))) {
                return true;
            }
        }
        return false;
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
