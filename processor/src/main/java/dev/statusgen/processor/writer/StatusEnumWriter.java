package dev.statusgen.processor.writer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the enum of the table's statuses, such as {@code HttpStatus}: a javadoc'd constant per code, its
 * accessors and tag predicates, and the lookups by code (an array indexed by code) and by reason phrase (a
 * hash map).
 */
public final class StatusEnumWriter {
    private static final List<Tag> PREDICATE_TAGS = List.of(Tag.WEBDAV, Tag.EXPERIMENTAL, Tag.DEPRECATED, Tag.UNUSED);

    private StatusEnumWriter() {}

    /** The enum's source file. */
    public static JavaFile write(WriterContext context) {
        StatusTable table = context.table();
        GeneratedNames names = context.names();
        ClassName self = names.statusEnum();
        ClassName statusClass = names.statusClass();
        TypeName optional = ParameterizedTypeName.get(ClassName.get(Optional.class), self);
        TypeName tagList = ParameterizedTypeName.get(List.class, String.class);
        TypeName phraseMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self);

        TypeSpec.Builder type = context.markGenerated(TypeSpec.enumBuilder(self))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(names.codeInterface())
                .addJavadoc(
                        "The HTTP status codes of the table: $L codes in $L classes.\n\n",
                        table.codes().size(),
                        table.classes().size())
                .addJavadoc(
                        "<p>{@link #find(int)} and {@link #of(int)} look a code up in O(1), without allocating;\n"
                                + "{@link #findByReasonPhrase(String)} looks a reason phrase up, ignoring case. For a 3-digit\n"
                                + "code that the table lacks, see {@link $T#valueOf(int)}.\n\n",
                        names.codeInterface())
                .addJavadoc(context.origin());
        for (StatusCode code : table.codes()) {
            TypeSpec.Builder constant = TypeSpec.anonymousClassBuilder(constantArguments(code, statusClass))
                    .addJavadoc(constantDoc(code, statusClass));
            if (code.has(Tag.DEPRECATED)) {
                constant.addAnnotation(Deprecated.class);
            }
            type.addEnumConstant(code.constantName(), constant.build());
        }
        type.addField(CodeIndex.field(self, "The status of each code"))
                .addField(FieldSpec.builder(
                                ArrayTypeName.of(optional),
                                "findResults",
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .addJavadoc("What {@link #find(int)} returns for each code, indexed like {@link #byCode}: an\n"
                                + "{@code Optional} made once, empty where the table has none.\n")
                        .initializer("indexFound()")
                        .build())
                .addField(FieldSpec.builder(phraseMap, "byPhrase", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The statuses by reason phrase, both as spelled and in lower case.\n")
                        .initializer("indexByPhrase()")
                        .build())
                .addField(Fields.field(int.class, "code", "The code."))
                .addField(Fields.field(String.class, "reasonPhrase", "The reason phrase."))
                .addField(Fields.field(statusClass, "statusClass", "The class whose range holds the code."))
                .addField(Fields.field(boolean.class, "standard", "Whether the code is standard."))
                .addField(FieldSpec.builder(tagList, "tags", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("The tags, as spelled in the spec.\n")
                        .build())
                .addField(Fields.field(String.class, "description", "The description."))
                .addField(FieldSpec.builder(optional, "asOptional", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("This status, in an {@code Optional} made once.\n")
                        .initializer("$T.of(this)", Optional.class)
                        .build())
                .addMethod(Fields.constructor(
                        "Creates a status.",
                        List.of(
                                Fields.parameter(int.class, "code"),
                                Fields.parameter(String.class, "reasonPhrase"),
                                Fields.parameter(statusClass, "statusClass"),
                                Fields.parameter(boolean.class, "standard"),
                                Fields.parameter(tagList, "tags"),
                                Fields.parameter(String.class, "description"))))
                .addMethod(MethodSpec.methodBuilder("tagList")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(tagList)
                        .addParameter(String[].class, "tags")
                        .varargs()
                        .addJavadoc(
                                "The tags of a constant, unmodifiable.\n\n@param tags the tags\n@return the tags as a list\n")
                        .addStatement("return $T.unmodifiableList($T.asList(tags))", Collections.class, Arrays.class)
                        .build())
                .addMethod(CodeIndex.index(
                        self,
                        table,
                        "the status of each code",
                        CodeBlock.builder()
                                .beginControlFlow("for ($T status : values())", self)
                                .addStatement("byCode[status.code] = status")
                                .endControlFlow()
                                .build()))
                .addMethod(MethodSpec.methodBuilder("indexFound")
                        .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                                .addMember("value", "$S", "unchecked")
                                .build())
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(ArrayTypeName.of(optional))
                        .addJavadoc(
                                "Builds {@link #findResults}.\n\n@return what {@link #find(int)} returns for each code\n")
                        .addStatement(
                                "$T found = ($T) new $T<?>[byCode.length]",
                                ArrayTypeName.of(optional),
                                ArrayTypeName.of(optional),
                                Optional.class)
                        .beginControlFlow("for (int i = 0; i < found.length; i++)")
                        .addStatement(
                                "found[i] = byCode[i] == null ? $T.<$T>empty() : byCode[i].asOptional",
                                Optional.class,
                                self)
                        .endControlFlow()
                        .addStatement("return found")
                        .build())
                .addMethod(MethodSpec.methodBuilder("indexByPhrase")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(phraseMap)
                        .addJavadoc(
                                "Builds {@link #byPhrase}.\n\n@return the statuses by reason phrase, as spelled and in lower"
                                        + " case\n")
                        .addStatement("$T byPhrase = new $T<>()", phraseMap, HashMap.class)
                        .beginControlFlow("for ($T status : values())", self)
                        .addStatement("byPhrase.put(status.reasonPhrase, status)")
                        .addStatement("byPhrase.put(status.reasonPhrase.toLowerCase($T.ROOT), status)", Locale.class)
                        .endControlFlow()
                        .addStatement("return byPhrase")
                        .build())
                .addMethod(MethodSpec.methodBuilder("find")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(optional)
                        .addParameter(int.class, "code")
                        .addJavadoc("The status of {@code code}, in O(1) and without allocating.\n\n")
                        .addJavadoc(
                                "@param code any int\n@return the table's status for the code, or empty if the table lacks"
                                        + " it\n")
                        .addStatement(
                                "return code >= 0 && code < findResults.length ? findResults[code] : $T.empty()",
                                Optional.class)
                        .build())
                .addMethod(MethodSpec.methodBuilder("of")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(self)
                        .addParameter(int.class, "code")
                        .addJavadoc("The status of {@code code}, in O(1) and without allocating.\n\n")
                        .addJavadoc("@param code a code of the table\n@return the table's status for the code\n")
                        .addJavadoc("@throws IllegalArgumentException if the table lacks the code\n")
                        .addStatement("$T status = lookup(code)", self)
                        .beginControlFlow("if (status == null)")
                        .addStatement(
                                "throw new $T($S + code + $S)",
                                IllegalArgumentException.class,
                                "HTTP status code ",
                                " is not in the status table")
                        .endControlFlow()
                        .addStatement("return status")
                        .build())
                .addMethod(MethodSpec.methodBuilder("findByReasonPhrase")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(optional)
                        .addParameter(String.class, "reasonPhrase")
                        .addJavadoc(
                                "The status whose reason phrase is {@code reasonPhrase}, ignoring case: a hash lookup,\n"
                                        + "which allocates nothing when the phrase is spelled as in the table.\n\n")
                        .addJavadoc("@param reasonPhrase a reason phrase, such as not found\n")
                        .addJavadoc("@return the status with that reason phrase, or empty if there is none\n")
                        .addStatement(
                                "$T status = byPhrase.get($T.requireNonNull(reasonPhrase, $S))",
                                self,
                                Objects.class,
                                "reasonPhrase")
                        .beginControlFlow("if (status == null)")
                        .addStatement("status = byPhrase.get(reasonPhrase.toLowerCase($T.ROOT))", Locale.class)
                        .endControlFlow()
                        .addStatement("return status == null ? $T.empty() : status.asOptional", Optional.class)
                        .build())
                .addMethod(CodeIndex.lookup(self, "The table's status for {@code code}"))
                .addMethod(override(TypeName.INT, "code", "code"))
                .addMethod(override(ClassName.get(String.class), "reasonPhrase", "reasonPhrase"))
                .addMethod(override(ClassName.get(String.class), "description", "description"))
                .addMethod(override(statusClass, "statusClass", "statusClass"))
                .addMethod(override(TypeName.BOOLEAN, "isStandard", "standard"))
                .addMethod(MethodSpec.methodBuilder("tags")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(tagList)
                        .addJavadoc("Returns the tags of this status, as spelled in the spec, such as webdav.\n\n")
                        .addJavadoc("@return the tags, unmodifiable\n")
                        .addStatement("return tags")
                        .build());
        for (Tag tag : PREDICATE_TAGS) {
            type.addMethod(MethodSpec.methodBuilder(tagPredicate(tag))
                    .addModifiers(Modifier.PUBLIC)
                    .returns(boolean.class)
                    .addJavadoc(
                            "Whether this status carries the tag $L.\n\n@return whether the tag is present\n",
                            tag.spelling())
                    .addStatement("return tags.contains($S)", tag.spelling())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addJavadoc("Returns the code and the reason phrase, such as 404 Not Found.\n\n")
                .addJavadoc("@return the code and the reason phrase\n")
                .addStatement("return code + $S + reasonPhrase", " ")
                .build());
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .build();
    }

    /** The predicate method of a tag: isWebdav, isExperimental, isDeprecated, isUnused. */
    static String tagPredicate(Tag tag) {
        String spelling = tag.spelling();
        return "is" + Character.toUpperCase(spelling.charAt(0)) + spelling.substring(1);
    }

    private static CodeBlock constantArguments(StatusCode code, ClassName statusClass) {
        CodeBlock.Builder args = CodeBlock.builder()
                .add(
                        "$L, $L, $T.$L, $L, ",
                        code.code(),
                        Literals.string(code.name()),
                        statusClass,
                        code.statusClass().id(),
                        code.standard());
        args.add(
                "tagList($L), ",
                tagSpellings(code).stream().map(t -> CodeBlock.of("$S", t)).collect(CodeBlock.joining(", ")));
        return args.add("$L", Literals.string(code.description())).build();
    }

    private static CodeBlock constantDoc(StatusCode code, ClassName statusClass) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("<b>$L $L</b>.\n", code.code(), DocText.escape(code.name()))
                .add("$L\n\n", StatusClassWriter.description(code.description()))
                .add(
                        "<p>Class: {@link $T#$L}\n($L, $L).\n",
                        statusClass,
                        code.statusClass().id(),
                        DocText.escape(code.statusClass().name()),
                        code.statusClass().range());
        List<String> tags = tagSpellings(code);
        doc.add("Tags: $L.", tags.isEmpty() ? "none" : String.join(", ", tags));
        if (!code.standard()) {
            doc.add(" Non-standard.");
        }
        doc.add("\n");
        if (code.has(Tag.DEPRECATED)) {
            doc.add("\n@deprecated The status table marks this code as deprecated.\n");
        }
        return doc.build();
    }

    private static List<String> tagSpellings(StatusCode code) {
        return code.tags().stream().sorted().map(Tag::spelling).collect(Collectors.toList());
    }

    private static MethodSpec override(TypeName type, String name, String field) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addStatement("return $N", field)
                .build();
    }
}
