package dev.statusgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusTable;
import java.util.Optional;
import javax.lang.model.element.Element;

/**
 * What every writer needs: the table, the names to generate, the {@code @Generated} annotation that the
 * consumer's compile offers, if any, and the holder that the files originate from.
 *
 * @param table the validated table
 * @param names the names to generate
 * @param generatedAnnotation {@code javax.annotation.processing.Generated} or {@code javax.annotation.Generated},
 *     whichever the consumer's compile has, or empty
 * @param generator the name to put in {@code @Generated}
 * @param holder the annotated holder, which build tools such as Gradle track the generated files by
 */
public record WriterContext(
        StatusTable table,
        GeneratedNames names,
        Optional<ClassName> generatedAnnotation,
        String generator,
        Element holder) {

    /**
     * Starts a top-level type: marks it {@code @Generated(generator)}, without a date, if the compile has the
     * annotation, and names the holder as the element it originates from.
     */
    TypeSpec.Builder start(TypeSpec.Builder type) {
        if (generatedAnnotation.isPresent()) {
            type.addAnnotation(AnnotationSpec.builder(generatedAnnotation.get())
                    .addMember("value", "$S", generator)
                    .build());
        }
        return type.addOriginatingElement(holder);
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
