package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusTable;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the interface that table statuses and non-standard codes share, such as {@code HttpStatusCode}, with
 * its nested value type {@code NonStandard} and the lookup {@code valueOf(int)} that answers every code of a
 * class.
 */
public final class StatusCodeInterfaceWriter {
    /** The reason phrase of a code that the table lacks. */
    static final String NON_STANDARD_PHRASE = "Non-Standard Response";
    /** What the status table says of a 3-digit code that it lacks. */
    static final String NON_STANDARD_DESCRIPTION = "A non-standard response, possibly custom to the server's software.";

    private static final TypeName STRING = ClassName.get(String.class);

    private StatusCodeInterfaceWriter() {}

    /** The interface's source file. */
    public static JavaFile write(WriterContext context) {
        StatusTable table = context.table();
        GeneratedNames names = context.names();
        ClassName self = names.codeInterface();
        ClassName statusClass = names.statusClass();
        TypeSpec.Builder type = context.markGenerated(TypeSpec.interfaceBuilder(self))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "An HTTP status code: either a status of the table, {@link $T},\n"
                                + "or a 3-digit code that the table lacks, {@link NonStandard}.\n\n",
                        names.statusEnum())
                .addJavadoc("<p>{@link #valueOf(int)} answers any code in a class's range, in O(1) and without"
                        + " allocating.\n\n")
                .addJavadoc(context.origin())
                .addMethod(abstractMethod(int.class, "code", "the 3-digit code"))
                .addMethod(abstractMethod(String.class, "reasonPhrase", "the reason phrase, such as Not Found"))
                .addMethod(abstractMethod(String.class, "description", "what the code means"))
                .addMethod(MethodSpec.methodBuilder("statusClass")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(statusClass)
                        .addJavadoc(
                                "Returns the class of this code.\n\n@return the class whose range holds this code\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("isStandard")
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(boolean.class)
                        .addJavadoc("Whether this code is a standard one: a code of the table, not tagged\n"
                                + "non-standard and not added by a project over the standard table.\n\n"
                                + "@return whether this code is standard\n")
                        .build());
        for (StatusClass c : table.classes()) {
            type.addMethod(MethodSpec.methodBuilder(c.classifierName())
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .returns(boolean.class)
                    .addJavadoc("Whether this code is in the class $L ($L).\n\n", DocText.escape(c.name()), c.range())
                    .addJavadoc("@return whether this code's class is {@link $T#$L}\n", statusClass, c.id())
                    .addStatement("return statusClass() == $T.$L", statusClass, c.id())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("isError")
                        .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                        .returns(boolean.class)
                        .addJavadoc("Whether this code is an error: a code of a class from 400 up.\n\n")
                        .addJavadoc("@return whether this code is an error\n")
                        .addStatement("return statusClass().isError()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("valueOf")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(int.class, "code")
                        .addJavadoc("The status of {@code code}: the table's status if it has one, else the\n"
                                + "non-standard code of its class. O(1), without allocating.\n\n")
                        .addJavadoc("@param code a code in one of the classes' ranges\n@return the code's status\n")
                        .addJavadoc("@throws IllegalArgumentException if no class holds the code\n")
                        .addStatement("$T status = NonStandard.lookup(code)", self)
                        .beginControlFlow("if (status == null)")
                        .addStatement("throw $T.invalid(code)", statusClass)
                        .endControlFlow()
                        .addStatement("return status")
                        .build())
                .addType(nonStandard(context));
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .build();
    }

    private static TypeSpec nonStandard(WriterContext context) {
        StatusTable table = context.table();
        GeneratedNames names = context.names();
        ClassName self = names.nonStandard();
        ClassName statusClass = names.statusClass();
        return context.markGenerated(TypeSpec.classBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(names.codeInterface())
                .addJavadoc("A 3-digit code that the table lacks:\n$L\n\n", DocText.escape(NON_STANDARD_DESCRIPTION))
                .addJavadoc(
                        "<p>Get one with {@link $T#valueOf(int)}; there is one instance per code.\n",
                        names.codeInterface())
                .addField(CodeIndex.field(names.codeInterface(), "The status of each code of a class"))
                .addField(Fields.field(int.class, "code", "The code."))
                .addField(Fields.field(statusClass, "statusClass", "The class whose range holds the code."))
                .addMethod(Fields.constructor(
                        "Creates the non-standard code {@code code}.",
                        List.of(Fields.parameter(int.class, "code"), Fields.parameter(statusClass, "statusClass")),
                        Modifier.PRIVATE))
                .addMethod(CodeIndex.index(
                        names.codeInterface(),
                        table,
                        "the status of each code of a class",
                        CodeBlock.builder()
                                .beginControlFlow("for (int code = 0; code < byCode.length; code++)")
                                .addStatement("$T statusClass = $T.lookup(code)", statusClass, statusClass)
                                .addStatement("$T status = $T.lookup(code)", names.statusEnum(), names.statusEnum())
                                .addStatement(
                                        "byCode[code] = status != null ? status : statusClass != null"
                                                + " ? new $T(code, statusClass) : null",
                                        self)
                                .endControlFlow()
                                .build()))
                .addMethod(CodeIndex.lookup(
                        names.codeInterface(), "The table's status or the non-standard code for {@code code}"))
                .addMethod(override(TypeName.INT, "code")
                        .addStatement("return code")
                        .build())
                .addMethod(override(STRING, "reasonPhrase")
                        .addJavadoc(
                                "Returns $L, as for every code that the table lacks.\n\n@return $L\n",
                                NON_STANDARD_PHRASE,
                                NON_STANDARD_PHRASE)
                        .addStatement("return $S", NON_STANDARD_PHRASE)
                        .build())
                .addMethod(override(STRING, "description")
                        .addJavadoc(
                                "Returns what the status table says of a code that it lacks:\n$L\n\n@return that sentence\n",
                                DocText.escape(NON_STANDARD_DESCRIPTION))
                        .addStatement("return $S", NON_STANDARD_DESCRIPTION)
                        .build())
                .addMethod(override(statusClass, "statusClass")
                        .addStatement("return statusClass")
                        .build())
                .addMethod(override(TypeName.BOOLEAN, "isStandard")
                        .addJavadoc("Returns false: a code that the table lacks is non-standard.\n\n@return false\n")
                        .addStatement("return false")
                        .build())
                .addMethod(override(TypeName.BOOLEAN, "equals")
                        .addParameter(Object.class, "other")
                        .addStatement("return other instanceof $T && ((NonStandard) other).code == code", self)
                        .build())
                .addMethod(override(TypeName.INT, "hashCode")
                        .addStatement("return code")
                        .build())
                .addMethod(override(STRING, "toString")
                        .addJavadoc(
                                "Returns the code and the phrase $L.\n\n@return such as 299 $L\n",
                                NON_STANDARD_PHRASE,
                                NON_STANDARD_PHRASE)
                        .addStatement("return code + $S", " " + NON_STANDARD_PHRASE)
                        .build())
                .build();
    }

    private static MethodSpec abstractMethod(java.lang.reflect.Type type, String name, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(type)
                .addJavadoc("Returns $L.\n\n@return $L\n", doc, doc)
                .build();
    }

    private static MethodSpec.Builder override(TypeName type, String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
    }
}
