package dev.statusgen.processor;

import com.palantir.javapoet.ClassName;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The annotations that mark generated types, as far as the compile offers them: {@code @Generated}, from
 * {@code javax.annotation.processing} from Java 9 on and from {@code javax.annotation} on Java 8, and
 * {@code @StatusgenGenerated}. The compile's types are looked up once, however many holders there are.
 */
final class GeneratedMarks {
    static final String GENERATED = "javax.annotation.processing.Generated";
    static final String GENERATED_JAVA_8 = "javax.annotation.Generated";
    /** statusgen's own class-retention mark of generated types, which coverage tools such as JaCoCo skip. */
    static final String COVERAGE_GENERATED = "dev.statusgen.StatusgenGenerated";

    private final Elements elements;
    private final Optional<ClassName> generated;
    private final Optional<ClassName> coverage;

    GeneratedMarks(ProcessingEnvironment env) {
        this.elements = env.getElementUtils();
        boolean java8 = env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) <= 0;
        String name = java8 ? GENERATED_JAVA_8 : GENERATED;
        this.generated =
                elements.getTypeElement(name) != null ? Optional.of(ClassName.bestGuess(name)) : Optional.empty();
        this.coverage = elements.getTypeElement(COVERAGE_GENERATED) != null
                ? Optional.of(ClassName.bestGuess(COVERAGE_GENERATED))
                : Optional.empty();
    }

    /**
     * The {@code @Generated} annotation that the holder can see: none in a named module that does not require
     * {@code java.compiler} directly, which {@code javax.annotation.processing} belongs to.
     */
    Optional<ClassName> generated(TypeElement holder) {
        if (generated.isEmpty() || !generated.get().packageName().equals("javax.annotation.processing")) {
            return generated;
        }
        ModuleElement module = elements.getModuleOf(holder);
        return module == null || module.isUnnamed() || requiresCompiler(module) ? generated : Optional.empty();
    }

    /**
     * {@code @StatusgenGenerated}, if the compile has it: it comes in the annotations jar beside
     * {@code @HttpStatusTable}, so only an older annotations jar lacks it.
     */
    Optional<ClassName> coverage() {
        return coverage;
    }

    private static boolean requiresCompiler(ModuleElement module) {
        for (ModuleElement.Directive directive : module.getDirectives()) {
            if (directive instanceof ModuleElement.RequiresDirective requires
                    && requires.getDependency().getQualifiedName().contentEquals("java.compiler")) {
                return true;
            }
        }
        return false;
    }
}
