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
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.Identifiers;
import dev.statusgen.processor.model.Reference;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.model.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the enum of the table's statuses, such as {@code HttpStatus}: a javadoc'd constant per code and a field
 * per alias, the values and their accessors, and the lookups by code (an array indexed by code) and by name (a
 * hash map).
 */
public final class StatusEnumWriter {
    private final WriterContext context;
    private final GeneratedNames names;
    private final ClassName self;
    private final LookupMembers lookups;
    private final TypeName optional;
    private final TypeSpec.Builder type;

    private StatusEnumWriter(WriterContext context) {
        this.context = context;
        this.names = context.names();
        this.self = names.statusEnum();
        this.lookups = LookupMembers.ofStatuses(names);
        this.optional = lookups.optional();
        this.type = context.mark(TypeSpec.enumBuilder(self));
    }

    /** The enum's source file. */
    public static JavaFile write(WriterContext context) {
        StatusEnumWriter writer = new StatusEnumWriter(context);
        writer.header();
        writer.constants();
        writer.values();
        writer.lookups();
        writer.accessors();
        IntegrationMembers.addToEnum(context, writer.type);
        return context.file(writer.type.build());
    }

    private void header() {
        StatusTable table = context.table();
        type.addModifiers(Modifier.PUBLIC)
                .addSuperinterface(names.codeInterface())
                .addJavadoc(
                        "The HTTP status codes of the table: $L codes in $L classes.\n\n",
                        table.codes().size(),
                        table.classes().size())
                .addJavadoc(
                        "<p>{@link #find(int)} and {@link #of(int)} look a code up in O(1), without allocating;\n"
                                + "{@link #findByReasonPhrase(String)} looks a name up, ignoring case. For a 3-digit\n"
                                + "code that the table lacks, see {@link $T#valueOf(int)}.\n\n",
                        names.codeInterface())
                .addJavadoc(context.origin());
    }

    /** An enum constant per code, and a static field per alias that is the very same constant. */
    private void constants() {
        for (StatusCode code : context.table().codes()) {
            type.addEnumConstant(code.constantName(), constant(code));
        }
        for (StatusCode code : context.table().codes()) {
            for (StatusCode.Alias alias : code.aliases()) {
                type.addField(alias(code, alias));
            }
        }
    }

    /** The enum constant of {@code code}, deprecated if the code is. */
    private TypeSpec constant(StatusCode code) {
        TypeSpec.Builder constant =
                TypeSpec.anonymousClassBuilder(constantArguments(code)).addJavadoc(constantDoc(code));
        if (code.has(Tag.DEPRECATED)) {
            constant.addAnnotation(Deprecated.class);
        }
        return constant.build();
    }

    /** The static field of {@code alias}, the very constant of {@code code}, deprecated if the code is. */
    private FieldSpec alias(StatusCode code, StatusCode.Alias alias) {
        FieldSpec.Builder field = FieldSpec.builder(
                        self, alias.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(aliasDoc(code, alias))
                .initializer("$L", code.constantName());
        if (code.has(Tag.DEPRECATED)) {
            field.addAnnotation(Deprecated.class).addJavadoc("\n$L", Wording.DEPRECATED_TAG);
        }
        return field.build();
    }

    /** The values of each status: fields, the constructor and the helpers that build its lists. */
    private void values() {
        TypeName strings = StatusCodeInterfaceWriter.stringList();
        TypeName tags = StatusCodeInterfaceWriter.tagSet(names);
        TypeName references = StatusCodeInterfaceWriter.referenceList(names);
        type.addField(ValueMembers.field(TypeName.INT, "code", "The code."))
                .addField(ValueMembers.field(ValueMembers.STRING, "reasonPhrase", "The reason phrase."))
                .addField(
                        ValueMembers.field(names.statusClass(), "statusClass", "The class whose range holds the code."))
                .addField(ValueMembers.field(tags, "tags", "The tags, in the order of their ids."))
                .addField(ValueMembers.field(strings, "aliases", "The other names."))
                .addField(ValueMembers.field(references, "references", "The texts that define the code."))
                .addField(ValueMembers.field(ValueMembers.STRING, "description", "The description."))
                .addField(ValueMembers.field(TypeName.BOOLEAN, "standard", "Whether the code is standard."))
                .addField(lookups.asOptional())
                .addMethod(constructor(strings, tags, references))
                .addMethod(tagSet(tags))
                .addMethod(listOf("stringList", ValueMembers.STRING, strings))
                .addMethod(listOf("referenceList", names.reference(), references));
    }

    /** The constructor, which sets the fields from a constant's arguments. */
    private MethodSpec constructor(TypeName strings, TypeName tags, TypeName references) {
        return MethodSpec.constructorBuilder()
                .addJavadoc("Creates a status.\n\n")
                .addJavadoc("@param code the code\n@param reasonPhrase the reason phrase\n")
                .addJavadoc("@param statusClass the class\n@param tags the tags\n@param aliases the aliases\n")
                .addJavadoc("@param references the references\n@param description the description\n")
                .addParameter(TypeName.INT, "code")
                .addParameter(ValueMembers.STRING, "reasonPhrase")
                .addParameter(names.statusClass(), "statusClass")
                .addParameter(tags, "tags")
                .addParameter(strings, "aliases")
                .addParameter(references, "references")
                .addParameter(ValueMembers.STRING, "description")
                .addStatement("this.code = code")
                .addStatement("this.reasonPhrase = reasonPhrase")
                .addStatement("this.statusClass = statusClass")
                .addStatement("this.tags = tags")
                .addStatement("this.aliases = aliases")
                .addStatement("this.references = references")
                .addStatement("this.description = description")
                .addStatement(
                        "this.standard = !tags.contains($T.$L)",
                        names.statusTag(),
                        Identifiers.tagConstant(Tag.NON_STANDARD))
                .build();
    }

    /**
     * The private static helper {@code tagSet}, which wraps the tags of a constant in an unmodifiable set that keeps
     * their order, built once per constant so that {@code tags()} allocates nothing.
     */
    private MethodSpec tagSet(TypeName set) {
        return MethodSpec.methodBuilder("tagSet")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(set)
                .addParameter(ArrayTypeName.of(names.statusTag()), "items")
                .varargs()
                .addJavadoc("The tags of a constant, unmodifiable, in order.\n\n@param items the tags\n"
                        + "@return the tags as a set\n")
                .addStatement(
                        "return $T.unmodifiableSet(new $T<>($T.asList(items)))",
                        Collections.class,
                        LinkedHashSet.class,
                        Arrays.class)
                .build();
    }

    /** A private static helper that wraps the varargs of a constant in an unmodifiable list. */
    private static MethodSpec listOf(String name, TypeName element, TypeName list) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(list)
                .addParameter(ArrayTypeName.of(element), "items")
                .varargs()
                .addJavadoc(
                        "The items of a constant, unmodifiable.\n\n@param items the items\n@return the items as a list\n")
                .addStatement("return $T.unmodifiableList($T.asList(items))", Collections.class, Arrays.class)
                .build();
    }

    /** The lookups by code and by name, and the arrays and the map behind them. */
    private void lookups() {
        type.addField(CodeIndex.field(self, "The status of each code"))
                .addField(findResults())
                .addField(byPhrase())
                .addMethod(index())
                .addMethod(indexFound())
                .addMethod(indexByPhrase())
                .addMethod(lookups.find())
                .addMethod(lookups.of())
                .addMethod(findByReasonPhrase())
                .addMethod(CodeIndex.lookup(self, "The table's status for {@code code}"));
    }

    /** The map of statuses by name. */
    private TypeName phraseMap() {
        return ParameterizedTypeName.get(ClassName.get(Map.class), ValueMembers.STRING, self);
    }

    /** The field {@code findResults}: what {@code find(int)} answers for each code. */
    private FieldSpec findResults() {
        return FieldSpec.builder(
                        ArrayTypeName.of(optional), "findResults", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("What {@link #find(int)} returns for each code, indexed like {@link #byCode}: an\n"
                        + "{@code Optional} made once, empty where the table has none.\n")
                .initializer("indexFound()")
                .build();
    }

    /** The field {@code byPhrase}: the statuses by name. */
    private FieldSpec byPhrase() {
        return FieldSpec.builder(phraseMap(), "byPhrase", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The statuses by reason phrase and alias, both as spelled and in lower case; a name as\n"
                        + "spelled takes precedence over another name in lower case.\n")
                .initializer("indexByPhrase()")
                .build();
    }

    /** The method {@code index()}, which builds the status of each code. */
    private MethodSpec index() {
        return CodeIndex.index(
                self,
                context.table(),
                "the status of each code",
                CodeBlock.builder()
                        .beginControlFlow("for ($T status : values())", self)
                        .addStatement("byCode[status.code] = status")
                        .endControlFlow()
                        .build());
    }

    /** The method {@code indexFound()}, which builds {@code findResults}. */
    private MethodSpec indexFound() {
        return MethodSpec.methodBuilder("indexFound")
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "unchecked")
                        .build())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(ArrayTypeName.of(optional))
                .addJavadoc("Builds {@link #findResults}.\n\n@return what {@link #find(int)} returns for each code\n")
                .addStatement(
                        "$T found = ($T) new $T<?>[byCode.length]",
                        ArrayTypeName.of(optional),
                        ArrayTypeName.of(optional),
                        Optional.class)
                .beginControlFlow("for (int i = 0; i < found.length; i++)")
                .addStatement(
                        "found[i] = byCode[i] == null ? $T.<$T>empty() : byCode[i].asOptional", Optional.class, self)
                .endControlFlow()
                .addStatement("return found")
                .build();
    }

    /** The method {@code indexByPhrase()}, which builds {@code byPhrase}. */
    private MethodSpec indexByPhrase() {
        return MethodSpec.methodBuilder("indexByPhrase")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(phraseMap())
                .addJavadoc("Builds {@link #byPhrase}.\n\n@return the statuses by reason phrase and alias, as"
                        + " spelled and in lower case\n")
                .addStatement("$T byPhrase = new $T<>()", phraseMap(), HashMap.class)
                .beginControlFlow("for ($T status : values())", self)
                .addStatement("byPhrase.put(status.reasonPhrase, status)")
                .beginControlFlow("for ($T alias : status.aliases)", String.class)
                .addStatement("byPhrase.put(alias, status)")
                .endControlFlow()
                .endControlFlow()
                .beginControlFlow("for ($T status : values())", self)
                .addStatement("byPhrase.putIfAbsent(status.reasonPhrase.toLowerCase($T.ROOT), status)", Locale.class)
                .beginControlFlow("for ($T alias : status.aliases)", String.class)
                .addStatement("byPhrase.putIfAbsent(alias.toLowerCase($T.ROOT), status)", Locale.class)
                .endControlFlow()
                .endControlFlow()
                .addStatement("return byPhrase")
                .build();
    }

    /** The method {@code findByReasonPhrase(String)}. */
    private MethodSpec findByReasonPhrase() {
        return MethodSpec.methodBuilder(GeneratedMembers.FIND_BY_REASON_PHRASE)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(optional)
                .addParameter(String.class, "reasonPhrase")
                .addJavadoc("The status whose reason phrase or alias is {@code reasonPhrase}, ignoring case: a"
                        + " hash\nlookup, which allocates nothing when the name is spelled as in the table.\n\n")
                .addJavadoc("@param reasonPhrase a reason phrase or an alias, such as not found\n")
                .addJavadoc("@return the status with that name, or empty if there is none\n")
                .addStatement(
                        "$T status = byPhrase.get($T.requireNonNull(reasonPhrase, $S))",
                        self,
                        Objects.class,
                        "reasonPhrase")
                .beginControlFlow("if (status == null)")
                .addStatement("status = byPhrase.get(reasonPhrase.toLowerCase($T.ROOT))", Locale.class)
                .endControlFlow()
                .addStatement("return status == null ? $T.empty() : status.asOptional", Optional.class)
                .build();
    }

    /** The overrides of the shared interface's accessors, and {@code toString}. */
    private void accessors() {
        type.addMethod(ValueMembers.returning(TypeName.INT, GeneratedMembers.CODE, "code"))
                .addMethod(ValueMembers.returning(ValueMembers.STRING, GeneratedMembers.REASON_PHRASE, "reasonPhrase"))
                .addMethod(ValueMembers.returning(ValueMembers.STRING, GeneratedMembers.DESCRIPTION, "description"))
                .addMethod(ValueMembers.returning(names.statusClass(), GeneratedMembers.STATUS_CLASS, "statusClass"))
                .addMethod(
                        ValueMembers.returning(StatusCodeInterfaceWriter.tagSet(names), GeneratedMembers.TAGS, "tags"))
                .addMethod(ValueMembers.returning(
                        StatusCodeInterfaceWriter.stringList(), GeneratedMembers.ALIASES, "aliases"))
                .addMethod(ValueMembers.returning(
                        StatusCodeInterfaceWriter.referenceList(names), GeneratedMembers.REFERENCES, "references"))
                .addMethod(ValueMembers.returning(TypeName.BOOLEAN, GeneratedMembers.IS_STANDARD, "standard"))
                .addMethod(ValueMembers.override(ValueMembers.STRING, "toString")
                        .addJavadoc("Returns the code and the reason phrase, such as 404 Not Found.\n\n")
                        .addJavadoc("@return the code and the reason phrase\n")
                        .addStatement("return code + $S + reasonPhrase", " ")
                        .build());
    }

    private CodeBlock constantArguments(StatusCode code) {
        CodeBlock.Builder args = CodeBlock.builder()
                .add(
                        "$L, $L, $T.$L, ",
                        code.code(),
                        Literals.string(code.name()),
                        names.statusClass(),
                        code.statusClass().id());
        args.add("tagSet($L), ", tagConstants(code.tags()));
        List<String> aliasNames = new ArrayList<>();
        for (StatusCode.Alias alias : code.aliases()) {
            aliasNames.add(alias.name());
        }
        args.add("stringList($L), ", strings(aliasNames));
        CodeBlock.Builder references = CodeBlock.builder();
        for (Reference reference : code.references()) {
            if (!references.isEmpty()) {
                references.add(", ");
            }
            references.add(
                    "new $T($L, $L)",
                    names.reference(),
                    Literals.string(reference.label()),
                    reference.isLink() ? Literals.string(reference.url()) : CodeBlock.of("null"));
        }
        args.add("referenceList($L), ", references.build());
        return args.add("$L", Literals.string(code.description())).build();
    }

    /** The tag enum's constants of the tag ids {@code ids}, in their order. */
    private CodeBlock tagConstants(List<String> ids) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (String id : ids) {
            list.add(list.isEmpty() ? "$T.$L" : ", $T.$L", names.statusTag(), Identifiers.tagConstant(id));
        }
        return list.build();
    }

    private static CodeBlock strings(List<String> texts) {
        CodeBlock.Builder list = CodeBlock.builder();
        for (String text : texts) {
            if (!list.isEmpty()) {
                list.add(", ");
            }
            list.add("$L", Literals.string(text));
        }
        return list.build();
    }

    private CodeBlock constantDoc(StatusCode code) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("<b>$L $L</b>.\n", code.code(), DocText.escape(code.name()))
                .add("$L\n\n", Wording.description(code.description()))
                .add(
                        "<p>Class: {@link $T#$L}\n($L, $L).\n",
                        names.statusClass(),
                        code.statusClass().id(),
                        DocText.escape(code.statusClass().name()),
                        code.statusClass().range());
        doc.add("Tags: $L.", code.tags().isEmpty() ? "none" : String.join(", ", code.tags()));
        if (!code.aliases().isEmpty()) {
            doc.add("\nAlso known as:");
            for (int i = 0; i < code.aliases().size(); i++) {
                StatusCode.Alias alias = code.aliases().get(i);
                String end = i == code.aliases().size() - 1 ? "." : ",";
                doc.add("\n{@link #$L $L}$L", alias.constantName(), DocText.escape(alias.name()), end);
            }
        }
        doc.add("\n");
        if (!code.references().isEmpty() || code.has(Tag.DEPRECATED)) {
            doc.add("\n");
        }
        doc.add(Wording.seeAlso(code.references()));
        if (code.has(Tag.DEPRECATED)) {
            doc.add(Wording.DEPRECATED_TAG);
        }
        return doc.build();
    }

    private static CodeBlock aliasDoc(StatusCode code, StatusCode.Alias alias) {
        return CodeBlock.builder()
                .add(
                        "<b>$L $L</b>: another name of {@link #$L},\n",
                        code.code(),
                        DocText.escape(alias.name()),
                        code.constantName())
                .add("the very same constant.\n")
                .build();
    }
}
