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

    /**
     * Looks the compile's marks up.
     *
     * @param env the processing environment
     * @param annotation {@code @HttpStatusTable}, whose jar, and so whose module, holds {@code @StatusgenGenerated}
     */
    GeneratedMarks(ProcessingEnvironment env, TypeElement annotation) {
        this.elements = env.getElementUtils();
        boolean java8 = env.getSourceVersion().compareTo(SourceVersion.RELEASE_8) <= 0;
        this.generated =
                java8 ? find(null, GENERATED_JAVA_8) : find(elements.getModuleElement("java.compiler"), GENERATED);
        this.coverage = find(elements.getModuleOf(annotation), COVERAGE_GENERATED);
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

    /**
     * The type, if the compile has it: looked up in its module first, which is much cheaper in a modular compile
     * than javac's search of every module, then anywhere.
     */
    private Optional<ClassName> find(ModuleElement module, String name) {
        TypeElement type = module == null ? null : elements.getTypeElement(module, name);
        if (type == null) {
            type = elements.getTypeElement(name);
        }
        return type == null ? Optional.empty() : Optional.of(ClassName.bestGuess(name));
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
