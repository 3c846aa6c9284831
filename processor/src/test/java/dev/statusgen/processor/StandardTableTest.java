package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What {@code @HttpStatusTable final class Http {}} generates from the bundled standard table. */
class StandardTableTest {
    private static Compilation compilation;
    private static DocProbe enumDocs;
    private static DocProbe codesDocs;
    private static ClassLoader classes;

    @BeforeAll
    static void compile() {
        enumDocs = new DocProbe("p.HttpStatus");
        codesDocs = new DocProbe("p.HttpStatusCodes");
        compilation = javac().withProcessors(new StatusgenProcessor(), enumDocs, codesDocs)
                .withOptions(Compiling.STRICT)
                .compile(Compiling.holder(""));
        classes = Compiling.classes(compilation);
    }

    @Test
    void compilesLintAndDoclintCleanUnderWerror() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void generatesTheFourTypesAndTheReference() {
        List<String> generated = new ArrayList<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                generated.add(file.getName().replaceFirst("^/(SOURCE|CLASS)_OUTPUT/", ""));
            }
        }
        assertThat(generated)
                .containsExactly(
                        "p/HttpStatus.java",
                        "p/HttpStatusCodes.java",
                        "p/HttpStatusClass.java",
                        "p/HttpStatusCode.java",
                        "META-INF/statusgen/p/Http.md");
    }

    @Test
    void everySeedCodeHasAConstantWhoseJavadocGivesItsNameClassTagsAndFullDescription() throws Throwable {
        Class<?> status = type("HttpStatus");
        for (SeedTable.Row row : SeedTable.ROWS) {
            Object constant = Compiling.call(status, "of", row.code());
            String name = ((Enum<?>) constant).name();
            String doc = enumDocs.text(name);
            assertThat(doc).startsWith("<b>" + row.code() + " " + row.name() + "</b>.");
            assertThat(doc).contains(row.description());
            assertThat(doc).contains("Class: {@link HttpStatusClass#");
            for (String tag : row.tags()) {
                assertThat(doc).containsMatch("Tags: [a-z, -]*\\b" + tag + "\\b");
            }
            String summary = row.description().contains(". ")
                    ? row.description().substring(0, row.description().indexOf(". ") + 1)
                    : row.description();
            assertThat(codesDocs.text(name)).contains(summary);
            assertThat(codesDocs.text(name)).contains("The full description: {@link HttpStatus#" + name + "}");
        }
        assertThat(status.getEnumConstants()).hasLength(65);
    }

    @Test
    void descriptionsAreHtmlEscapedInJavadoc() {
        assertThat(Compiling.source(compilation, "p/HttpStatus.java")).contains("Used inside a &lt;dav:propstat&gt;");
        assertThat(enumDocs.text("ALREADY_REPORTED")).contains("Used inside a <dav:propstat> response element");
    }

    @Test
    void constantsAreNamedInUpperSnakeCaseAfterTheirReasonPhrase() throws Throwable {
        Class<?> status = type("HttpStatus");
        assertThat(name(status, 404)).isEqualTo("NOT_FOUND");
        assertThat(name(status, 418)).isEqualTo("IM_A_TEAPOT");
        assertThat(name(status, 203)).isEqualTo("NON_AUTHORITATIVE_INFORMATION");
        assertThat(name(status, 505)).isEqualTo("HTTP_VERSION_NOT_SUPPORTED");
        assertThat(name(status, 226)).isEqualTo("IM_USED");
    }

    @Test
    void accessorsAndClassifiersAnswerFromTheTable() throws Throwable {
        Object notFound = Compiling.call(type("HttpStatus"), "of", 404);
        assertThat(Compiling.call(notFound, "code")).isEqualTo(404);
        assertThat(Compiling.call(notFound, "reasonPhrase")).isEqualTo("Not Found");
        assertThat((String) Compiling.call(notFound, "description")).startsWith("The server can not find");
        assertThat(Compiling.call(notFound, "statusClass").toString()).isEqualTo("CLIENT_ERROR");
        assertThat(Compiling.call(notFound, "isClientError")).isEqualTo(true);
        assertThat(Compiling.call(notFound, "isServerError")).isEqualTo(false);
        assertThat(Compiling.call(notFound, "isError")).isEqualTo(true);
        assertThat(Compiling.call(notFound, "isStandard")).isEqualTo(true);
        assertThat(Compiling.call(notFound, "tags")).isEqualTo(List.of("cacheable"));
        assertThat(notFound.toString()).isEqualTo("404 Not Found");

        Object processing = Compiling.call(type("HttpStatus"), "of", 102);
        assertThat(Compiling.call(processing, "isInformational")).isEqualTo(true);
        assertThat(Compiling.call(processing, "isError")).isEqualTo(false);
        assertThat(Compiling.call(processing, "isWebdav")).isEqualTo(true);
        assertThat(Compiling.call(processing, "tags")).isEqualTo(List.of("no-content", "webdav"));
        assertThat(Compiling.call(Compiling.call(type("HttpStatus"), "of", 449), "isStandard"))
                .isEqualTo(false);
        assertThat(Compiling.call(Compiling.call(type("HttpStatus"), "of", 425), "isExperimental"))
                .isEqualTo(true);
        assertThat(Compiling.call(Compiling.call(type("HttpStatus"), "of", 306), "isUnused"))
                .isEqualTo(true);
    }

    @Test
    void deprecatedCodesAreDeprecatedInBothForms() throws Exception {
        Field useProxy = type("HttpStatus").getField("USE_PROXY");
        assertThat(useProxy.isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(type("HttpStatusCodes").getField("USE_PROXY").isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(type("HttpStatus").getField("NOT_FOUND").isAnnotationPresent(Deprecated.class))
                .isFalse();
        assertThat(enumDocs.docs.get("USE_PROXY")).contains("@deprecated");
    }

    @Test
    void lookupByCodeFindsTableCodesAndNothingElse() throws Throwable {
        Class<?> status = type("HttpStatus");
        assertThat(Compiling.call(status, "find", 404)).isEqualTo(Optional.of(Compiling.call(status, "of", 404)));
        for (int code : new int[] {299, 99, 1000, -1, 0, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(Compiling.call(status, "find", code)).isEqualTo(Optional.empty());
        }
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Compiling.call(status, "of", 299));
        assertThat(e).hasMessageThat().isEqualTo("HTTP status code 299 is not in the status table");
    }

    @Test
    void lookupByCodeReturnsTheSameOptionalEachTime() throws Throwable {
        Class<?> status = type("HttpStatus");
        assertThat(Compiling.call(status, "find", 200)).isSameInstanceAs(Compiling.call(status, "find", 200));
    }

    @Test
    void lookupByReasonPhraseIgnoresCase() throws Throwable {
        Class<?> status = type("HttpStatus");
        Object teapot = Compiling.call(status, "of", 418);
        assertThat(Compiling.call(status, "findByReasonPhrase", "I'm a teapot")).isEqualTo(Optional.of(teapot));
        assertThat(Compiling.call(status, "findByReasonPhrase", "I'M A TEAPOT")).isEqualTo(Optional.of(teapot));
        assertThat(Compiling.call(status, "findByReasonPhrase", "not found"))
                .isEqualTo(Optional.of(Compiling.call(status, "of", 404)));
        assertThat(Compiling.call(status, "findByReasonPhrase", "Not Foun")).isEqualTo(Optional.empty());
    }

    @Test
    void statusClassesComeFromTheClassTable() throws Throwable {
        Class<?> statusClass = type("HttpStatusClass");
        assertThat(List.of(statusClass.getEnumConstants()).stream()
                        .map(Object::toString)
                        .toList())
                .containsExactly("INFORMATIONAL", "SUCCESSFUL", "REDIRECTION", "CLIENT_ERROR", "SERVER_ERROR")
                .inOrder();
        Object clientError = Compiling.call(statusClass, "of", 450);
        assertThat(clientError.toString()).isEqualTo("CLIENT_ERROR");
        assertThat(Compiling.call(clientError, "firstCode")).isEqualTo(400);
        assertThat(Compiling.call(clientError, "lastCode")).isEqualTo(499);
        assertThat(Compiling.call(clientError, "displayName")).isEqualTo("Client error responses");
        assertThat(Compiling.call(clientError, "description"))
                .isEqualTo("The request could not be completed because of a client request error.");
        assertThat(Compiling.call(statusClass, "of", 100).toString()).isEqualTo("INFORMATIONAL");
        assertThat(Compiling.call(statusClass, "of", 599).toString()).isEqualTo("SERVER_ERROR");
        assertThat(Compiling.call(statusClass, "find", 600)).isEqualTo(Optional.empty());
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> Compiling.call(statusClass, "of", 600));
        assertThat(e).hasMessageThat().isEqualTo("Invalid HTTP status code 600: it is in no status class (100-599)");
    }

    @Test
    void aCodeTheTableLacksIsANonStandardResponseOfItsClass() throws Throwable {
        Class<?> code = type("HttpStatusCode");
        Object unknown = Compiling.call(code, "valueOf", 299);
        assertThat(Compiling.call(unknown, "code")).isEqualTo(299);
        assertThat(Compiling.call(unknown, "isStandard")).isEqualTo(false);
        assertThat(Compiling.call(unknown, "statusClass").toString()).isEqualTo("SUCCESSFUL");
        assertThat(Compiling.call(unknown, "isSuccessful")).isEqualTo(true);
        assertThat(Compiling.call(unknown, "description"))
                .isEqualTo("A non-standard response, possibly custom to the server's software.");
        assertThat(unknown.toString()).isEqualTo("299 Non-Standard Response");
        assertThat(Compiling.call(code, "valueOf", 299)).isSameInstanceAs(unknown);
        assertThat(Compiling.call(code, "valueOf", 404))
                .isSameInstanceAs(Compiling.call(type("HttpStatus"), "of", 404));
        for (int invalid : new int[] {99, 600, 1000, -1, Integer.MIN_VALUE}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> Compiling.call(code, "valueOf", invalid));
            assertThat(e).hasMessageThat().contains("Invalid HTTP status code " + invalid);
        }
    }

    @Test
    void intConstantsAndClassifiers() throws Throwable {
        Class<?> codes = type("HttpStatusCodes");
        assertThat(codes.getField("NOT_FOUND").getInt(null)).isEqualTo(404);
        assertThat(codes.getField("IM_A_TEAPOT").getInt(null)).isEqualTo(418);
        assertThat(Compiling.call(codes, "isClientError", 404)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isClientError", 500)).isEqualTo(false);
        assertThat(Compiling.call(codes, "isServerError", 599)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isError", 404)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isError", 399)).isEqualTo(false);
        assertThat(Compiling.call(codes, "isError", 600)).isEqualTo(false);
        assertThat(Compiling.call(codes, "isRedirection", 301)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isStandard", 404)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isStandard", 299)).isEqualTo(false);
        assertThat(Compiling.call(codes, "isStandard", 509)).isEqualTo(false);
        assertThat(Compiling.call(codes, "isValid", 299)).isEqualTo(true);
        assertThat(Compiling.call(codes, "isValid", 99)).isEqualTo(false);
    }

    @Test
    void intConstantsWorkAsSwitchLabels() {
        Compilation user = Compiling.compile(
                Compiling.holder(""),
                com.google.testing.compile.JavaFileObjects.forSourceString(
                        "p.User",
                        String.join(
                                "\n",
                                "package p;",
                                "/** A user of the constants. */",
                                "final class User { /** None. */ private User() {}",
                                "  /**",
                                "   * Names a code's kind.",
                                "   *",
                                "   * @param code a code",
                                "   * @return its kind",
                                "   */",
                                "  static String kind(int code) {",
                                "    switch (code) {",
                                "      case HttpStatusCodes.OK: return \"ok\";",
                                "      case HttpStatusCodes.NOT_FOUND: return \"missing\";",
                                "      default: return HttpStatus.find(code).map(HttpStatus::reasonPhrase).orElse(\"other\");",
                                "    }",
                                "  }",
                                "}")));
        assertThat(user).succeededWithoutWarnings();
    }

    @Test
    void javadocLinesAreWrapped() {
        for (String path : List.of(
                "p/HttpStatus.java", "p/HttpStatusCodes.java", "p/HttpStatusClass.java", "p/HttpStatusCode.java")) {
            Compiling.source(compilation, path)
                    .lines()
                    .filter(l -> l.strip().startsWith("*"))
                    .forEach(line -> assertThat(line.length()).isAtMost(100));
        }
    }

    @Test
    void theGeneratedCodeCarriesGeneratedWithoutADate() {
        String source = Compiling.source(compilation, "p/HttpStatus.java");
        assertThat(source).contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")");
        assertThat(source).doesNotContainMatch("date\\s*=");
    }

    @Test
    void theMarkdownReferenceListsEveryCodeByClass() {
        String reference = Compiling.resource(compilation, "META-INF/statusgen/p/Http.md");
        assertThat(reference).contains("| 400 - 499 | `CLIENT_ERROR` | Client error responses |");
        assertThat(reference).contains("## 400 - 499: Client error responses");
        for (SeedTable.Row row : SeedTable.ROWS) {
            assertThat(reference).contains("| " + row.code() + " | ");
        }
        assertThat(reference)
                .contains("| 208 | Already Reported | `ALREADY_REPORTED` | webdav |  |"
                        + " [RFC 5842](<https://www.rfc-editor.org/rfc/rfc5842.html>) | Used inside a"
                        + " \\<dav:propstat\\> response element");
        assertThat(reference)
                .contains("| 509 | Bandwidth Limit Exceeded | `BANDWIDTH_LIMIT_EXCEEDED` | non-standard |");
    }

    @Test
    void theOutputIsByteIdenticalAcrossCompiles() {
        Compilation again = Compiling.compile(Compiling.holder(""));
        for (String path : List.of(
                "p/HttpStatus.java", "p/HttpStatusCodes.java", "p/HttpStatusClass.java", "p/HttpStatusCode.java")) {
            assertThat(Compiling.source(again, path)).isEqualTo(Compiling.source(compilation, path));
        }
        assertThat(Compiling.resource(again, "META-INF/statusgen/p/Http.md"))
                .isEqualTo(Compiling.resource(compilation, "META-INF/statusgen/p/Http.md"));
    }

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return classes.loadClass("p." + simpleName);
    }

    private static String name(Class<?> status, int code) throws Throwable {
        return ((Enum<?>) Compiling.call(status, "of", code)).name();
    }
}
