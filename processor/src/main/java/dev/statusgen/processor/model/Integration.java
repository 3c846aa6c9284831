package dev.statusgen.processor.model;

/**
 * A framework integration that a holder asks for in {@code @HttpStatusTable(integrations = ...)}, as the
 * annotation's enum {@code HttpStatusTable.Integration} names it: the type of the framework that the generated code
 * refers to first, which must be on the compile class path (or in a module that the holder's module reads), and the
 * Maven coordinates and the module of the library that has it.
 */
public enum Integration {
    /** Jakarta REST: the shared interface extends {@code jakarta.ws.rs.core.Response.StatusType}. */
    JAKARTA_REST("jakarta.ws.rs.core", "Response.StatusType", "jakarta.ws.rs:jakarta.ws.rs-api", "jakarta.ws.rs"),
    /** JAX-RS 2.1: the shared interface extends {@code javax.ws.rs.core.Response.StatusType}. */
    JAVAX_REST("javax.ws.rs.core", "Response.StatusType", "javax.ws.rs:javax.ws.rs-api", "java.ws.rs"),
    /** Spring Web: {@code toSpring()} returns an {@code org.springframework.http.HttpStatusCode}. */
    SPRING_WEB("org.springframework.http", "HttpStatusCode", "org.springframework:spring-web", "spring.web"),
    /** Netty: {@code toNetty()} returns an {@code io.netty.handler.codec.http.HttpResponseStatus}. */
    NETTY("io.netty.handler.codec.http", "HttpResponseStatus", "io.netty:netty-codec-http", "io.netty.codec.http");

    private final String packageName;
    private final String typeName;
    private final String coordinates;
    private final String moduleName;

    Integration(String packageName, String typeName, String coordinates, String moduleName) {
        this.packageName = packageName;
        this.typeName = typeName;
        this.coordinates = coordinates;
        this.moduleName = moduleName;
    }

    /** The package of the framework's type, such as {@code jakarta.ws.rs.core}. */
    public String packageName() {
        return packageName;
    }

    /** The framework's type within its package, nested names joined by dots, such as {@code Response.StatusType}. */
    public String typeName() {
        return typeName;
    }

    /** The canonical name of the framework's type, such as {@code jakarta.ws.rs.core.Response.StatusType}. */
    public String qualifiedTypeName() {
        return packageName + "." + typeName;
    }

    /** The Maven coordinates of the library that has the type, such as {@code jakarta.ws.rs:jakarta.ws.rs-api}. */
    public String coordinates() {
        return coordinates;
    }

    /**
     * The name of the library's module, declared or automatic, which a named module that asks for the integration
     * must read, such as {@code jakarta.ws.rs}.
     */
    public String moduleName() {
        return moduleName;
    }
}
