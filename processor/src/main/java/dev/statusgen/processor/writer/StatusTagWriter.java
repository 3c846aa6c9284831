package dev.statusgen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the enum of the tags that codes carry, such as {@code HttpStatusTag}: one constant per tag, built in or
 * declared, with its id, description, whether statusgen defines it, and its codes as ints. It never refers to the
 * enum of statuses, so that the two enums cannot see each other half-initialised.
 */
public final class StatusTagWriter {
    private static final TypeName INTS = ArrayTypeName.of(TypeName.INT);

    private final WriterContext context;
    private final StatusTable table;
    private final ClassName self;

    private StatusTagWriter(WriterContext context) {
        this.context = context;
        this.table = context.table();
        this.self = context.names().statusTag();
    }

    /** The enum's source file. */
    public static JavaFile write(WriterContext context) {
        return context.file(new StatusTagWriter(context).type());
    }

    private TypeSpec type() {
        TypeSpec.Builder type = header();
        for (Tag tag : table.codeTags()) {
            type.addEnumConstant(tag.constantName(), constant(tag));
        }
        return type.addField(ValueMembers.field(ValueMembers.STRING, "id", "The tag as the spec spells it."))
                .addField(ValueMembers.field(ValueMembers.STRING, "description", "What the tag means."))
                .addField(ValueMembers.field(TypeName.BOOLEAN, "builtIn", "Whether statusgen itself defines the tag."))
                .addField(ValueMembers.field(INTS, "codes", "The codes that carry the tag, in ascending order."))
                .addMethod(constructor())
                .addMethod(ValueMembers.getter(
                        ValueMembers.STRING,
                        "id",
                        "the tag as the spec spells it, such as "
                                + table.codeTags().get(0).id()))
                .addMethod(ValueMembers.getter(ValueMembers.STRING, "description", "what the tag means"))
                .addMethod(builtIn())
                .addMethod(codes())
                .addMethod(find())
                .build();
    }

    /** The enum, marked, with its javadoc. */
    private TypeSpec.Builder header() {
        return context.mark(TypeSpec.enumBuilder(self))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("The tags that the codes of the status table carry: the built-in ones, then those that"
                        + "\nthe spec declares.\n\n")
                .addJavadoc(
                        "<p>{@link $T#tags()} answers the tags of a code. A tag knows its codes as ints,\n"
                                + "so this enum never refers to {@link $T}.\n\n",
                        context.names().codeInterface(),
                        context.names().statusEnum())
                .addJavadoc(context.origin());
    }

    /** The enum constant of {@code tag}. */
    private TypeSpec constant(Tag tag) {
        List<StatusCode> tagged = table.codesTagged(tag.id());
        CodeBlock.Builder codes = CodeBlock.builder();
        StringBuilder listed = new StringBuilder();
        for (StatusCode code : tagged) {
            codes.add(codes.isEmpty() ? "$L" : ", $L", code.code());
            listed.append(listed.length() == 0 ? "" : ", ").append(code.code());
        }
        boolean builtIn = tag.fromStatusgen();
        return TypeSpec.anonymousClassBuilder(
                        "$L, $L, $L, new int[] {$L}",
                        Literals.string(tag.id()),
                        Literals.string(tag.description()),
                        builtIn,
                        codes.build())
                .addJavadoc("<b>$L</b>:\n$L\n\n", tag.id(), DocText.of(tag.description()))
                .addJavadoc(
                        "<p>$L\n",
                        DocText.of((builtIn ? "Defined by statusgen." : "Declared by the project's spec.") + " Codes: "
                                + (tagged.isEmpty() ? "none" : listed) + "."))
                .build();
    }

    /** The constructor, which sets the fields from a constant's arguments. */
    private static MethodSpec constructor() {
        return ValueMembers.constructor(
                "Creates a tag.",
                List.of(
                        ValueMembers.parameter(ValueMembers.STRING, "id"),
                        ValueMembers.parameter(ValueMembers.STRING, "description"),
                        ValueMembers.parameter(TypeName.BOOLEAN, "builtIn"),
                        ValueMembers.parameter(INTS, "codes")));
    }

    /** The method {@code builtIn()}. */
    private static MethodSpec builtIn() {
        return MethodSpec.methodBuilder("builtIn")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addJavadoc("Whether statusgen itself defines this tag: it is built into statusgen, or a table\n"
                        + "bundled with statusgen declares it, rather than the project's own spec.\n\n")
                .addJavadoc("@return true for a tag of statusgen's, false for one that the project's spec declares\n")
                .addStatement("return builtIn")
                .build();
    }

    /** The method {@code codes()}, which answers a copy, so that no caller can change the tag's codes. */
    private static MethodSpec codes() {
        return MethodSpec.methodBuilder("codes")
                .addModifiers(Modifier.PUBLIC)
                .returns(INTS)
                .addJavadoc("Returns the codes that carry this tag, in ascending order.\n\n")
                .addJavadoc("@return a new array of the codes, empty if no code carries the tag\n")
                .addStatement("return codes.clone()")
                .build();
    }

    /** The method {@code find(String)}: the tag with an id. */
    private MethodSpec find() {
        return MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), self))
                .addParameter(String.class, "id")
                .addJavadoc("The tag whose id is {@code id}, as the spec spells it.\n\n")
                .addJavadoc(
                        "@param id a tag id, such as $L\n@return the tag, or empty if there is none\n",
                        table.codeTags().get(0).id())
                .beginControlFlow("for ($T tag : values())", self)
                .beginControlFlow("if (tag.id.equals(id))")
                .addStatement("return $T.of(tag)", Optional.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.empty()", Optional.class)
                .build();
    }
}
