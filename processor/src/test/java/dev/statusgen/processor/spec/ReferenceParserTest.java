package dev.statusgen.processor.spec;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.diag.Problem;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.Reference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Reference cell, in the IANA registry's notation: what links where, and what is an error, at which column. */
class ReferenceParserTest {
    private static final String RFC = "https://www.rfc-editor.org/rfc/rfc";
    private static final String NOT_HTTPS = " is not an https URL; a reference is an https URL or a bracketed"
            + " reference such as [RFC9110, Section 15.5.5]";

    @Test
    void anRfcWithASectionLinksToTheSection() {
        assertThat(valid("[RFC9110, Section 15.5.5]"))
                .containsExactly(new Reference("RFC 9110, Section 15.5.5", RFC + "9110.html#section-15.5.5"));
        assertThat(valid("[rfc 0793,section 3.4]"))
                .containsExactly(new Reference("RFC 793, Section 3.4", RFC + "793.html#section-3.4"));
    }

    @Test
    void anRfcWithoutASectionLinksToTheRfc() {
        assertThat(valid("[RFC2518]")).containsExactly(new Reference("RFC 2518", RFC + "2518.html"));
        assertThat(valid("[RFC7231, Appendix B]"))
                .containsExactly(new Reference("RFC 7231, Appendix B", RFC + "7231.html"));
    }

    @Test
    void anRfcWithANoteThatHoldsLineSeparatorsLinksToTheRfc() {
        assertThat(valid("[RFC7231, Appendix\u2028B]"))
                .containsExactly(new Reference("RFC 7231, Appendix\u2028B", RFC + "7231.html"));
        assertThat(valid("[RFC7231,\u2028<script>]"))
                .containsExactly(new Reference("RFC 7231, <script>", RFC + "7231.html"));
    }

    @Test
    void aDraftLinksToTheDatatracker() {
        assertThat(valid("[draft-ietf-httpbis-resumable-upload-05]"))
                .containsExactly(new Reference(
                        "draft-ietf-httpbis-resumable-upload-05",
                        "https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload-05/"));
        assertThat(valid("[Draft-IETF-X-01]"))
                .containsExactly(new Reference("draft-ietf-x-01", "https://datatracker.ietf.org/doc/draft-ietf-x-01/"));
    }

    @Test
    void otherBracketedTextIsPlainText() {
        assertThat(valid("[status-change-http-experiments-to-historic]"))
                .containsExactly(new Reference("status-change-http-experiments-to-historic", null));
        assertThat(valid("[ Apache HTTP Server; not in the IANA registry ]"))
                .containsExactly(new Reference("Apache HTTP Server; not in the IANA registry", null));
    }

    @Test
    void anHttpsUrlLinksToItself() {
        assertThat(valid("https://example.com/a?b=c#d"))
                .containsExactly(new Reference("https://example.com/a?b=c#d", "https://example.com/a?b=c#d"));
        assertThat(valid("[HTTPS://Example.com/]"))
                .containsExactly(new Reference("HTTPS://Example.com/", "HTTPS://Example.com/"));
    }

    @Test
    void referencesFollowOneAnother() {
        assertThat(valid("[RFC2774][status-change-http-experiments-to-historic]"))
                .containsExactly(
                        new Reference("RFC 2774", RFC + "2774.html"),
                        new Reference("status-change-http-experiments-to-historic", null))
                .inOrder();
        assertThat(valid("[RFC7232, Section 4.2], [RFC8144, Section 3.2]; https://example.com/x, "))
                .containsExactly(
                        new Reference("RFC 7232, Section 4.2", RFC + "7232.html#section-4.2"),
                        new Reference("RFC 8144, Section 3.2", RFC + "8144.html#section-3.2"),
                        new Reference("https://example.com/x", "https://example.com/x"))
                .inOrder();
        assertThat(valid("")).isEmpty();
    }

    @Test
    void urlsThatAreNotHttpsAreErrorsAtTheirColumn() {
        assertThat(problems("http://example.com/")).containsExactly("f.md:7:10: \"http://example.com/\"" + NOT_HTTPS);
        assertThat(problems("[javascript:alert(1)]")).containsExactly("f.md:7:10: \"javascript:alert(1)\"" + NOT_HTTPS);
        assertThat(problems("data:text/html,x")).containsExactly("f.md:7:10: \"data:text/html,x\"" + NOT_HTTPS);
        assertThat(problems("[RFC1] [/docs/204]")).containsExactly("f.md:7:17: \"/docs/204\"" + NOT_HTTPS);
        assertThat(problems("[#top]")).containsExactly("f.md:7:10: \"#top\"" + NOT_HTTPS);
        assertThat(problems("https://")).containsExactly("f.md:7:10: \"https://\"" + NOT_HTTPS);
    }

    @Test
    void wordsOutsideBracketsAreErrors() {
        assertThat(problems("x [] y"))
                .containsExactly(
                        "f.md:7:10: \"x\"" + NOT_HTTPS, "f.md:7:12: empty reference []", "f.md:7:15: \"y\"" + NOT_HTTPS)
                .inOrder();
    }

    @Test
    void anUnclosedBracketEndsTheCell() {
        assertThat(problems("[RFC1] [RFC9110, Section 1 https://x"))
                .containsExactly("f.md:7:17: reference \"[RFC9110, Section 1 https://x\" has no closing ]");
    }

    /** The references of a cell that has no error. */
    private static List<Reference> valid(String text) {
        Problems problems = new Problems();
        List<Reference> references = ReferenceParser.parse("f.md", 7, 10, text, problems);
        assertThat(problems.sorted()).isEmpty();
        return references;
    }

    /** The problems of the cell {@code text} at line 7, column 10 of f.md, as compilers print them. */
    private static List<String> problems(String text) {
        Problems problems = new Problems();
        ReferenceParser.parse("f.md", 7, 10, text, problems);
        return problems.sorted().stream().map(Problem::render).toList();
    }
}
