package dev.statusgen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Generates typed, documented HTTP status constants, classifiers and O(1) lookups from a Markdown status
 * table, at compile time, into the package of the annotated class.
 *
 * <p>Put it on a small holder class. For a holder named {@code Http} in package {@code p}:
 *
 * <pre>{@code
 * package p;
 *
 * @HttpStatusTable
 * final class Http {}
 * }</pre>
 *
 * <p>the statusgen processor generates, in package {@code p}:
 *
 * <ul>
 *   <li>{@code HttpStatus}: an enum with one constant per code of the table ({@code HttpStatus.NOT_FOUND}),
 *       each with its code, reason phrase, full description, class and tags in its javadoc, the
 *       classifiers {@code isClientError()} and the rest, and the lookups {@code find(int)},
 *       {@code of(int)} and {@code findByReasonPhrase(String)};
 *   <li>{@code HttpStatusCodes}: a {@code public static final int} for every code
 *       ({@code HttpStatusCodes.NOT_FOUND == 404}), usable as {@code switch} labels, and int classifiers
 *       such as {@code isClientError(int)} and {@code isStandard(int)}, and in its nested class {@code Text} a
 *       {@code String} constant for every code ({@code HttpStatusCodes.Text.NOT_FOUND} is {@code "404"}) for
 *       annotation attributes;
 *   <li>{@code HttpStatusClass}: an enum of the table's status classes, with {@code of(int)};
 *   <li>{@code HttpStatusCode}: what the enum and a non-standard code have in common;
 *       {@code HttpStatusCode.valueOf(299)} answers a 3-digit code that the table lacks as a non-standard
 *       response of its class;
 *   <li>{@code HttpStatusTag}: an enum of the tags that codes can carry ({@code HttpStatusTag.CACHEABLE}), with
 *       {@code id()}, {@code description()}, {@code builtIn()} and {@code codes()}, which {@code tags()} returns;
 *   <li>{@code META-INF/statusgen/p/Http.md}: a Markdown reference of the whole table, in the class
 *       output.
 * </ul>
 *
 * <p>The generated code needs nothing from statusgen at run time and compiles with {@code --release 8}. With
 * {@link #integrations()}, the statuses are also Jakarta REST's, Spring's or Netty's own.
 *
 * <p><b>Retention.</b> The annotation has {@code CLASS} retention, as Gradle's incremental annotation
 * processing asks of the annotations that a processor reads: it is written into the holder's class file, where
 * the JVM ignores it, so the annotations jar is needed to compile and never at run time (Maven's
 * {@code provided} scope, Gradle's {@code compileOnly}, a named module's {@code requires static}).
 *
 * <p><b>Constant names.</b> A constant is named after the status's name (its reason phrase) in
 * UPPER_SNAKE_CASE: accents (the combining marks of Unicode's canonical decomposition) and apostrophes
 * ({@code '} and U+2019) are dropped, the rest is cut into words of ASCII letters and digits at every other
 * character, and the words are upper-cased and joined by single underscores ({@code I'm a teapot} becomes
 * {@code IM_A_TEAPOT}, {@code Non-Authoritative Information} becomes {@code NON_AUTHORITATIVE_INFORMATION}). A
 * constant that would start with a digit gets the prefix {@code STATUS_}, and a name with no ASCII letter or digit
 * at all becomes {@code STATUS_} and its code; docs/spec.md gives the rule in full. Two names that give the same
 * constant are a compile error.
 *
 * <p><b>Errors.</b> Every mistake in the spec is reported as a compile error that names the spec file and
 * line, such as {@code my-statuses.md:17:1: duplicate code 200 (first defined on line 12)}; all of them in one
 * compile.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HttpStatusTable {

    /**
     * The name, in {@link #spec()}, of statusgen's standard table: 5 status classes and 65 codes, each with its
     * description, its references to the RFCs, its aliases and its tags. It is the table of a holder that names
     * no spec.
     */
    String STANDARD = "statusgen:standard";

    /**
     * The name, in {@link #spec()}, of the IANA HTTP Status Code Registry as it stood at its update of
     * 2025-09-15, bundled with the processor: every registered code, with its references. For a newer registry,
     * download {@code http-status-codes-1.csv} from IANA into the resources and name that file instead.
     */
    String IANA_REGISTRY = "statusgen:iana-registry";

    /**
     * The name, in {@link #spec()}, of the codes that nginx uses of its own, bundled with the processor: 444
     * (Connection Closed Without Response), 494 (Request Header Too Large), 495 (SSL Certificate Error), 496 (No
     * Required SSL Certificate Was Sent), 497 (Plain HTTP Request Was Sent to HTTPS Port) and 499 (Client Closed
     * Request), each tagged {@code nginx} and linked to nginx's documentation at {@code nginx.org}.
     *
     * <p>It lists codes only, so it is layered over a table of classes:
     * {@code spec = {HttpStatusTable.STANDARD, HttpStatusTable.NGINX}}, or
     * {@code extendsStandard = true, spec = HttpStatusTable.NGINX}. Its codes are non-standard:
     * {@code isStandard()} is {@code false} for them, and {@code isNginx()} is {@code true}.
     */
    String NGINX = "statusgen:nginx";

    /**
     * The name, in {@link #spec()}, of the codes that Cloudflare sends of its own when it cannot get a usable
     * answer from the origin server, bundled with the processor: 520 to 526 (from Web Server Returns an Unknown
     * Error to Invalid SSL Certificate) and 530 (Origin DNS Error), and 527 (Railgun Listener to Origin Error),
     * deprecated since Cloudflare retired Railgun; each tagged {@code cloudflare} and linked to Cloudflare's
     * documentation at {@code developers.cloudflare.com} (527 to Cloudflare's announcement of Railgun's end).
     *
     * <p>It lists codes only, so it is layered over a table of classes:
     * {@code spec = {HttpStatusTable.IANA_REGISTRY, HttpStatusTable.CLOUDFLARE}}. Its codes are non-standard:
     * {@code isStandard()} is {@code false} for them, and {@code isCloudflare()} is {@code true}.
     */
    String CLOUDFLARE = "statusgen:cloudflare";

    /**
     * The name, in {@link #spec()}, of the codes that an AWS Application Load Balancer generates itself, bundled
     * with the processor: 460 (Client Closed Connection), 463 (Too Many X-Forwarded-For Addresses), 464
     * (Incompatible Protocol) and 561 (Unauthorized by Identity Provider), each tagged {@code aws-elb} and linked
     * to the load balancer's documentation at {@code docs.aws.amazon.com}.
     *
     * <p>It lists codes only, so it is layered over a table of classes, and composes with the other vendor tables:
     * {@code spec = {HttpStatusTable.STANDARD, HttpStatusTable.NGINX, HttpStatusTable.CLOUDFLARE,
     * HttpStatusTable.AWS_ELB}}. Its codes are non-standard: {@code isStandard()} is {@code false} for them, and
     * {@code isAwsElb()} is {@code true}.
     */
    String AWS_ELB = "statusgen:aws-elb";

    /**
     * The specs to generate from, each layered over the ones before it. Each is the path of a spec, relative to
     * the root of the resources that the compiler sees, such as {@code "my-statuses.md"} for
     * {@code src/main/resources/my-statuses.md} in a Maven project, or the name of a table bundled with the
     * processor: {@link #STANDARD}, {@link #IANA_REGISTRY}, or a vendor's codes to layer over one of them,
     * {@link #NGINX}, {@link #CLOUDFLARE} or {@link #AWS_ELB}. A path that ends in {@code .csv} is read as an IANA
     * registry file ({@code Value,Description,Reference}); any other as a Markdown status table.
     *
     * <p>A later spec adds codes, classes and tags to the ones before it; a code that is already there is an
     * error unless its row carries the tag {@code override}, which replaces it. The codes that a later spec adds
     * are non-standard: {@code isStandard()} is {@code false} for them. For example,
     * {@code spec = {HttpStatusTable.IANA_REGISTRY, "our-codes.md"}} layers a project's own codes over the
     * registry.
     *
     * <p>The processor looks each file up, in this order: in the directory given by the processor option
     * {@code -Astatusgen.specDir=DIR}, if set; in the class output (where Maven copies resources before
     * compiling); on the class path (a spec shipped in a dependency's jar); on the source path. Gradle copies
     * resources after compiling, so Gradle builds pass {@code -Astatusgen.specDir}. It reads each file once per
     * compile, however many holders name it. No spec, the default, means {@link #STANDARD}; so does the empty
     * string.
     *
     * @return the specs, the lowest first
     */
    String[] spec() default {};

    /**
     * Whether {@link #spec()} adds to the bundled standard table instead of replacing it: {@code true} puts
     * {@link #STANDARD} below the specs.
     *
     * <p>When {@code true}, the project's spec holds only its own codes (nginx's 499, say) and, if it wants,
     * classes of its own. Its codes get the same constants, javadoc, classifiers and lookups as the standard
     * ones, and {@code isStandard()} returns {@code false} for them. A row whose code is already in the standard
     * table is an error unless it carries the tag {@code override}, which replaces the standard row; that code
     * stays standard.
     *
     * @return {@code true} to layer {@link #spec()} over the standard table
     */
    boolean extendsStandard() default false;

    /**
     * The frameworks whose status types the generated statuses become, none by default. Each needs its library on
     * the compile class path; a missing one is a compile error on this value that names the library, and
     * {@link Integration#JAKARTA_REST} with {@link Integration#JAVAX_REST} is an error too. docs/integrations.md
     * gives each integration's library versions and Java floor.
     *
     * @return the integrations to generate
     */
    Integration[] integrations() default {};

    /**
     * A framework that the generated statuses can be handed to as they are, in {@link #integrations()}. Each adds
     * to the shared interface, such as {@code HttpStatusCode}, so that every status has it, listed in the table or
     * not.
     */
    enum Integration {
        /**
         * Jakarta REST 3.x and 4.x ({@code jakarta.ws.rs:jakarta.ws.rs-api}): the shared interface extends
         * {@code jakarta.ws.rs.core.Response.StatusType}, with the table's code, reason phrase and family, so that
         * {@code Response.status(HttpStatus.NOT_FOUND)} carries the table's phrase.
         */
        JAKARTA_REST,

        /**
         * JAX-RS 2.1 ({@code javax.ws.rs:javax.ws.rs-api}): as {@link #JAKARTA_REST}, against
         * {@code javax.ws.rs.core.Response.StatusType}. Not together with {@link #JAKARTA_REST}.
         */
        JAVAX_REST,

        /**
         * Spring Web 6 and 7 ({@code org.springframework:spring-web}): {@code toSpring()} on the shared interface
         * returns {@code org.springframework.http.HttpStatusCode.valueOf(code())}, Spring's own
         * {@code HttpStatus} constant where Spring has the code.
         */
        SPRING_WEB,

        /**
         * Netty 4.1 and 4.2 ({@code io.netty:netty-codec-http}): {@code toNetty()} on the shared interface returns
         * an {@code io.netty.handler.codec.http.HttpResponseStatus} with the table's code and reason phrase: for a
         * status of the table the same instance on every call, created at the first call; for a code that the
         * table lacks a new instance.
         */
        NETTY
    }
}
