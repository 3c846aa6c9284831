package dev.statusgen.processor;

import com.palantir.javapoet.ClassName;
import dev.statusgen.processor.writer.Wording;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The marks of statusgen's output: which it puts on the types it generates, and how it knows its own earlier
 * output again. The annotations are what the compile offers: {@code @Generated}, from
 * {@code javax.annotation.processing} from Java 9 on and from {@code javax.annotation} on Java 8, each with
 * {@link #GENERATOR} as its value, and {@code @StatusgenGenerated}. The compile's types are looked up once, however
 * many holders there are. Where the holder can see no {@code @Generated}, as in a named module that does not
 * require {@code java.compiler}, the words {@link Wording#GENERATED_MARK}, which open the origin line of every
 * generated type's javadoc, are the mark that tells statusgen's output apart.
 */
final class GeneratedMarks {
    static final String GENERATED = "javax.annotation.processing.Generated";
    static final String GENERATED_JAVA_8 = "javax.annotation.Generated";
    /** statusgen's own class-retention mark of generated types, which coverage tools such as JaCoCo skip. */
    static final String COVERAGE_GENERATED = "dev.statusgen.StatusgenGenerated";
    /** The value of statusgen's {@code @Generated}: the processor's name. */
    static final String GENERATOR = StatusgenProcessor.class.getName();

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
     * Whether {@code type} is statusgen's output, from an earlier compile or round: it has a {@code @Generated} of
     * {@code javax.annotation.processing} or {@code javax.annotation} whose value is {@link #GENERATOR}, or the
     * generated mark in its javadoc. No other annotation counts, whatever its simple name.
     */
    boolean isGenerated(TypeElement type) {
        for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
            String name = ((TypeElement) annotation.getAnnotationType().asElement())
                    .getQualifiedName()
                    .toString();
            if ((name.equals(GENERATED) || name.equals(GENERATED_JAVA_8)) && namesGenerator(annotation)) {
                return true;
            }
        }
        String doc = elements.getDocComment(type);
        return doc != null && doc.contains(Wording.GENERATED_MARK);
    }

    /** Whether a {@code @Generated} names {@link #GENERATOR} among the generators of its {@code value}. */
    private static boolean namesGenerator(AnnotationMirror generated) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                generated.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")
                    && entry.getValue().getValue() instanceof List<?> generators) {
                for (Object generator : generators) {
                    if (generator instanceof AnnotationValue value && GENERATOR.equals(value.getValue())) {
                        return true;
                    }
                }
            }
        }
        return false;
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
