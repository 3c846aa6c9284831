package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.StatusCode;
import dev.statusgen.processor.model.Tag;
import javax.lang.model.element.Modifier;

/**
 * Writes the class {@code Text} nested in the class of int constants, such as {@code HttpStatusCodes.Text}: a
 * {@code String} compile-time constant for every code and alias ({@code Text.NOT_FOUND} is {@code "404"}), which
 * annotation attributes accept.
 */
final class TextConstants {
    /** The simple name of the nested class. */
    static final String NAME = "Text";

    private TextConstants() {}

    /** The nested class {@code Text}. */
    static TypeSpec text(WriterContext context) {
        ClassName codes = context.names().codes();
        TypeSpec.Builder type = context.mark(TypeSpec.classBuilder(codes.nestedClass(NAME)))
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The HTTP status codes of the table as {@code String} constants, such as {@code \"404\"},\n"
                        + "for annotation attributes that take a code as text.\n");
        for (StatusCode code : context.table().codes()) {
            type.addField(textConstant(codes, code, code.constantName(), code.name()));
        }
        for (StatusCode code : context.table().codes()) {
            for (StatusCode.Alias alias : code.aliases()) {
                type.addField(textConstant(codes, code, alias.constantName(), alias.name()));
            }
        }
        return type.addMethod(constructor()).build();
    }

    /** The {@code String} constant {@code name} of {@code code}, named {@code label}, deprecated if the code is. */
    private static FieldSpec textConstant(ClassName codes, StatusCode code, String name, String label) {
        FieldSpec.Builder field = FieldSpec.builder(
                        ValueMembers.STRING, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "<b>$L $L</b> as text, the {@code String} form of\n{@link $T#$L}.\n",
                        code.code(),
                        DocText.escape(label),
                        codes,
                        name)
                .initializer("$S", String.valueOf(code.code()));
        if (code.has(Tag.DEPRECATED)) {
            field.addAnnotation(Deprecated.class).addJavadoc("\n$L", Wording.DEPRECATED_TAG);
        }
        return field.build();
    }

    /** The private constructor. */
    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc("Not instantiable: the class holds only constants.\n")
                .build();
    }
}
