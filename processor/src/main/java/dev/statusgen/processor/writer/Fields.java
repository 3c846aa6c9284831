package dev.statusgen.processor.writer;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.lang.reflect.Type;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The fields and getters that the generated types share. */
final class Fields {
    private Fields() {}

    /** A private final field with a javadoc sentence. */
    static FieldSpec field(TypeName type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .build();
    }

    /** A private final field with a javadoc sentence. */
    static FieldSpec field(Type type, String name, String doc) {
        return field(TypeName.get(type), name, doc);
    }

    /**
     * A constructor, with {@code modifiers}, that sets the field of the same name from each parameter.
     */
    static MethodSpec constructor(String doc, List<ParameterSpec> parameters, Modifier... modifiers) {
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addModifiers(modifiers).addJavadoc("$L\n\n", doc);
        for (ParameterSpec parameter : parameters) {
            constructor
                    .addParameter(parameter)
                    .addJavadoc("@param $N the value of the field {@code $N}\n", parameter, parameter)
                    .addStatement("this.$N = $N", parameter, parameter);
        }
        return constructor.build();
    }

    /** A parameter. */
    static ParameterSpec parameter(TypeName type, String name) {
        return ParameterSpec.builder(type, name).build();
    }

    /** A parameter. */
    static ParameterSpec parameter(Type type, String name) {
        return parameter(TypeName.get(type), name);
    }

    /** A public getter named after its field, returning {@code doc}. */
    static MethodSpec getter(Type type, String name, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns $L.\n\n@return $L\n", doc, doc)
                .addStatement("return $N", name)
                .build();
    }
}
