package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.List;
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
        TypeSpec.Builder type = context.mark(TypeSpec.classBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The HTTP status codes of the table as int constants, usable as {@code switch}\n"
                        + "labels, and classifiers of any int.\n\n")
                .addJavadoc("<p>For the typed statuses, see {@link $T}.\n\n", names.statusEnum())
                .addJavadoc(context.origin());
        for (StatusCode code : table.codes()) {
            type.addField(constant(
                    code,
                    code.constantName(),
                    CodeBlock.builder()
                            .add("<b>$L $L</b>.\n", code.code(), DocText.escape(code.name()))
                            .add("$L\n\n", Wording.summary(code.description()))
                            .add("<p>The full description: {@link $T#$L}.\n", names.statusEnum(), code.constantName())
                            .add(code.references().isEmpty() ? "" : "\n")
                            .add(Wording.seeAlso(code.references()))
                            .build()));
        }
        for (StatusCode code : table.codes()) {
            for (StatusCode.Alias alias : code.aliases()) {
                type.addField(constant(
                        code,
                        alias.constantName(),
                        CodeBlock.of(
                                "<b>$L $L</b>: another name of {@link #$L}.\n",
                                code.code(),
                                DocText.escape(alias.name()),
                                code.constantName())));
            }
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Not instantiable: the class holds only constants and static methods.\n")
                .build());
        for (StatusClass c : table.classes()) {
            type.addMethod(classifier(
                    c.classifierName(),
                    "in the class " + DocText.escape(c.name()) + " (" + c.range() + ")",
                    ranges(List.of(c))));
        }
        type.addMethod(classifier(
                        GeneratedMembers.IS_ERROR,
                        "an error: a code of a class from 400 up",
                        ranges(table.errorClasses())))
                .addMethod(classifier(
                        GeneratedMembers.IS_VALID, "in the range of one of the classes", ranges(table.classes())))
                .addMethod(byStatus(
                        names,
                        GeneratedMembers.IS_STANDARD,
                        "a standard code of the table: in the table, and not\ntagged " + Tag.NON_STANDARD));
        for (Tag tag : table.predicateTags()) {
            type.addMethod(byStatus(
                    names,
                    tag.predicateName(),
                    "a code of the table that carries the tag " + tag.id() + ":\n" + DocText.of(tag.description())));
        }
        return context.file(type.build());
    }

    /** The int constant {@code name} of {@code code}, deprecated if the code is. */
    private static FieldSpec constant(StatusCode code, String name, CodeBlock doc) {
        FieldSpec.Builder field = FieldSpec.builder(int.class, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(doc)
                .initializer("$L", code.code());
        if (code.has(Tag.DEPRECATED)) {
            field.addAnnotation(Deprecated.class).addJavadoc("\n$L", Wording.DEPRECATED_TAG);
        }
        return field.build();
    }

    /** A static predicate on any int that asks the table's status for the code, false if there is none. */
    private static MethodSpec byStatus(GeneratedNames names, String name, String what) {
        return predicate(name, what)
                .addStatement("$T status = $T.lookup(code)", names.statusEnum(), names.statusEnum())
                .addStatement("return status != null && status.$L()", name)
                .build();
    }

    /** A static classifier on any int, true where {@code condition} holds. */
    private static MethodSpec classifier(String name, String what, CodeBlock condition) {
        return predicate(name, what).addStatement("return $L", condition).build();
    }

    /** A static predicate on any int, documented as telling whether the int is {@code what}, to give a body. */
    private static MethodSpec.Builder predicate(String name, String what) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Whether {@code code} is $L.\n\n", what)
                .addJavadoc("@param code any int\n@return whether the code is $L\n", what);
    }

    /** A condition on {@code code} that holds in the ranges of the matching classes, contiguous ones merged. */
    private static CodeBlock ranges(List<StatusClass> classes) {
        List<int[]> ranges = StatusTable.mergedRanges(classes);
        if (ranges.isEmpty()) {
            return CodeBlock.of("false");
        }
        CodeBlock.Builder condition = CodeBlock.builder();
        for (int[] range : ranges) {
            condition.add(condition.isEmpty() ? "" : " || ").add("code >= $L && code <= $L", range[0], range[1]);
        }
        return condition.build();
    }
}
