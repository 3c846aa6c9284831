package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * Writes the class of int constants, such as {@code HttpStatusCodes}: a {@code public static final int} per
 * code, usable as {@code switch} labels, and int classifiers that never throw.
 */
public final class CodesWriter {
    private CodesWriter() {}

    /** The class's source file. */
    public static JavaFile write(WriterContext context) {
        StatusTable table = context.table();
        GeneratedNames names = context.names();
        ClassName self = names.codes();
        TypeSpec.Builder type = context.markGenerated(TypeSpec.classBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The HTTP status codes of the table as int constants, usable as {@code switch}\n"
                        + "labels, and classifiers of any int.\n\n")
                .addJavadoc("<p>For the typed statuses, see {@link $T}.\n\n", names.statusEnum())
                .addJavadoc(context.origin());
        for (StatusCode code : table.codes()) {
            FieldSpec.Builder field = FieldSpec.builder(
                            int.class, code.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("<b>$L $L</b>.\n", code.code(), DocText.escape(code.name()))
                    .addJavadoc("$L\n\n", StatusClassWriter.description(code.description()))
                    .addJavadoc("<p>See {@link $T#$L}.\n", names.statusEnum(), code.constantName())
                    .initializer("$L", code.code());
            if (code.has(Tag.DEPRECATED)) {
                field.addAnnotation(Deprecated.class)
                        .addJavadoc("\n@deprecated The status table marks this code as deprecated.\n");
            }
            type.addField(field.build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Not instantiable: the class holds only constants and static methods.\n")
                .build());
        for (StatusClass c : table.classes()) {
            type.addMethod(classifier(
                    c.classifierName(),
                    "in the class " + DocText.escape(c.name()) + " (" + c.range() + ")",
                    ranges(table, c::equals)));
        }
        type.addMethod(classifier(
                        "isError", "an error: a code of a class from 400 up", ranges(table, StatusClass::isError)))
                .addMethod(classifier("isValid", "in the range of one of the classes", ranges(table, c -> true)))
                .addMethod(MethodSpec.methodBuilder("isStandard")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(boolean.class)
                        .addParameter(int.class, "code")
                        .addJavadoc("Whether {@code code} is a standard code of the table: in the table, not\n"
                                + "tagged non-standard and not added by a project over the standard table.\n\n")
                        .addJavadoc("@param code any int\n@return whether the code is standard\n")
                        .addStatement("$T status = $T.lookup(code)", names.statusEnum(), names.statusEnum())
                        .addStatement("return status != null && status.isStandard()")
                        .build());
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .build();
    }

    private static MethodSpec classifier(String name, String what, CodeBlock condition) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Whether {@code code} is $L.\n\n", what)
                .addJavadoc("@param code any int\n@return whether the code is $L\n", what)
                .addStatement("return $L", condition)
                .build();
    }

    /** A condition on {@code code} that holds in the ranges of the matching classes, contiguous ones merged. */
    private static CodeBlock ranges(StatusTable table, Predicate<StatusClass> matching) {
        List<int[]> ranges = table.mergedRanges(matching);
        if (ranges.isEmpty()) {
            return CodeBlock.of("false");
        }
        return ranges.stream()
                .map(r -> CodeBlock.of("code >= $L && code <= $L", r[0], r[1]))
                .collect(CodeBlock.joining(" || "));
    }
}
