package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.fixtures.integrations.FramedStatus;
import dev.statusgen.processor.fixtures.integrations.FramedStatusCode;
import dev.statusgen.processor.fixtures.integrations.FramedStatusCodes;
import dev.statusgen.processor.fixtures.standard.HttpStatusCodes;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The framework integrations, on the fixture {@code fixtures.integrations.Framed} (nginx's codes over the standard
 * table, with Jakarta REST, Spring Web and Netty), the {@code Text} constants, and the errors of an integration that
 * the compile cannot have.
 */
class IntegrationsTest {
    private static final String ALL_THREE = "extendsStandard = true, spec = HttpStatusTable.NGINX, integrations ="
            + " {HttpStatusTable.Integration.JAKARTA_REST, HttpStatusTable.Integration.SPRING_WEB,"
            + " HttpStatusTable.Integration.NETTY}";

    @TempDir
    Path dir;

    @Test
    void textConstantsAreTheCodesAsStrings() {
        assertThat(HttpStatusCodes.Text.NOT_FOUND).isEqualTo("404");
        assertThat(HttpStatusCodes.Text.CONTENT_TOO_LARGE).isEqualTo("413");
        assertThat(HttpStatusCodes.Text.PAYLOAD_TOO_LARGE).isEqualTo("413");
        assertThat(FramedStatusCodes.Text.CLIENT_CLOSED_REQUEST).isEqualTo("499");
    }

    @Test
    void everyStatusIsAJakartaRestStatusType() {
        Response.StatusType closed = FramedStatus.CLIENT_CLOSED_REQUEST;
        assertThat(closed.getStatusCode()).isEqualTo(499);
        assertThat(closed.getReasonPhrase()).isEqualTo("Client Closed Request");
        assertThat(closed.getFamily()).isEqualTo(Response.Status.Family.CLIENT_ERROR);
        assertThat(closed.toEnum()).isNull();
        assertThat(FramedStatus.NOT_FOUND.toEnum()).isEqualTo(Response.Status.NOT_FOUND);
        Response.StatusType unlisted = FramedStatusCode.valueOf(599);
        assertThat(unlisted.getStatusCode()).isEqualTo(599);
        assertThat(unlisted.getFamily()).isEqualTo(Response.Status.Family.SERVER_ERROR);
    }

    @Test
    void toSpringGivesSpringsOwnConstantWhereSpringHasTheCode() {
        assertThat(FramedStatus.NOT_FOUND.toSpring()).isSameInstanceAs(HttpStatus.NOT_FOUND);
        HttpStatusCode closed = FramedStatus.CLIENT_CLOSED_REQUEST.toSpring();
        assertThat(closed.value()).isEqualTo(499);
        assertThat(closed.is4xxClientError()).isTrue();
        assertThat(FramedStatusCode.valueOf(599).toSpring().is5xxServerError()).isTrue();
    }

    @Test
    void toNettyIsOneInstancePerStatusOfTheTableAndANewOneForAnotherCode() {
        HttpResponseStatus closed = FramedStatus.CLIENT_CLOSED_REQUEST.toNetty();
        assertThat(closed.code()).isEqualTo(499);
        assertThat(closed.reasonPhrase()).isEqualTo("Client Closed Request");
        assertThat(FramedStatus.CLIENT_CLOSED_REQUEST.toNetty()).isSameInstanceAs(closed);
        assertThat(FramedStatus.NOT_FOUND.toNetty()).isEqualTo(HttpResponseStatus.NOT_FOUND);
        HttpResponseStatus unlisted = FramedStatusCode.valueOf(599).toNetty();
        assertThat(unlisted.code()).isEqualTo(599);
        assertThat(FramedStatusCode.valueOf(599).toNetty()).isNotSameInstanceAs(unlisted);
    }

    @ProcessorTest
    void allThreeCompileClean(Compiler compiler) {
        FileCompilation compilation = compiler.holder(ALL_THREE).compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSource("p/HttpStatusCode.java")).contains("extends Response.StatusType");
    }

    @ProcessorTest
    void withoutIntegrationsTheOutputNamesNoFramework(Compiler compiler) {
        FileCompilation compilation = compiler.holder("extendsStandard = true, spec = HttpStatusTable.NGINX")
                .compile(dir);
        Expect.clean(compilation);
        assertThat(compilation.generatedSources()).hasSize(5);
        for (Map.Entry<String, String> source : compilation.generatedSources().entrySet()) {
            for (String framework : new String[] {"jakarta.", "javax.ws", "springframework", "io.netty"}) {
                assertThat(source.getValue()).doesNotContain(framework);
            }
        }
    }

    @ProcessorTest
    void aMissingLibraryIsOneErrorOnTheValue(Compiler compiler) {
        FileCompilation compilation = compiler.holder("integrations = HttpStatusTable.Integration.JAKARTA_REST")
                .annotationsOnly()
                .compile(dir);
        Expect.errors(
                compilation,
                "integrations = JAKARTA_REST needs jakarta.ws.rs.core.Response.StatusType on the compile class path;"
                        + " add the dependency jakarta.ws.rs:jakarta.ws.rs-api");
        assertThat(compilation.generatedSources()).isEmpty();
    }

    @ProcessorTest
    void theFirstMissingLibraryIsTheOneError(Compiler compiler) {
        FileCompilation compilation = compiler.holder(
                        "integrations = {HttpStatusTable.Integration.SPRING_WEB, HttpStatusTable.Integration.NETTY}")
                .annotationsOnly()
                .compile(dir);
        Expect.errors(
                compilation,
                "integrations = SPRING_WEB needs org.springframework.http.HttpStatusCode on the compile class path;"
                        + " add the dependency org.springframework:spring-web");
    }

    @ProcessorTest
    void anIntegrationOfNewerAnnotationsIsOneErrorOnTheValue(Compiler compiler) {
        // The annotation as a later annotations jar could have it, with an integration this processor lacks.
        String newer = String.join(
                "\n",
                "package dev.statusgen;",
                "",
                "/** The annotation as it may become. */",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS)",
                "@java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE)",
                "public @interface HttpStatusTable {",
                "  /** The specs.\n   * @return the specs */",
                "  String[] spec() default {};",
                "  /** Whether they extend the standard table.\n   * @return whether they do */",
                "  boolean extendsStandard() default false;",
                "  /** The integrations.\n   * @return the integrations */",
                "  Integration[] integrations() default {};",
                "  /** An integration. */",
                "  enum Integration {",
                "    /** Netty. */",
                "    NETTY,",
                "    /** A framework that the processor does not know. */",
                "    VERTX_WEB",
                "  }",
                "}",
                "");
        FileCompilation compilation = compiler.job()
                .source("dev/statusgen/HttpStatusTable.java", newer)
                .holder(
                        "p.Http",
                        "integrations = {HttpStatusTable.Integration.NETTY, HttpStatusTable.Integration.VERTX_WEB}")
                .compile(dir);
        Expect.errors(
                compilation,
                "integrations = VERTX_WEB is not known to this statusgen processor, which is older than the"
                        + " annotations; use the processor of the annotations' version");
        assertThat(compilation.generatedSources()).isEmpty();
    }

    @ProcessorTest
    void jakartaAndJavaxRestTogetherAreOneError(Compiler compiler) {
        FileCompilation compilation = compiler.holder("integrations = {HttpStatusTable.Integration.JAKARTA_REST,"
                        + " HttpStatusTable.Integration.JAVAX_REST}")
                .compile(dir);
        Expect.errors(
                compilation,
                "integrations = {JAKARTA_REST, JAVAX_REST} asks for two Response.StatusType interfaces whose"
                        + " getFamily() types clash; choose one");
        assertThat(compilation.generatedSources()).isEmpty();
    }
}
