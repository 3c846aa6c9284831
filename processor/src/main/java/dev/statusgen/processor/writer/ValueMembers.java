package dev.statusgen.processor.writer;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Builds the members that hold a generated type's values: private final fields, the constructor that sets them
 * from its parameters, public getters, and public overrides of the shared interface's methods.
 */
final class ValueMembers {
    /** {@code String}, which most of the values are. */
    static final TypeName STRING = ClassName.get(String.class);

    private ValueMembers() {}

    /** A private final field with a javadoc sentence. */
    static FieldSpec field(TypeName type, String name, String doc) {
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.FINAL)
                .addJavadoc("$L\n", doc)
                .build();
    }

    /** A parameter. */
    static ParameterSpec parameter(TypeName type, String name) {
        return ParameterSpec.builder(type, name).build();
    }

    /** A constructor, with {@code modifiers}, that sets the field of the same name from each parameter. */
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

    /** A public getter named after its field, returning {@code doc}. */
    static MethodSpec getter(TypeName type, String name, String doc) {
        return MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(type)
                .addJavadoc("Returns $L.\n\n@return $L\n", doc, doc)
                .addStatement("return $N", name)
                .build();
    }

    /** A public {@code @Override} of {@code name}, returning {@code type}, to which the caller adds the body. */
    static MethodSpec.Builder override(TypeName type, String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(type);
    }

    /** A public {@code @Override} of {@code name} that returns the field {@code field}. */
    static MethodSpec returning(TypeName type, String name, String field) {
        return override(type, name).addStatement("return $N", field).build();
    }
}
