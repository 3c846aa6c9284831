package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusTable;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/** Writes the enum of status classes, such as {@code HttpStatusClass}, with its O(1) lookup by code. */
public final class StatusClassWriter {
    private StatusClassWriter() {}

    /** The enum's source file. */
    public static JavaFile write(WriterContext context) {
        StatusTable table = context.table();
        ClassName self = context.names().statusClass();
        TypeSpec.Builder type = context.mark(TypeSpec.enumBuilder(self))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The status classes of HTTP responses: every code from $L to $L that lies in\n"
                                + "a class's range belongs to that class.\n\n",
                        table.firstClassCode(),
                        table.lastClassCode())
                .addJavadoc("<p>{@link #of(int)} answers the class of a code in O(1), without allocating.\n\n")
                .addJavadoc(context.origin());
        for (StatusClass statusClass : table.classes()) {
            type.addEnumConstant(
                    statusClass.id(),
                    TypeSpec.anonymousClassBuilder(
                                    "$L, $L, $L, $L, $L",
                                    statusClass.firstCode(),
                                    statusClass.lastCode(),
                                    Literals.string(statusClass.name()),
                                    Literals.string(statusClass.description()),
                                    statusClass.isError())
                            .addJavadoc("<b>$L: $L</b>.\n", statusClass.range(), DocText.escape(statusClass.name()))
                            .addJavadoc("$L\n", Wording.description(statusClass.description()))
                            .build());
        }
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
        type.addField(CodeIndex.field(self, "The class of each code"))
                .addField(ValueMembers.field(TypeName.INT, "firstCode", "The first code of the range."))
                .addField(ValueMembers.field(TypeName.INT, "lastCode", "The last code of the range."))
                .addField(ValueMembers.field(ValueMembers.STRING, "displayName", "The class's name."))
                .addField(ValueMembers.field(ValueMembers.STRING, "description", "The class's description."))
                .addField(ValueMembers.field(TypeName.BOOLEAN, "error", "Whether the class's codes are errors."))
                .addField(FieldSpec.builder(optional, "asOptional", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("This class, in an {@code Optional} made once.\n")
                        .initializer("$T.of(this)", Optional.class)
                        .build())
                .addMethod(ValueMembers.constructor(
                        "Creates a class.",
                        List.of(
                                ValueMembers.parameter(TypeName.INT, "firstCode"),
                                ValueMembers.parameter(TypeName.INT, "lastCode"),
                                ValueMembers.parameter(ValueMembers.STRING, "displayName"),
                                ValueMembers.parameter(ValueMembers.STRING, "description"),
                                ValueMembers.parameter(TypeName.BOOLEAN, "error"))))
                .addMethod(CodeIndex.index(
                        self,
                        table,
                        "the class of each code",
                        CodeBlock.builder()
                                .beginControlFlow("for ($T statusClass : values())", self)
                                .beginControlFlow(
                                        "for (int code = statusClass.firstCode; code <= statusClass.lastCode; code++)")
                                .addStatement("byCode[code] = statusClass")
                                .endControlFlow()
                                .endControlFlow()
                                .build()))
                .addMethod(ValueMembers.getter(
                        TypeName.INT, GeneratedMembers.FIRST_CODE, "the first code of this class's range"))
                .addMethod(ValueMembers.getter(
                        TypeName.INT, GeneratedMembers.LAST_CODE, "the last code of this class's range"))
                .addMethod(ValueMembers.getter(
                        ValueMembers.STRING,
                        GeneratedMembers.DISPLAY_NAME,
                        "the class's name, such as "
                                + DocText.escape(table.classes().get(0).name())))
                .addMethod(ValueMembers.getter(
                        ValueMembers.STRING, GeneratedMembers.DESCRIPTION, "the class's description"))
                .addMethod(MethodSpec.methodBuilder(GeneratedMembers.IS_ERROR)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addJavadoc("Whether the codes of this class are errors: true for the classes from 400 up.\n\n")
                        .addJavadoc("@return whether this class's codes are errors\n")
                        .addStatement("return error")
                        .build())
                .addMethod(MethodSpec.methodBuilder(GeneratedMembers.CONTAINS)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(int.class, "code")
                        .addJavadoc("Whether {@code code} lies in this class's range.\n\n")
                        .addJavadoc("@param code any int\n@return whether the code belongs to this class\n")
                        .addStatement("return code >= firstCode && code <= lastCode")
                        .build())
                .addMethod(MethodSpec.methodBuilder(GeneratedMembers.FIND)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(optional)
                        .addParameter(int.class, "code")
                        .addJavadoc("The class of {@code code}, in O(1) and without allocating.\n\n")
                        .addJavadoc(
                                "@param code any int\n@return the class whose range holds the code, or empty if none does\n")
                        .addStatement("$T statusClass = lookup(code)", self)
                        .addStatement(
                                "return statusClass == null ? $T.empty() : statusClass.asOptional", Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder(GeneratedMembers.OF)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(int.class, "code")
                        .addJavadoc("The class of {@code code}, in O(1) and without allocating.\n\n")
                        .addJavadoc(
                                "@param code a code in one of the classes' ranges\n@return the class whose range holds"
                                        + " the code\n@throws IllegalArgumentException if no class holds the code\n")
                        .addStatement("$T statusClass = lookup(code)", self)
                        .beginControlFlow("if (statusClass == null)")
                        .addStatement("throw invalid(code)")
                        .endControlFlow()
                        .addStatement("return statusClass")
                        .build())
                .addMethod(MethodSpec.methodBuilder("invalid")
                        .addModifiers(Modifier.STATIC)
                        .returns(IllegalArgumentException.class)
                        .addParameter(int.class, "code")
                        .addJavadoc("The exception for a code that no class holds.\n\n")
                        .addJavadoc("@param code a code outside every class\n@return the exception to throw\n")
                        .addStatement(
                                "return new $T($S + code + $S)",
                                IllegalArgumentException.class,
                                "Invalid HTTP status code ",
                                ": it is in no status class (" + ranges(table) + ")")
                        .build())
                .addMethod(CodeIndex.lookup(self, "The class whose range holds {@code code}"));
        return context.file(type.build());
    }

    /** The ranges of all classes, such as {@code 100-599}, contiguous ones merged. */
    private static String ranges(StatusTable table) {
        StringBuilder ranges = new StringBuilder();
        for (int[] range : StatusTable.mergedRanges(table.classes())) {
            ranges.append(ranges.length() == 0 ? "" : ", ")
                    .append(range[0])
                    .append('-')
                    .append(range[1]);
        }
        return ranges.toString();
    }
}
