package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes the enum of status classes, such as {@code HttpStatusClass}, with its O(1) lookup by code. */
public final class StatusClassWriter {
    private StatusClassWriter() {}

    /** The enum's source file. */
    public static JavaFile write(WriterContext context) {
        StatusTable table = context.table();
        ClassName self = context.names().statusClass();
        TypeSpec.Builder type = context.markGenerated(TypeSpec.enumBuilder(self))
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
                            .addJavadoc("$L\n", description(statusClass.description()))
                            .build());
        }
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
        type.addField(CodeIndex.field(self, "The class of each code"))
                .addField(Fields.field(int.class, "firstCode", "The first code of the range."))
                .addField(Fields.field(int.class, "lastCode", "The last code of the range."))
                .addField(Fields.field(String.class, "displayName", "The class's name."))
                .addField(Fields.field(String.class, "description", "The class's description."))
                .addField(Fields.field(boolean.class, "error", "Whether the class's codes are errors."))
                .addField(FieldSpec.builder(optional, "asOptional", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("This class, in an {@code Optional} made once.\n")
                        .initializer("$T.of(this)", Optional.class)
                        .build())
                .addMethod(Fields.constructor(
                        "Creates a class.",
                        List.of(
                                Fields.parameter(int.class, "firstCode"),
                                Fields.parameter(int.class, "lastCode"),
                                Fields.parameter(String.class, "displayName"),
                                Fields.parameter(String.class, "description"),
                                Fields.parameter(boolean.class, "error"))))
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
                .addMethod(Fields.getter(int.class, "firstCode", "the first code of this class's range"))
                .addMethod(Fields.getter(int.class, "lastCode", "the last code of this class's range"))
                .addMethod(Fields.getter(
                        String.class,
                        "displayName",
                        "the class's name, such as "
                                + DocText.escape(table.classes().get(0).name())))
                .addMethod(Fields.getter(String.class, "description", "the class's description"))
                .addMethod(MethodSpec.methodBuilder("isError")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addJavadoc("Whether the codes of this class are errors: true for the classes from 400 up.\n\n")
                        .addJavadoc("@return whether this class's codes are errors\n")
                        .addStatement("return error")
                        .build())
                .addMethod(MethodSpec.methodBuilder("contains")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(int.class, "code")
                        .addJavadoc("Whether {@code code} lies in this class's range.\n\n")
                        .addJavadoc("@param code any int\n@return whether the code belongs to this class\n")
                        .addStatement("return code >= firstCode && code <= lastCode")
                        .build())
                .addMethod(MethodSpec.methodBuilder("find")
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
                .addMethod(MethodSpec.methodBuilder("of")
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
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .build();
    }

    /** The javadoc of a description, or a note that there is none. */
    static String description(String text) {
        String doc = DocText.of(text);
        return doc.isEmpty() ? "<p>No description." : "<p>" + doc;
    }

    /** The ranges of all classes, such as {@code 100-599}, contiguous ones merged. */
    static String ranges(StatusTable table) {
        return table.mergedRanges(c -> true).stream()
                .map(r -> r[0] + "-" + r[1])
                .collect(Collectors.joining(", "));
    }
}
