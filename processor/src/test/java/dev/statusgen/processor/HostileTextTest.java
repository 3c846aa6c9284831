package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Spec text is untrusted: it flows into javadoc, string literals and Markdown. Hostile but valid text must
 * give code that compiles lint- and doclint-clean, and show faithfully in all three.
 */
class HostileTextTest {
    private static final String LONG = "word ".repeat(1200).strip() + " end.";

    /** Code, name and description of each hostile row. */
    private static final Map<Integer, String[]> ROWS = new LinkedHashMap<>();

    static {
        row(100, "*/ Bad /* Name", "closes */ the comment and /* opens one");
        row(101, "Uni \\u002A/ escape", "\\u002A/ and \\u000a and \\\\u0041, which javac decodes in comments");
        row(102, "@deprecated", "@author at the start; {@link java.lang.String} and {@code x} and {@inheritDoc}");
        row(103, "<b>HTML</b> & \"quotes\" 'single'", "<script>alert(1)</script> &amp; &lt; <dav:propstat>");
        row(104, "C:\\path\\to", "back\\slash \\\\ \\\" and a trailing backslash\\");
        row(105, "$L $S $T $$ %s %n %%", "$N and %d and $1 are JavaPoet's and printf's");
        row(106, "Ünïcödé 名前 😀", "emoji 😀 and \u05e2\u05d1\u05e8\u05d9\u05ea and 日本語");
        row(107, "class", "a name that is a Java keyword");
        row(108, "3D Secure", "a name that starts with a digit");
        row(109, "!!!", "a name with no letter or digit");
        row(110, "Pipe \\| inside", "a pipe \\| in a cell, escaped as Markdown does");
        row(111, "Long", LONG);
        row(112, "Tab\tand\u0001control", "control\u0007characters\u0000inside");
        row(113, "By Code", "names that the generated code might use itself");
        row(114, "By Phrase", "a name like a generated field");
        row(115, "First Code", "a name like a generated field");
        row(116, "Find Results", "a name like a generated field");
    }

    private static Compilation compilation;
    private static DocProbe docs;
    private static ClassLoader classes;

    private static void row(int code, String name, String description) {
        ROWS.put(code, new String[] {name, description});
    }

    @BeforeAll
    static void compile(@TempDir Path dir) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "Status Code | Class | Description",
                "---|---|---",
                "100 - 199 | Cl*/ass <b> & {@code x} \\u002A/ | Class */ description with @param and \\",
                "900 - 999 | By Code | A class whose id the generated code might use itself.",
                "",
                "Status Code | Name | Description",
                "---|---|---"));
        ROWS.forEach((code, row) -> lines.add(code + " | " + row[0] + " | " + row[1]));
        Files.writeString(dir.resolve("hostile.md"), String.join("\n", lines));
        docs = new DocProbe("p.HttpStatus");
        compilation = javac().withProcessors(new StatusgenProcessor(), docs)
                .withOptions(List.of("-Xlint:all", "-Xdoclint:all", "-Werror", "-Astatusgen.specDir=" + dir))
                .compile(Compiling.holder("spec = \"hostile.md\""));
        classes = Compiling.classes(compilation);
    }

    @Test
    void compilesLintAndDoclintClean() {
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void constantNamesFollowTheNamingRule() throws Throwable {
        Map<Integer, String> expected = new LinkedHashMap<>();
        expected.put(100, "BAD_NAME");
        expected.put(101, "UNI_U002A_ESCAPE");
        expected.put(102, "DEPRECATED");
        expected.put(103, "B_HTML_B_QUOTES_SINGLE");
        expected.put(104, "C_PATH_TO");
        expected.put(105, "L_S_T_S_N");
        expected.put(106, "UNICODE");
        expected.put(107, "CLASS");
        expected.put(108, "STATUS_3D_SECURE");
        expected.put(109, "STATUS_109");
        expected.put(110, "PIPE_INSIDE");
        expected.put(111, "LONG");
        expected.put(112, "TAB_AND_CONTROL");
        expected.put(113, "BY_CODE");
        expected.put(116, "FIND_RESULTS");
        Class<?> status = classes.loadClass("p.HttpStatus");
        for (Map.Entry<Integer, String> e : expected.entrySet()) {
            assertThat(((Enum<?>) Compiling.call(status, "of", e.getKey())).name())
                    .isEqualTo(e.getValue());
        }
    }

    @Test
    void stringLiteralsHoldTheTextExactly() throws Throwable {
        Class<?> status = classes.loadClass("p.HttpStatus");
        for (Map.Entry<Integer, String[]> e : ROWS.entrySet()) {
            Object constant = Compiling.call(status, "of", e.getKey());
            assertThat(Compiling.call(constant, "reasonPhrase")).isEqualTo(unescapePipes(e.getValue()[0]));
            assertThat(Compiling.call(constant, "description")).isEqualTo(unescapePipes(e.getValue()[1]));
            assertThat(Compiling.call(status, "findByReasonPhrase", unescapePipes(e.getValue()[0])))
                    .isEqualTo(java.util.Optional.of(constant));
        }
        Object statusClass = Compiling.call(classes.loadClass("p.HttpStatusClass"), "of", 100);
        assertThat(Compiling.call(statusClass, "displayName")).isEqualTo("Cl*/ass <b> & {@code x} \\u002A/");
    }

    @Test
    void javadocShowsTheTextAsAReaderWouldSeeIt() throws Throwable {
        Class<?> status = classes.loadClass("p.HttpStatus");
        for (Map.Entry<Integer, String[]> e : ROWS.entrySet()) {
            String constant = ((Enum<?>) Compiling.call(status, "of", e.getKey())).name();
            String doc = docs.text(constant);
            assertThat(doc).contains(folded(e.getKey() + " " + unescapePipes(e.getValue()[0])));
            assertThat(doc).contains(folded(unescapePipes(e.getValue()[1])));
        }
    }

    @Test
    void javadocHasNoTagsCommentEndsOrUnicodeEscapesFromTheSpec() {
        String source = Compiling.source(compilation, "p/HttpStatus.java");
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
        for (String path : List.of(
                "p/HttpStatus.java", "p/HttpStatusCodes.java", "p/HttpStatusClass.java", "p/HttpStatusCode.java")) {
            assertThat(Compiling.source(compilation, path)
                            .chars()
                            .filter(c -> c >= 0x80)
                            .count())
                    .isEqualTo(0);
        }
    }

    @Test
    void longDescriptionsAreWrappedInJavadoc() {
        String source = Compiling.source(compilation, "p/HttpStatus.java");
        int longest = source.lines()
                .filter(l -> l.strip().startsWith("*"))
                .mapToInt(String::length)
                .max()
                .orElseThrow();
        assertThat(longest).isAtMost(100);
        assertThat(docs.text("LONG")).contains(LONG);
    }

    @Test
    void markdownReferenceEscapesTheText() {
        String reference = Compiling.resource(compilation, "META-INF/statusgen/p/Http.md");
        assertThat(reference)
                .contains("| 103 | \\<b\\>HTML\\</b\\> \\& \"quotes\" 'single' | `B_HTML_B_QUOTES_SINGLE` |"
                        + "  | \\<script\\>alert(1)\\</script\\> \\&amp; \\&lt; \\<dav:propstat\\> |");
        assertThat(reference).contains("| 110 | Pipe \\| inside |");
        assertThat(reference).contains("| 104 | C:\\\\path\\\\to |");
        assertThat(reference).contains("| 112 | Tab and control |");
        for (String line : reference.split("\n")) {
            if (line.matches("\\| \\d{3} \\|.*")) {
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count())
                        .isEqualTo(6);
            }
        }
    }

    private static String unescapePipes(String cell) {
        return cell.replace("\\|", "|");
    }

    private static String folded(String text) {
        return text.replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
    }
}
