package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusTable;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes the enum of status classes, such as {@code HttpStatusClass}, with its O(1) lookup by code. */
public final class StatusClassWriter {
    private final WriterContext context;
    private final StatusTable table;
    private final ClassName self;
    private final LookupMembers lookups;

    private StatusClassWriter(WriterContext context) {
        this.context = context;
        this.table = context.table();
        this.self = context.names().statusClass();
        this.lookups = LookupMembers.ofClasses(context.names());
    }

    /** The enum's source file. */
    public static JavaFile write(WriterContext context) {
        return context.file(new StatusClassWriter(context).type());
    }

    private TypeSpec type() {
        TypeSpec.Builder type = header();
        for (StatusClass statusClass : table.classes()) {
            type.addEnumConstant(statusClass.id(), constant(statusClass));
        }
        return type.addField(CodeIndex.field(self, "The class of each code"))
                .addField(ValueMembers.field(TypeName.INT, "firstCode", "The first code of the range."))
                .addField(ValueMembers.field(TypeName.INT, "lastCode", "The last code of the range."))
                .addField(ValueMembers.field(ValueMembers.STRING, "displayName", "The class's name."))
                .addField(ValueMembers.field(ValueMembers.STRING, "description", "The class's description."))
                .addField(ValueMembers.field(TypeName.BOOLEAN, "error", "Whether the class's codes are errors."))
                .addField(lookups.asOptional())
                .addMethod(constructor())
                .addMethod(index())
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
                .addMethod(isError())
                .addMethod(contains())
                .addMethod(lookups.find())
                .addMethod(lookups.of())
                .addMethod(invalid())
                .addMethod(CodeIndex.lookup(self, "The class whose range holds {@code code}"))
                .build();
    }

    /** The enum, marked, with its javadoc. */
    private TypeSpec.Builder header() {
        return context.mark(TypeSpec.enumBuilder(self))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "The status classes of HTTP responses: every code from $L to $L that lies in\n"
                                + "a class's range belongs to that class.\n\n",
                        table.firstClassCode(),
                        table.lastClassCode())
                .addJavadoc("<p>{@link #of(int)} answers the class of a code in O(1), without allocating.\n\n")
                .addJavadoc(context.origin());
    }

    /** The enum constant of {@code statusClass}. */
    private static TypeSpec constant(StatusClass statusClass) {
        return TypeSpec.anonymousClassBuilder(
                        "$L, $L, $L, $L, $L",
                        statusClass.firstCode(),
                        statusClass.lastCode(),
                        Literals.string(statusClass.name()),
                        Literals.string(statusClass.description()),
                        statusClass.isError())
                .addJavadoc("<b>$L: $L</b>.\n", statusClass.range(), DocText.escape(statusClass.name()))
                .addJavadoc("$L\n", Wording.description(statusClass.description()))
                .build();
    }

    /** The constructor, which sets the fields from a constant's arguments. */
    private static MethodSpec constructor() {
        return ValueMembers.constructor(
                "Creates a class.",
                List.of(
                        ValueMembers.parameter(TypeName.INT, "firstCode"),
                        ValueMembers.parameter(TypeName.INT, "lastCode"),
                        ValueMembers.parameter(ValueMembers.STRING, "displayName"),
                        ValueMembers.parameter(ValueMembers.STRING, "description"),
                        ValueMembers.parameter(TypeName.BOOLEAN, "error")));
    }

    /** The method {@code index()}, which builds the class of each code. */
    private MethodSpec index() {
        return CodeIndex.index(
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
                        .build());
    }

    /** The method {@code isError()}. */
    private static MethodSpec isError() {
        return MethodSpec.methodBuilder(GeneratedMembers.IS_ERROR)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether the codes of this class are errors: true for the classes from 400 up.\n\n")
                .addJavadoc("@return whether this class's codes are errors\n")
                .addStatement("return error")
                .build();
    }

    /** The method {@code contains(int)}. */
    private static MethodSpec contains() {
        return MethodSpec.methodBuilder(GeneratedMembers.CONTAINS)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(int.class, "code")
                .addJavadoc("Whether {@code code} lies in this class's range.\n\n")
                .addJavadoc("@param code any int\n@return whether the code belongs to this class\n")
                .addStatement("return code >= firstCode && code <= lastCode")
                .build();
    }

    /** The method {@code invalid(int)}: the exception of {@code of(int)} and of the interface's {@code valueOf}. */
    private MethodSpec invalid() {
        return MethodSpec.methodBuilder("invalid")
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
                .build();
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
