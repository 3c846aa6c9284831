package dev.statusgen.processor.writer;

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
        TypeSpec.Builder type = header(context);
        for (StatusCode code : table.codes()) {
            type.addField(constant(code, code.constantName(), constantDoc(names, code)));
        }
        for (StatusCode code : table.codes()) {
            for (StatusCode.Alias alias : code.aliases()) {
                type.addField(constant(code, alias.constantName(), aliasDoc(code, alias)));
            }
        }
        type.addType(TextConstants.text(context));
        type.addMethod(constructor());
        for (StatusClass c : table.classes()) {
            type.addMethod(classClassifier(c));
        }
        type.addMethod(isError(table)).addMethod(isValid(table)).addMethod(isStandard(names));
        for (Tag tag : table.predicateTags()) {
            type.addMethod(tagPredicate(names, tag));
        }
        return context.file(type.build());
    }

    /** The class, marked, with its javadoc. */
    private static TypeSpec.Builder header(WriterContext context) {
        GeneratedNames names = context.names();
        return context.mark(TypeSpec.classBuilder(names.codes()))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The HTTP status codes of the table as int constants, usable as {@code switch}\n"
                        + "labels, and classifiers of any int.\n\n")
                .addJavadoc("<p>For the typed statuses, see {@link $T}.\n\n", names.statusEnum())
                .addJavadoc(context.origin());
    }

    /** The javadoc of the int constant of {@code code}: its summary, and a link to the full description. */
    private static CodeBlock constantDoc(GeneratedNames names, StatusCode code) {
        return CodeBlock.builder()
                .add("<b>$L $L</b>.\n", code.code(), DocText.escape(code.name()))
                .add("$L\n\n", Wording.summary(code.description()))
                .add("<p>The full description: {@link $T#$L}.\n", names.statusEnum(), code.constantName())
                .add(code.references().isEmpty() ? "" : "\n")
                .add(Wording.seeAlso(code.references()))
                .build();
    }

    /** The javadoc of the int constant of {@code alias}. */
    private static CodeBlock aliasDoc(StatusCode code, StatusCode.Alias alias) {
        return CodeBlock.of(
                "<b>$L $L</b>: another name of {@link #$L}.\n",
                code.code(),
                DocText.escape(alias.name()),
                code.constantName());
    }

    /** The private constructor. */
    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Not instantiable: the class holds only constants and static methods.\n")
                .build();
    }

    /** The classifier of the class {@code c}, such as {@code isClientError(int)}. */
    private static MethodSpec classClassifier(StatusClass c) {
        return classifier(
                c.classifierName(),
                "in the class " + DocText.escape(c.name()) + " (" + c.range() + ")",
                ranges(List.of(c)));
    }

    /** The predicate of the tag {@code tag}, such as {@code isWebdav(int)}. */
    private static MethodSpec tagPredicate(GeneratedNames names, Tag tag) {
        return byStatus(
                names,
                tag.predicateName(),
                "a code of the table that carries the tag " + tag.id() + ":\n" + DocText.of(tag.description()));
    }

    /** The classifier {@code isError(int)}. */
    private static MethodSpec isError(StatusTable table) {
        return classifier(
                GeneratedMembers.IS_ERROR, "an error: a code of a class from 400 up", ranges(table.errorClasses()));
    }

    /** The classifier {@code isValid(int)}. */
    private static MethodSpec isValid(StatusTable table) {
        return classifier(GeneratedMembers.IS_VALID, "in the range of one of the classes", ranges(table.classes()));
    }

    /** The predicate {@code isStandard(int)}. */
    private static MethodSpec isStandard(GeneratedNames names) {
        return byStatus(
                names,
                GeneratedMembers.IS_STANDARD,
                "a standard code of the table: in the table, and not\ntagged " + Tag.NON_STANDARD);
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
