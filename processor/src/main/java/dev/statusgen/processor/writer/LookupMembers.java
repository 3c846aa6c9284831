package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.statusgen.processor.model.GeneratedMembers;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The lookups by code that the status enum and the class enum both declare, built here for both: the field
 * {@code asOptional}, each constant in an {@code Optional} made once; {@code find(int)}, which answers an
 * {@code Optional}; and {@code of(int)}, which throws for a code without an answer. Both read the enum's
 * {@link CodeIndex}. The two enums differ only in their wording, in the exception that {@code of} throws, and in
 * that the status enum's {@code find} reads its answers from an array, {@code findResults}.
 *
 * @param self the enum
 * @param noun what a constant is, such as {@code status}
 * @param variable the name of a local variable that holds a constant, such as {@code status}
 * @param found what a lookup answers, such as {@code the table's status for the code}
 * @param missing when {@code find} answers empty, such as {@code the table lacks it}
 * @param domain the codes that {@code of} answers, such as {@code a code of the table}
 * @param absent when {@code of} throws, such as {@code the table lacks the code}
 * @param failure the {@code IllegalArgumentException} that {@code of} throws, an expression of {@code code}
 * @param findResults whether {@code find} reads the array {@code findResults} rather than {@code asOptional}
 */
record LookupMembers(
        ClassName self,
        String noun,
        String variable,
        String found,
        String missing,
        String domain,
        String absent,
        CodeBlock failure,
        boolean findResults) {

    /** The lookups of the status enum. */
    static LookupMembers ofStatuses(GeneratedNames names) {
        return new LookupMembers(
                names.statusEnum(),
                "status",
                "status",
                "the table's status for the code",
                "the table lacks it",
                "a code of the table",
                "the table lacks the code",
                CodeBlock.of(
                        "new $T($S + code + $S)",
                        IllegalArgumentException.class,
                        "HTTP status code ",
                        " is not in the status table"),
                true);
    }

    /** The lookups of the class enum, whose {@code of} throws what its method {@code invalid(int)} makes. */
    static LookupMembers ofClasses(GeneratedNames names) {
        return new LookupMembers(
                names.statusClass(),
                "class",
                "statusClass",
                "the class whose range holds the code",
                "none does",
                "a code in one of the classes' ranges",
                "no class holds the code",
                CodeBlock.of("invalid(code)"),
                false);
    }

    /** {@code Optional} of the enum. */
    TypeName optional() {
        return ParameterizedTypeName.get(ClassName.get(Optional.class), self);
    }

    /** The field {@code asOptional}: the constant in an {@code Optional} made once. */
    FieldSpec asOptional() {
        return FieldSpec.builder(optional(), "asOptional", Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("This $L, in an {@code Optional} made once.\n", noun)
                .initializer("$T.of(this)", Optional.class)
                .build();
    }

    /** {@code find(int)}: the constant of any int, or empty. */
    MethodSpec find() {
        MethodSpec.Builder find = lookup(GeneratedMembers.FIND, optional())
                .addJavadoc("@param code any int\n@return $L, or empty if $L\n", found, missing);
        if (findResults) {
            return find.addStatement(
                            "return code >= 0 && code < findResults.length ? findResults[code] : $T.empty()",
                            Optional.class)
                    .build();
        }
        return find.addStatement("$T $N = lookup(code)", self, variable)
                .addStatement("return $N == null ? $T.empty() : $N.asOptional", variable, Optional.class, variable)
                .build();
    }

    /** {@code of(int)}: the constant of a code, or an {@code IllegalArgumentException}. */
    MethodSpec of() {
        return lookup(GeneratedMembers.OF, self)
                .addJavadoc("@param code $L\n@return $L\n", domain, found)
                .addJavadoc("@throws IllegalArgumentException if $L\n", absent)
                .addStatement("$T $N = lookup(code)", self, variable)
                .beginControlFlow("if ($N == null)", variable)
                .addStatement("throw $L", failure)
                .endControlFlow()
                .addStatement("return $N", variable)
                .build();
    }

    /** A public static lookup by code, {@code name}, answering {@code type}, to which the caller adds the rest. */
    private MethodSpec.Builder lookup(String name, TypeName type) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(type)
                .addParameter(int.class, "code")
                .addJavadoc("The $L of {@code code}, in O(1) and without allocating.\n\n", noun);
    }
}
