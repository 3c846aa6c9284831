package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.StatusClass;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the interface that table statuses and non-standard codes share, such as {@code HttpStatusCode}: the
 * accessors, the classifiers and tag predicates, the lookup {@code valueOf(int)} that answers every code of a
 * class, and the nested types {@code NonStandard}, for a code that the table lacks, and {@code Reference}.
 */
public final class StatusCodeInterfaceWriter {
    private static final TypeName STRING_LIST = ParameterizedTypeName.get(List.class, String.class);

    private StatusCodeInterfaceWriter() {}

    /** The type of the list of {@code Reference}s that {@code references()} answers. */
    static TypeName referenceList(GeneratedNames names) {
        return ParameterizedTypeName.get(ClassName.get(List.class), names.reference());
    }

    /** The type of the set of tags that {@code tags()} answers. */
    static TypeName tagSet(GeneratedNames names) {
        return ParameterizedTypeName.get(ClassName.get(Set.class), names.statusTag());
    }

    /** The type of the list of strings that {@code aliases()} answers. */
    static TypeName stringList() {
        return STRING_LIST;
    }

    /** The interface's source file. */
    public static JavaFile write(WriterContext context) {
        GeneratedNames names = context.names();
        TypeSpec.Builder type = context.mark(TypeSpec.interfaceBuilder(names.codeInterface()))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "An HTTP status code: either a status of the table, {@link $T},\n"
                                + "or a 3-digit code that the table lacks, {@link NonStandard}.\n\n",
                        names.statusEnum())
                .addJavadoc("<p>{@link #valueOf(int)} answers any code in a class's range, in O(1) and without"
                        + " allocating.\n\n")
                .addJavadoc(context.origin());
        accessors(type, names);
        predicates(type, context.table(), names);
        IntegrationMembers.addToInterface(context, type);
        return context.file(type.addMethod(valueOf(names))
                .addType(nonStandard(context))
                .addType(reference(context))
                .build());
    }

    private static void accessors(TypeSpec.Builder type, GeneratedNames names) {
        type.addMethod(abstractMethod(TypeName.INT, GeneratedMembers.CODE, "the 3-digit code"))
                .addMethod(abstractMethod(
                        ValueMembers.STRING, GeneratedMembers.REASON_PHRASE, "the reason phrase, such as Not Found"))
                .addMethod(abstractMethod(ValueMembers.STRING, GeneratedMembers.DESCRIPTION, "what the code means"))
                .addMethod(abstractMethod(
                        names.statusClass(), GeneratedMembers.STATUS_CLASS, "the class whose range holds this code"))
                .addMethod(tags(names))
                .addMethod(abstractMethod(
                        STRING_LIST,
                        GeneratedMembers.ALIASES,
                        "the other names of this code, such as Content Too Large for 413; none for a code"
                                + "\nthat the table lacks"))
                .addMethod(abstractMethod(
                        referenceList(names),
                        GeneratedMembers.REFERENCES,
                        "the texts that define this code, such as RFC 9110, Section 15.5.5; none for a code\n"
                                + "that the table lacks"))
                .addMethod(isStandard(names));
    }

    /** {@code tags()}, which answers the constants of the tag enum. */
    private static MethodSpec tags(GeneratedNames names) {
        return abstractMethod(
                tagSet(names),
                GeneratedMembers.TAGS,
                "the tags of this code, unmodifiable, in the order of their ids; none for a code that\n"
                        + "the table lacks");
    }

    /** {@code isStandard()}, whose javadoc tells the two kinds of non-standard code apart. */
    private static MethodSpec isStandard(GeneratedNames names) {
        return MethodSpec.methodBuilder(GeneratedMembers.IS_STANDARD)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(boolean.class)
                .addJavadoc(
                        "Whether this code is a standard one: a code of the table that does not\n"
                                + "carry the tag $L.\n\n",
                        Tag.NON_STANDARD)
                .addJavadoc(
                        "<p>False for both kinds of non-standard code: a {@link $T} with\n$L;\n"
                                + "and a {@link NonStandard}, a code that the table lacks.\n\n",
                        names.statusEnum(),
                        Wording.NON_STANDARD_TAG)
                .addJavadoc("@return whether this code is standard\n")
                .build();
    }

    private static void predicates(TypeSpec.Builder type, StatusTable table, GeneratedNames names) {
        for (StatusClass c : table.classes()) {
            type.addMethod(defaultPredicate(c.classifierName())
                    .addJavadoc("Whether this code is in the class $L ($L).\n\n", DocText.escape(c.name()), c.range())
                    .addJavadoc("@return whether this code's class is {@link $T#$L}\n", names.statusClass(), c.id())
                    .addStatement("return $L() == $T.$L", GeneratedMembers.STATUS_CLASS, names.statusClass(), c.id())
                    .build());
        }
        type.addMethod(defaultPredicate(GeneratedMembers.IS_ERROR)
                .addJavadoc("Whether this code is an error: a code of a class from 400 up.\n\n")
                .addJavadoc("@return whether this code is an error\n")
                .addStatement("return $L().$L()", GeneratedMembers.STATUS_CLASS, GeneratedMembers.IS_ERROR)
                .build());
        for (Tag tag : table.predicateTags()) {
            type.addMethod(defaultPredicate(tag.predicateName())
                    .addJavadoc(
                            "Whether this code carries the tag $L:\n$L\n\n", tag.id(), DocText.of(tag.description()))
                    .addJavadoc("@return whether this code carries the tag\n")
                    .addStatement(
                            "return $L().contains($T.$L)", GeneratedMembers.TAGS, names.statusTag(), tag.constantName())
                    .build());
        }
    }

    private static MethodSpec valueOf(GeneratedNames names) {
        return MethodSpec.methodBuilder(GeneratedMembers.VALUE_OF)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(names.codeInterface())
                .addParameter(int.class, "code")
                .addJavadoc("The status of {@code code}: the table's status if it has one, else the\n"
                        + "non-standard code of its class. O(1), without allocating.\n\n")
                .addJavadoc("@param code a code in one of the classes' ranges\n@return the code's status\n")
                .addJavadoc("@throws IllegalArgumentException if no class holds the code\n")
                .addStatement("$T status = NonStandard.lookup(code)", names.codeInterface())
                .beginControlFlow("if (status == null)")
                .addStatement("throw $T.invalid(code)", names.statusClass())
                .endControlFlow()
                .addStatement("return status")
                .build();
    }

    /** The nested value type of a code that the table lacks, one instance per code of a class. */
    private static TypeSpec nonStandard(WriterContext context) {
        GeneratedNames names = context.names();
        ClassName statusClass = names.statusClass();
        return context.mark(TypeSpec.classBuilder(names.nonStandard()))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(names.codeInterface())
                .addJavadoc(
                        "A 3-digit code that the table lacks:\n$L\n\n",
                        DocText.escape(Wording.NON_STANDARD_DESCRIPTION))
                .addJavadoc(
                        "<p>Not to be confused with\n$L.\nSuch a code is a {@link $T}; both answer {@link #isStandard()} with false.\n\n",
                        Wording.NON_STANDARD_TAG,
                        names.statusEnum())
                .addJavadoc(
                        "<p>Get one with {@link $T#valueOf(int)}; there is one instance per code.\n",
                        names.codeInterface())
                .addField(CodeIndex.field(names.codeInterface(), "The status of each code of a class"))
                .addField(ValueMembers.field(TypeName.INT, "code", "The code."))
                .addField(ValueMembers.field(statusClass, "statusClass", "The class whose range holds the code."))
                .addMethod(ValueMembers.constructor(
                        "Creates the non-standard code {@code code}.",
                        List.of(
                                ValueMembers.parameter(TypeName.INT, "code"),
                                ValueMembers.parameter(statusClass, "statusClass")),
                        Modifier.PRIVATE))
                .addMethod(nonStandardIndex(context))
                .addMethod(CodeIndex.lookup(
                        names.codeInterface(), "The table's status or the non-standard code for {@code code}"))
                .addMethod(ValueMembers.returning(TypeName.INT, GeneratedMembers.CODE, "code"))
                .addMethod(nonStandardReasonPhrase())
                .addMethod(nonStandardDescription())
                .addMethod(ValueMembers.returning(statusClass, GeneratedMembers.STATUS_CLASS, "statusClass"))
                .addMethod(noTags(names))
                .addMethod(emptyList(STRING_LIST, GeneratedMembers.ALIASES, "no other names"))
                .addMethod(emptyList(referenceList(names), GeneratedMembers.REFERENCES, "no references"))
                .addMethod(nonStandardIsStandard())
                .addMethod(nonStandardEquals(names))
                .addMethod(ValueMembers.override(TypeName.INT, "hashCode")
                        .addStatement("return code")
                        .build())
                .addMethod(nonStandardToString())
                .build();
    }

    /** {@code NonStandard.index()}: the table's status of each code, else the non-standard code of its class. */
    private static MethodSpec nonStandardIndex(WriterContext context) {
        GeneratedNames names = context.names();
        return CodeIndex.index(
                names.codeInterface(),
                context.table(),
                "the status of each code of a class",
                CodeBlock.builder()
                        .beginControlFlow("for (int code = 0; code < byCode.length; code++)")
                        .addStatement("$T statusClass = $T.lookup(code)", names.statusClass(), names.statusClass())
                        .addStatement("$T status = $T.lookup(code)", names.statusEnum(), names.statusEnum())
                        .addStatement(
                                "byCode[code] = status != null ? status : statusClass != null"
                                        + " ? new $T(code, statusClass) : null",
                                names.nonStandard())
                        .endControlFlow()
                        .build());
    }

    /** {@code NonStandard.reasonPhrase()}. */
    private static MethodSpec nonStandardReasonPhrase() {
        return ValueMembers.override(ValueMembers.STRING, GeneratedMembers.REASON_PHRASE)
                .addJavadoc(
                        "Returns $L, as for every code that the table lacks.\n\n@return $L\n",
                        Wording.NON_STANDARD_PHRASE,
                        Wording.NON_STANDARD_PHRASE)
                .addStatement("return $S", Wording.NON_STANDARD_PHRASE)
                .build();
    }

    /** {@code NonStandard.description()}. */
    private static MethodSpec nonStandardDescription() {
        return ValueMembers.override(ValueMembers.STRING, GeneratedMembers.DESCRIPTION)
                .addJavadoc(
                        "Returns what the status table says of a code that it lacks:\n$L\n\n@return that sentence\n",
                        DocText.escape(Wording.NON_STANDARD_DESCRIPTION))
                .addStatement("return $S", Wording.NON_STANDARD_DESCRIPTION)
                .build();
    }

    /** {@code NonStandard.isStandard()}. */
    private static MethodSpec nonStandardIsStandard() {
        return ValueMembers.override(TypeName.BOOLEAN, GeneratedMembers.IS_STANDARD)
                .addJavadoc("Returns false: a code that the table lacks is non-standard.\n\n@return false\n")
                .addStatement("return false")
                .build();
    }

    /** {@code NonStandard.equals(Object)}: the same code. */
    private static MethodSpec nonStandardEquals(GeneratedNames names) {
        return ValueMembers.override(TypeName.BOOLEAN, "equals")
                .addParameter(Object.class, "other")
                .addStatement("return other instanceof $T && ((NonStandard) other).code == code", names.nonStandard())
                .build();
    }

    /** {@code NonStandard.toString()}. */
    private static MethodSpec nonStandardToString() {
        return ValueMembers.override(ValueMembers.STRING, "toString")
                .addJavadoc(
                        "Returns the code and the phrase $L.\n\n@return such as 299 $L\n",
                        Wording.NON_STANDARD_PHRASE,
                        Wording.NON_STANDARD_PHRASE)
                .addStatement("return code + $S", " " + Wording.NON_STANDARD_PHRASE)
                .build();
    }

    /** The nested value type of a reference: a label, and the https URL that it links to, if it is a link. */
    private static TypeSpec reference(WriterContext context) {
        ClassName self = context.names().reference();
        TypeName optionalUrl = ParameterizedTypeName.get(Optional.class, String.class);
        return context.mark(TypeSpec.classBuilder(self))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("A text that defines a code, such as RFC 9110, Section 15.5.5: a link to it, or plain"
                        + " text.\n")
                .addField(ValueMembers.field(ValueMembers.STRING, "label", "What the reference reads as."))
                .addField(ValueMembers.field(ValueMembers.STRING, "url", "The https URL, or null for plain text."))
                .addMethod(ValueMembers.constructor(
                        "Creates a reference.",
                        List.of(
                                ValueMembers.parameter(ValueMembers.STRING, "label"),
                                ValueMembers.parameter(ValueMembers.STRING, "url"))))
                .addMethod(ValueMembers.getter(
                        ValueMembers.STRING, "label", "what the reference reads as, such as RFC 9110, Section 15.5.5"))
                .addMethod(MethodSpec.methodBuilder("url")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(optionalUrl)
                        .addJavadoc("Returns the {@code https} URL of the reference.\n\n")
                        .addJavadoc("@return the URL, or empty if the reference is plain text\n")
                        .addStatement("return $T.ofNullable(url)", Optional.class)
                        .build())
                .addMethod(ValueMembers.override(TypeName.BOOLEAN, "equals")
                        .addParameter(Object.class, "other")
                        .addStatement(
                                "return other instanceof $T && label.equals((($T) other).label)"
                                        + " && $T.equals(url, (($T) other).url)",
                                self,
                                self,
                                Objects.class,
                                self)
                        .build())
                .addMethod(ValueMembers.override(TypeName.INT, "hashCode")
                        .addStatement("return $T.hash(label, url)", Objects.class)
                        .build())
                .addMethod(ValueMembers.override(ValueMembers.STRING, "toString")
                        .addJavadoc("Returns the label, and the URL in angle brackets if there is one.\n\n")
                        .addJavadoc("@return such as RFC 9110 &lt;https://www.rfc-editor.org/rfc/rfc9110.html&gt;\n")
                        .addStatement("return url == null ? label : label + $S + url + $S", " <", ">")
                        .build())
                .build();
    }

    private static MethodSpec abstractMethod(TypeName type, String name, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(type)
                .addJavadoc("Returns $L.\n\n@return $L\n", doc, doc)
                .build();
    }

    private static MethodSpec.Builder defaultPredicate(String name) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(boolean.class);
    }

    /** {@code NonStandard.tags()}: a code that the table lacks carries no tags. */
    private static MethodSpec noTags(GeneratedNames names) {
        return ValueMembers.override(tagSet(names), GeneratedMembers.TAGS)
                .addJavadoc("Returns no tags: the table lacks this code.\n\n@return an empty set\n")
                .addStatement("return $T.emptySet()", Collections.class)
                .build();
    }

    private static MethodSpec emptyList(TypeName type, String name, String what) {
        return ValueMembers.override(type, name)
                .addJavadoc("Returns $L: the table lacks this code.\n\n@return an empty list\n", what)
                .addStatement("return $T.emptyList()", Collections.class)
                .build();
    }
}
