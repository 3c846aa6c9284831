package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.fixtures.standard.HttpStatus;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.DocProbe;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.SeedTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source text that {@code @HttpStatusTable final class Http {}} generates from the bundled standard table: its
 * javadoc as an IDE shows it, its shape, and the Markdown reference. {@link StandardTableTest} calls the generated
 * API; {@link EclipseCompilerTest} checks that Eclipse's compiler generates the very same files.
 */
class StandardSourceTest {
    private static final List<String> SOURCES = List.of(
            "p/HttpStatus.java",
            "p/HttpStatusCodes.java",
            "p/HttpStatusClass.java",
            "p/HttpStatusCode.java",
            "p/HttpStatusTag.java");
    private static final String REFERENCE = "META-INF/statusgen/p/Http.md";

    @TempDir
    static Path dir;

    private static FileCompilation compilation;
    private static DocProbe enumDocs;
    private static DocProbe codesDocs;

    @BeforeAll
    static void compile() {
        enumDocs = new DocProbe("p.HttpStatus");
        codesDocs = new DocProbe("p.HttpStatusCodes");
        compilation =
                Compiler.JAVAC.holder("").beside(enumDocs).beside(codesDocs).compile(dir);
    }

    @Test
    void compilesLintAndDoclintCleanUnderWerror() {
        Expect.clean(compilation);
    }

    @Test
    void generatesTheFiveTypesAndTheReference() {
        assertThat(compilation.generatedSources().keySet()).containsExactlyElementsIn(SOURCES);
        assertThat(compilation.generatedResources().keySet()).containsExactly(REFERENCE);
    }

    @Test
    void everySeedCodesJavadocGivesItsNameClassTagsAndDescription() {
        for (SeedTable.Row row : SeedTable.ROWS) {
            String name = HttpStatus.of(row.code()).name();
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
    }

    @Test
    void theJavadocOfAConstantLinksItsReference() {
        String link =
                "@see <a href=\"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\"> RFC 9110, Section 15.5.5</a>";
        assertThat(enumDocs.text("NOT_FOUND")).endsWith(link);
        assertThat(codesDocs.text("NOT_FOUND")).endsWith(link);
        assertThat(enumDocs.text("RETRY_WITH"))
                .contains("@see \"Microsoft Internet Information Services (IIS) extension; not in the IANA registry\"");
    }

    @Test
    void theJavadocOfAnAliasNamesItsConstant() {
        assertThat(enumDocs.text("CONTENT_TOO_LARGE"))
                .startsWith("<b>413 Content Too Large</b>: another name of {@link #REQUEST_ENTITY_TOO_LARGE}");
        assertThat(enumDocs.text("REQUEST_ENTITY_TOO_LARGE"))
                .contains("Also known as: {@link #CONTENT_TOO_LARGE Content Too Large}, {@link #PAYLOAD_TOO_LARGE"
                        + " Payload Too Large}.");
    }

    @Test
    void descriptionsAreHtmlEscapedInJavadoc() {
        assertThat(compilation.generatedSource("p/HttpStatus.java")).contains("Used inside a &lt;dav:propstat&gt;");
        assertThat(enumDocs.text("ALREADY_REPORTED")).contains("Used inside a <dav:propstat> response element");
    }

    @Test
    void deprecatedCodesSayWhyInJavadoc() {
        assertThat(enumDocs.raw("USE_PROXY")).contains("@deprecated The status table marks this code as deprecated.");
        assertThat(codesDocs.raw("USE_PROXY")).contains("@deprecated The status table marks this code as deprecated.");
        assertThat(enumDocs.raw("NOT_FOUND")).doesNotContain("@deprecated");
    }

    @Test
    void javadocLinesAreWrapped() {
        for (String path : SOURCES) {
            compilation
                    .generatedSource(path)
                    .lines()
                    .filter(l -> l.strip().startsWith("*"))
                    .forEach(line -> assertThat(line.length()).isAtMost(100));
        }
    }

    @Test
    void theGeneratedCodeCarriesGeneratedWithoutADate() {
        for (String path : SOURCES) {
            String source = compilation.generatedSource(path);
            assertThat(source).contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")");
            assertThat(source).doesNotContainMatch("date\\s*=");
        }
    }

    @Test
    void theMarkdownReferenceListsEveryCodeByClass() {
        String reference = compilation.generatedResource(REFERENCE);
        assertThat(reference).contains("| 400 - 499 | `CLIENT_ERROR` | Client error responses |");
        assertThat(reference).contains("## 400 - 499: Client error responses");
        for (SeedTable.Row row : SeedTable.ROWS) {
            assertThat(reference).contains("\n| " + row.code() + " | " + row.name() + " | ");
        }
        assertThat(reference)
                .contains("| 208 | Already Reported | `ALREADY_REPORTED` | webdav |  |"
                        + " [RFC 5842](<https://www.rfc-editor.org/rfc/rfc5842.html>) | Used inside a"
                        + " \\<dav:propstat\\> response element");
        assertThat(reference)
                .contains("| 413 | Request Entity Too Large | `REQUEST_ENTITY_TOO_LARGE` |  | Content Too Large"
                        + " (`CONTENT_TOO_LARGE`), Payload Too Large (`PAYLOAD_TOO_LARGE`) |");
        assertThat(reference)
                .contains("| 509 | Bandwidth Limit Exceeded | `BANDWIDTH_LIMIT_EXCEEDED` | non-standard |");
        assertThat(reference)
                .contains("| cacheable | `HttpStatusTag.CACHEABLE` | `isCacheable()` | Heuristically cacheable:");
    }

    @Test
    void theOutputIsByteIdenticalAcrossCompiles() {
        FileCompilation again = Compiler.JAVAC.holder("").compile(dir);
        assertThat(again.generatedSources()).containsExactlyEntriesIn(compilation.generatedSources());
        assertThat(again.generatedResources()).containsExactlyEntriesIn(compilation.generatedResources());
    }
}
