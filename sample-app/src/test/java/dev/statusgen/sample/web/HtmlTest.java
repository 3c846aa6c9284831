package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Writing HTML: text and attribute values escaped, markup only from the names that the pages give. */
class HtmlTest {
    @Test
    void escapesWhatCouldEndOrOpenAnElementOrAnAttribute() {
        assertEquals(
                "&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &quot;a&quot; &#39;b&#39;",
                Html.escape("<script>alert(1)</script> &amp; \"a\" 'b'"));
    }

    @Test
    void keepsOtherTextAsItIs() {
        String text = "Ünïcödé 名前 😀 \u202e \u2028 tab\tand\nnewline = / ` $L %s \\";
        assertEquals(text, Html.escape(text));
    }

    @Test
    void replacesControlCharactersThatNoDocumentMayHold() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFD", Html.escape("a\u0000b\u0007c\u001fd\u0085"));
    }

    @Test
    void writesElementsWithEscapedAttributesAndLeavesOutNullOnes() {
        Html html = new Html()
                .open("p", "class", "a\"b", "title", null, "data-x", "<&>")
                .text("1 < 2")
                .close("p")
                .element("a", "x", "href", "https://example.com/?a=1&b=2");
        assertEquals(
                "<!doctype html>\n<p class=\"a&quot;b\" data-x=\"&lt;&amp;&gt;\">1 &lt; 2</p>"
                        + "<a href=\"https://example.com/?a=1&amp;b=2\">x</a>",
                html.toString());
    }
}
