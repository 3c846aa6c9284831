package dev.statusgen.processor.writer;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.statusgen.processor.model.GeneratedMembers;
import dev.statusgen.processor.model.Integration;
import java.util.Arrays;
import javax.lang.model.element.Modifier;

/**
 * Writes the members of the framework integrations that a holder asks for: the {@code Response.StatusType} of
 * Jakarta REST or JAX-RS that the shared interface extends, {@code toSpring()}, and {@code toNetty()}, with the
 * enum's Netty statuses created once, at the first call. Nothing for a holder that asks for none.
 */
final class IntegrationMembers {
    /** The simple name of the enum's nested class that holds its Netty statuses. */
    private static final String NETTY_STATUSES = "NettyStatuses";

    private static final String NETTY_METHOD = "toNetty";
    private static final String SPRING_METHOD = "toSpring";

    private IntegrationMembers() {}

    /** Adds to the shared interface what each integration asks of it. */
    static void addToInterface(WriterContext context, TypeSpec.Builder type) {
        for (Integration rest : new Integration[] {Integration.JAKARTA_REST, Integration.JAVAX_REST}) {
            if (context.has(rest)) {
                ClassName statusType = frameworkType(rest);
                type.addSuperinterface(statusType)
                        .addMethod(getStatusCode())
                        .addMethod(getReasonPhrase())
                        .addMethod(getFamily(statusType));
            }
        }
        if (context.has(Integration.SPRING_WEB)) {
            type.addMethod(toSpring());
        }
        if (context.has(Integration.NETTY)) {
            type.addMethod(toNettyNew());
        }
    }

    /** Adds to the enum of statuses what each integration asks of it. */
    static void addToEnum(WriterContext context, TypeSpec.Builder type) {
        if (context.has(Integration.NETTY)) {
            type.addMethod(toNettyOnce(context)).addType(nettyStatuses(context));
        }
    }

    /** The framework's type that {@code integration} names, such as {@code jakarta.ws.rs.core.Response.StatusType}. */
    private static ClassName frameworkType(Integration integration) {
        String[] names = integration.typeName().split("\\.");
        return ClassName.get(integration.packageName(), names[0], Arrays.copyOfRange(names, 1, names.length));
    }

    /** {@code getStatusCode()} of {@code Response.StatusType}. */
    private static MethodSpec getStatusCode() {
        return defaultOverride(TypeName.INT, "getStatusCode")
                .addJavadoc("Returns {@link #$L()}, the code.\n\n@return the 3-digit code\n", GeneratedMembers.CODE)
                .addStatement("return $L()", GeneratedMembers.CODE)
                .build();
    }

    /** {@code getReasonPhrase()} of {@code Response.StatusType}. */
    private static MethodSpec getReasonPhrase() {
        return defaultOverride(ValueMembers.STRING, "getReasonPhrase")
                .addJavadoc(
                        "Returns {@link #$L()}, the table's reason phrase.\n\n@return the reason phrase\n",
                        GeneratedMembers.REASON_PHRASE)
                .addStatement("return $L()", GeneratedMembers.REASON_PHRASE)
                .build();
    }

    /** {@code getFamily()} of {@code Response.StatusType}: the family of the code. */
    private static MethodSpec getFamily(ClassName statusType) {
        ClassName family = statusType.enclosingClassName().nestedClass("Status").nestedClass("Family");
        return defaultOverride(family, "getFamily")
                .addJavadoc("Returns the family of the code.\n\n@return the family that holds the code\n")
                .addStatement("return $T.familyOf($L())", family, GeneratedMembers.CODE)
                .build();
    }

    /** {@code toSpring()}: Spring's status of the code, Spring's own constant where Spring has the code. */
    private static MethodSpec toSpring() {
        ClassName spring = frameworkType(Integration.SPRING_WEB);
        return MethodSpec.methodBuilder(SPRING_METHOD)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(spring)
                .addJavadoc("Returns this code as Spring's status: {@code $T.valueOf(code())}, which is\n", spring)
                .addJavadoc("Spring's own {@code HttpStatus} constant where Spring has the code.\n\n")
                .addJavadoc("@return Spring's status of the code\n")
                .addStatement("return $T.valueOf($L())", spring, GeneratedMembers.CODE)
                .build();
    }

    /** The interface's {@code toNetty()}: a new Netty status with the code and reason phrase. */
    private static MethodSpec toNettyNew() {
        ClassName netty = frameworkType(Integration.NETTY);
        return MethodSpec.methodBuilder(NETTY_METHOD)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(netty)
                .addJavadoc("Returns this code as Netty's status, with the code and the reason phrase: for a status\n")
                .addJavadoc("of the table the same instance on every call, else a new instance.\n\n")
                .addJavadoc("@return Netty's status of the code\n")
                .addStatement("return new $T($L(), $L())", netty, GeneratedMembers.CODE, GeneratedMembers.REASON_PHRASE)
                .build();
    }

    /** The enum's {@code toNetty()}: the constant's Netty status, the same instance on every call. */
    private static MethodSpec toNettyOnce(WriterContext context) {
        return ValueMembers.override(frameworkType(Integration.NETTY), NETTY_METHOD)
                .addJavadoc("Returns this status as Netty's status, with the code and the reason phrase: the same\n")
                .addJavadoc("instance on every call, created at the first call to this method of any status.\n\n")
                .addJavadoc("@return Netty's status of this status\n")
                .addStatement(
                        "return $T.BY_ORDINAL[ordinal()]",
                        context.names().statusEnum().nestedClass(NETTY_STATUSES))
                .build();
    }

    /**
     * The enum's nested class whose array holds the Netty status of each constant, built when the class is first
     * used: the JVM initializes it once, so that each constant has one Netty status and Netty is not loaded before
     * the first call to {@code toNetty()}.
     */
    private static TypeSpec nettyStatuses(WriterContext context) {
        ClassName netty = frameworkType(Integration.NETTY);
        ClassName self = context.names().statusEnum();
        return context.mark(TypeSpec.classBuilder(NETTY_STATUSES))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The Netty status of each constant, by ordinal, created when this class is first used.\n")
                .addField(FieldSpec.builder(ArrayTypeName.of(netty), "BY_ORDINAL", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The Netty status of each constant, by ordinal.\n")
                        .build())
                .addStaticBlock(CodeBlock.builder()
                        .addStatement("$T[] statuses = $T.values()", self, self)
                        .addStatement("BY_ORDINAL = new $T[statuses.length]", netty)
                        .beginControlFlow("for ($T status : statuses)", self)
                        .addStatement(
                                "BY_ORDINAL[status.ordinal()] = new $T(status.$L(), status.$L())",
                                netty,
                                GeneratedMembers.CODE,
                                GeneratedMembers.REASON_PHRASE)
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Not instantiable.\n")
                        .build())
                .build();
    }

    /** A public default method that overrides one of a framework's interface. */
    private static MethodSpec.Builder defaultOverride(TypeName type, String name) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(type);
    }
}
