package dev.statusgen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.statusgen.processor.model.StatusTable;
import javax.lang.model.element.Modifier;

/**
 * The array behind each generated O(1) lookup by code: a private static {@code byCode}, indexed by the code
 * itself up to the last code of any class (codes have 3 digits, so at most 1000 references), built once by
 * {@code index()} and read by {@code lookup(int)}. A lookup of any code then costs a plain array read, with no
 * offset and no branch that the JIT keeps out of the hot path. Its names are in lower case, so that no constant
 * made from a spec can take them.
 */
final class CodeIndex {
    private CodeIndex() {}

    /** The field {@code byCode} of {@code element}s, documented as holding {@code what}. */
    static FieldSpec field(TypeName element, String what) {
        return FieldSpec.builder(ArrayTypeName.of(element), "byCode", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("$L, indexed by the code; null where there is none.\n", what)
                .initializer("index()")
                .build();
    }

    /** The method {@code index()} that builds {@code byCode}: a new array, then {@code fill}, which sets its cells. */
    static MethodSpec index(TypeName element, StatusTable table, String what, CodeBlock fill) {
        ArrayTypeName array = ArrayTypeName.of(element);
        return MethodSpec.methodBuilder("index")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(array)
                .addJavadoc("Builds {@link #byCode}.\n\n@return $L, indexed by the code\n", what)
                .addStatement("$T byCode = new $T[$L]", array, element, table.lastClassCode() + 1)
                .addCode(fill)
                .addStatement("return byCode")
                .build();
    }

    /** The package-private method {@code lookup(int)}: the cell of {@code byCode} for any int, or null. */
    static MethodSpec lookup(TypeName element, String what) {
        return MethodSpec.methodBuilder("lookup")
                .addModifiers(Modifier.STATIC)
                .returns(element)
                .addParameter(int.class, "code")
                .addJavadoc("$L, or null.\n\n@param code any int\n@return $L, or null\n", what, what)
                .addStatement("return code >= 0 && code < byCode.length ? byCode[code] : null")
                .build();
    }
}
