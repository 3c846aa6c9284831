package dev.statusgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.Integration;
import dev.statusgen.processor.model.StatusTable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every writer needs, and all it gets: the table, the names to generate, and the names of the
 * {@code @Generated} annotations that the consumer's compile offers, if any. It holds no object of the compiler's:
 * the processor writes the files through the {@code Filer}, with the holder as their originating element.
 *
 * @param table the validated table
 * @param names the names to generate
 * @param generatedAnnotation {@code javax.annotation.processing.Generated} or {@code javax.annotation.Generated},
 *     whichever the consumer's compile has, or empty
 * @param coverageAnnotation {@code dev.statusgen.StatusgenGenerated}, which has class retention so that coverage
 *     tools skip the generated classes, or empty if the compile lacks it
 * @param generator the name to put in {@code @Generated}
 * @param integrations the framework integrations to generate, whose libraries the compile has
 */
public record WriterContext(
        StatusTable table,
        GeneratedNames names,
        Optional<ClassName> generatedAnnotation,
        Optional<ClassName> coverageAnnotation,
        String generator,
        Set<Integration> integrations) {

    /** Copies {@code integrations}. */
    public WriterContext {
        Set<Integration> chosen = EnumSet.noneOf(Integration.class);
        chosen.addAll(integrations);
        integrations = Collections.unmodifiableSet(chosen);
    }

    /** Whether the holder asks for {@code integration}. */
    boolean has(Integration integration) {
        return integrations.contains(integration);
    }

    /**
     * Adds {@code @Generated(generator)}, without a date, and {@code @StatusgenGenerated}, each if the compile has
     * it. Nested classes get them too: coverage tools read only a class's own annotations.
     */
    TypeSpec.Builder mark(TypeSpec.Builder type) {
        if (generatedAnnotation.isPresent()) {
            type.addAnnotation(AnnotationSpec.builder(generatedAnnotation.get())
                    .addMember("value", "$S", generator)
                    .build());
        }
        if (coverageAnnotation.isPresent()) {
            type.addAnnotation(coverageAnnotation.get());
        }
        return type;
    }

    /** The javadoc line that names the source of the generated type. */
    CodeBlock origin() {
        return Wording.origin(table, names.holder());
    }

    /**
     * The source file of {@code type} in the holder's package. Every type it uses is imported, {@code java.lang}
     * ones too, so that types of the holder's own package with the same simple names cannot take their place.
     */
    JavaFile file(TypeSpec type) {
        return JavaFile.builder(names.packageName(), type).build();
    }
}
