package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.fixtures.hostile.HostileStatus;
import dev.statusgen.processor.fixtures.hostile.HostileStatusClass;
import dev.statusgen.processor.fixtures.hostile.HostileStatusCodes;
import dev.statusgen.processor.fixtures.hostile.HostileStatusTag;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.DocProbe;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import dev.statusgen.processor.testing.Resources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Spec text is untrusted: it flows into javadoc, string literals and Markdown. Hostile but valid text, the spec
 * {@code fixtures/hostile.md}, must give code that compiles lint- and doclint-clean, and show faithfully in all
 * three. The fixture {@code fixtures.hostile.Hostile} is compiled by the processor with these tests; the javadoc and
 * the Markdown are checked on a compile of the same spec.
 */
class HostileTextTest {
    private static final String SPEC = Resources.text("/fixtures/hostile.md");
    private static final String HOLDER = "spec = \"hostile.md\"";
    /** The code rows of the spec, read apart from the parser: code, then name and description as Markdown means them. */
    private static final Map<Integer, List<String>> ROWS = rows();

    @TempDir
    static Path dir;

    private static FileCompilation compilation;
    private static DocProbe docs;

    @BeforeAll
    static void compile() {
        docs = new DocProbe("p.HttpStatus");
        compilation = Compiler.JAVAC
                .holder(HOLDER)
                .spec("hostile.md", SPEC)
                .beside(docs)
                .compile(dir);
    }

    @ProcessorTest
    void compilesLintAndDoclintClean(Compiler compiler) {
        Expect.clean(compiler.compileHolder(dir, HOLDER, Map.of("hostile.md", SPEC)));
    }

    @ProcessorTest
    void referenceUrlsAreLinksThatDoclintReadsAsTheUrls(Compiler compiler) {
        String spec = String.join(
                "\n",
                "Status Code | Class | Description",
                "---|---|---",
                "100 - 199 | Informational | Interim responses.",
                "",
                "Status Code | Name | Reference | Description",
                "---|---|---|---",
                "100 | At | https://example.com/@user/@post#top | Two at signs and a fragment.",
                "101 | Accent | https://example.com/caf\u00e9/*/x?a=1&b=2#s\u00e9 | Accents, a comment end, an ampersand.");
        FileCompilation links = compiler.compileHolder(dir, "spec = \"links.md\"", Map.of("links.md", spec));

        Expect.clean(links);
        for (String source : List.of("p/HttpStatus.java", "p/HttpStatusCodes.java")) {
            assertThat(links.generatedSource(source)).contains("@see <a href=\"https://example.com/@user/@post#top\">");
            assertThat(links.generatedSource(source))
                    .contains("@see <a href=\"https://example.com/caf%C3%A9/%2A/x?a=1&amp;b=2#s%C3%A9\">");
        }
    }

    @Test
    void constantNamesFollowTheNamingRule() {
        Map<HostileStatus, Integer> codes = new LinkedHashMap<>();
        codes.put(HostileStatus.BAD_NAME, 100);
        codes.put(HostileStatus.UNI_U002A_ESCAPE, 101);
        codes.put(HostileStatus.DEPRECATED, 102);
        codes.put(HostileStatus.B_HTML_B_QUOTES_SINGLE, 103);
        codes.put(HostileStatus.C_PATH_TO, 104);
        codes.put(HostileStatus.L_S_T_S_N, 105);
        codes.put(HostileStatus.UNICODE, 106);
        codes.put(HostileStatus.CLASS, 107);
        codes.put(HostileStatus.STATUS_3D_SECURE, 108);
        codes.put(HostileStatus.STATUS_109, 109);
        codes.put(HostileStatus.PIPE_INSIDE, 110);
        codes.put(HostileStatus.LONG, 111);
        codes.put(HostileStatus.TAB_AND_CONTROL, 112);
        codes.put(HostileStatus.BY_CODE, 113);
        codes.put(HostileStatus.BY_PHRASE, 114);
        codes.put(HostileStatus.FIRST_CODE, 115);
        codes.put(HostileStatus.FIND_RESULTS, 116);
        codes.put(HostileStatus.LINE_SEP_PARA, 117);
        codes.put(HostileStatus.UNASSIGNED_POINT, 118);
        codes.forEach((status, code) ->
                assertWithMessage("%s", status).that(status.code()).isEqualTo(code));
        // Every row of the spec, and nothing else.
        assertThat(codes.values()).containsExactlyElementsIn(ROWS.keySet());
        assertThat(HostileStatus.values()).hasLength(ROWS.size());
    }

    @Test
    void stringLiteralsHoldTheTextExactly() {
        ROWS.forEach((code, row) -> {
            HostileStatus status = HostileStatus.of(code);
            assertWithMessage("the name of %s", code)
                    .that(status.reasonPhrase())
                    .isEqualTo(row.get(0));
            assertWithMessage("the description of %s", code)
                    .that(status.description())
                    .isEqualTo(row.get(1));
            assertWithMessage("the lookup of %s", code)
                    .that(HostileStatus.findByReasonPhrase(row.get(0)))
                    .hasValue(status);
        });
        assertThat(HostileStatusClass.of(100).displayName()).isEqualTo("Cl*/ass <b> & {@code x} \\u002A/");
        assertThat(HostileStatusClass.of(100).description()).isEqualTo("Class */ description with @param and \\");
    }

    @Test
    void namesLikeTheGeneratedMembersTakeNothingFromThem() throws NoSuchFieldException {
        assertThat(HostileStatusClass.BY_CODE.displayName()).isEqualTo("By Code");
        assertThat(HostileStatus.of(113)).isSameInstanceAs(HostileStatus.BY_CODE);
        assertThat(HostileStatus.BY_CODE.isByCode()).isFalse();
        assertThat(HostileStatusCodes.isByCode(950)).isTrue();
        assertThat(HostileStatus.find(116)).hasValue(HostileStatus.FIND_RESULTS);
        assertThat(HostileStatus.FIRST_CODE.statusClass().firstCode()).isEqualTo(100);
        // A name that reads as a javadoc tag is text: no tag, no annotation.
        assertThat(HostileStatus.DEPRECATED.isDeprecated()).isFalse();
        assertThat(HostileStatus.class.getField("DEPRECATED").isAnnotationPresent(Deprecated.class))
                .isFalse();
    }

    @Test
    void javadocShowsTheTextAsAReaderWouldSeeIt() {
        ROWS.forEach((code, row) -> {
            String doc = docs.text(HostileStatus.of(code).name());
            assertWithMessage("the javadoc of %s", code).that(doc).contains(asRead(code + " " + row.get(0)));
            assertWithMessage("the javadoc of %s", code).that(doc).contains(asRead(row.get(1)));
        });
    }

    @Test
    void aTagsDescriptionIsHeldExactly() {
        assertThat(HostileStatusTag.HOSTILE.description())
                .isEqualTo("*/ closes the comment; {@code x} and @param \\u002A/ <b>bold</b> &amp; $L %s \"quotes\"");
        assertThat(HostileStatusTag.HOSTILE.codes()).isEmpty();
        assertThat(HostileStatusTag.HOSTILE.builtIn()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"p/HttpStatus.java", "p/HttpStatusTag.java"})
    void javadocHasNoTagsCommentEndsOrUnicodeEscapesFromTheSpec(String file) {
        String source = compilation.generatedSource(file);
        String javadoc = String.join(
                "\n", source.lines().filter(l -> l.strip().startsWith("*")).toList());
        assertThat(javadoc).doesNotContain("{@link java");
        assertThat(javadoc).doesNotContain("@author");
        assertThat(javadoc).doesNotContain("\\u");
        assertThat(javadoc).doesNotContain("<script>");
        assertThat(javadoc.replace(" */", "")).doesNotContain("*/");
    }

    @Test
    void generatedSourcesArePlainAsciiWhateverTheBuildsEncoding() {
        compilation
                .generatedSources()
                .forEach((path, source) -> assertWithMessage("%s", path)
                        .that(source.chars().filter(c -> c >= 0x80).count())
                        .isEqualTo(0));
    }

    @Test
    void longDescriptionsAreWrappedInJavadoc() {
        String source = compilation.generatedSource("p/HttpStatus.java");
        int longest = source.lines()
                .filter(l -> l.strip().startsWith("*"))
                .mapToInt(String::length)
                .max()
                .orElseThrow();
        assertThat(longest).isAtMost(100);
        assertThat(docs.text("LONG")).contains(ROWS.get(111).get(1));
    }

    @Test
    void markdownReferenceEscapesTheText() {
        String reference = compilation.generatedResource("META-INF/statusgen/p/Http.md");
        assertThat(reference)
                .contains("| 103 | \\<b\\>HTML\\</b\\> \\& \"quotes\" 'single' | `B_HTML_B_QUOTES_SINGLE` |"
                        + "  | \\<script\\>alert(1)\\</script\\> \\&amp; \\&lt; \\<dav:propstat\\> |");
        assertThat(reference).contains("| 110 | Pipe \\| inside |");
        assertThat(reference).contains("| 104 | C:\\\\path\\\\to |");
        assertThat(reference).contains("| 112 | Tab and control |");
        int codeRows = 0;
        for (String line : reference.split("\n")) {
            if (line.matches("(?s)\\| \\d{3} \\|.*")) {
                codeRows++;
                assertWithMessage("the cells of %s", line)
                        .that(line.replace("\\|", "")
                                .chars()
                                .filter(c -> c == '|')
                                .count())
                        .isEqualTo(6);
            }
        }
        assertThat(codeRows).isEqualTo(ROWS.size());
    }

    /**
     * The code rows of the spec: each cell trimmed, with {@code \|} read as a pipe, as Markdown tables mean them.
     * Lines end at LF only: U+2028 inside a cell is text.
     */
    private static Map<Integer, List<String>> rows() {
        Map<Integer, List<String>> rows = new LinkedHashMap<>();
        Matcher m = Pattern.compile("(?md)^(\\d{3}) \\| (.*?) \\| (.*)$").matcher(SPEC);
        while (m.find()) {
            List<String> cells = new ArrayList<>();
            for (int group = 2; group <= 3; group++) {
                cells.add(m.group(group).replace("\\|", "|").strip());
            }
            rows.put(Integer.parseInt(m.group(1)), cells);
        }
        return rows;
    }

    /** {@code text} as a reader of the javadoc sees it, with runs of white space as one space. */
    private static String asRead(String text) {
        return DocProbe.asRead(text).replaceAll("\\s+", " ").strip();
    }
}
