package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusgen.sample.view.ClassView;
import dev.statusgen.sample.view.ReferenceView;
import dev.statusgen.sample.view.StatusSearch;
import dev.statusgen.sample.view.StatusView;
import dev.statusgen.sample.view.TableView;
import dev.statusgen.sample.view.TagView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pages, rendered from views built of hostile text: the names and descriptions of the processor's hostile spec
 * fixture and markup that tries to leave a text or an attribute. Every page must have the same elements and
 * attributes as the same page rendered from plain text, and show the hostile text as text.
 */
class PagesTest {
    private static final Path HOSTILE =
            Path.of("..", "processor", "src", "test", "resources", "fixtures", "hostile.md");

    /** Markup that tries to end the element or the attribute that it is written in. */
    private static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "</title><script>alert(2)</script>",
            "\" onmouseover=\"alert(3)",
            "' autofocus onfocus='alert(4)",
            "\"><img src=x onerror=alert(5)>",
            "<!-- a comment -->",
            "</textarea></style></script>",
            "&lt;b&gt; &amp; &#60;",
            "<dav:propstat>",
            "a\u0000b\u2028c\u202ed");

    private static final Pattern ROW = Pattern.compile("^(\\d{3}) \\| (.*?) \\| (.*)$");
    private static final Pattern TAG = Pattern.compile("<(/?[a-z][a-z0-9]*)((?:\\s+[a-z-]+(?:=\"[^\"]*\")?)*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([a-z-]+)");
    private static final Pattern VALUE = Pattern.compile("=\"[^\"]*\"");

    private static List<String> hostile;

    @BeforeAll
    static void readHostileText() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(HOSTILE, StandardCharsets.UTF_8)) {
            Matcher row = ROW.matcher(line);
            if (row.matches()) {
                texts.add(row.group(2));
                texts.add(row.group(3));
            } else if (line.startsWith("100 - 199 |")) {
                texts.addAll(List.of(line.split(" \\| ")).subList(1, 3));
            }
        }
        assertTrue(texts.size() > 30, "the fixture's rows: " + texts.size());
        texts.addAll(PAYLOADS);
        hostile = List.copyOf(texts);
    }

    @Test
    void theTablePageHasTheSameMarkupWhateverTheText() {
        assertSameMarkup(f -> Pages.table(f.table(), f.payload(2)), "the table");
    }

    @Test
    void eachStatusPageHasTheSameMarkupWhateverTheText() {
        Fixture plain = Fixture.plain();
        Fixture bad = Fixture.hostile();
        for (int i = 0; i < bad.table.statuses().size(); i++) {
            StatusView hostileStatus = bad.table.statuses().get(i);
            String page = text(Pages.status(hostileStatus, bad.table, "https://example.com/<" + i));
            assertEquals(
                    markup(text(Pages.status(plain.table.statuses().get(i), plain.table, "https://example.com/"))),
                    markup(page),
                    "the page of " + hostileStatus.code());
            assertShowsAsText(page, hostileStatus.name());
            assertShowsAsText(page, hostileStatus.description());
        }
    }

    @Test
    void searchResultsAndTheirQueryHaveTheSameMarkupWhateverTheText() {
        assertSameMarkup(
                f -> Pages.search(
                        new StatusSearch.Result(f.payload(0), f.table().statuses(), null), f.table()),
                "search results");
        assertSameMarkup(
                f -> Pages.search(new StatusSearch.Result(f.payload(1), List.of(), f.payload(4)), f.table()),
                "a search that found nothing");
    }

    @Test
    void errorPagesHaveTheSameMarkupWhateverTheText() {
        assertSameMarkup(f -> Pages.error(f.payload(1), f.payload(0), "./"), "an error page");
    }

    @Test
    void showsTheVendorAsABadgeAndOnTheCodesPage() {
        TagView nginx = new TagView("nginx", "Sent by nginx, which logs it.", false);
        TagView cacheable = new TagView("cacheable", "Cacheable.", false);
        ClassView clientError = new ClassView("CLIENT_ERROR", "Client error responses", 400, 499, "Client errors.");
        StatusView status = new StatusView(
                499,
                "Client Closed Request",
                "The client closed the connection.",
                clientError,
                List.of(cacheable, nginx),
                List.of(),
                List.of(new ReferenceView("nginx", Optional.of("https://nginx.org/"))),
                false,
                Optional.of(nginx));
        TableView table = new TableView(List.of(clientError), List.of(status), List.of(cacheable, nginx));
        String page = text(Pages.status(status, table, "https://example.com/499"));
        assertTrue(
                page.contains("<p class=\"badges\"><span class=\"badge vendor\" data-tag=\"nginx\" title=\"Vendor: "
                        + "Sent by nginx, which logs it.\">nginx</span><span class=\"badge\" data-tag=\"cacheable\" "
                        + "title=\"Cacheable.\">cacheable</span><span class=\"badge\" data-tag=\"non-standard\">"
                        + "non-standard</span></p>"),
                page);
        assertTrue(
                page.contains("<div><dt>Vendor</dt><dd><span class=\"badge vendor\" data-tag=\"nginx\" "
                        + "title=\"Vendor: Sent by nginx, which logs it.\">nginx</span> Sent by nginx, which logs it."
                        + "</dd></div>"),
                page);
        String index = text(Pages.table(table, "https://example.com/"));
        assertTrue(index.contains("<span class=\"badge vendor\" data-tag=\"nginx\""), index);
    }

    @Test
    void linksOnlyHttpsReferences() {
        Fixture bad = Fixture.hostile();
        StatusView status = bad.table.statuses().get(0);
        String page = text(Pages.status(status, bad.table, "https://example.com/"));
        assertFalse(page.contains("href=\"javascript:"), page);
        assertTrue(page.contains(
                "<li><span>" + Html.escape(status.references().get(1).text()) + "</span></li>"));
        assertTrue(page.contains(
                "href=\"" + Html.escape(status.references().get(0).url().orElseThrow()) + "\""));
    }

    /** The page that {@code render} makes of the hostile fixture has the markup of the page of the plain one. */
    private static void assertSameMarkup(Function<Fixture, byte[]> render, String what) {
        String page = text(render.apply(Fixture.hostile()));
        assertEquals(markup(text(render.apply(Fixture.plain()))), markup(page), what);
        assertTrue(page.contains("&lt;script&gt;"), what + " shows the hostile text");
    }

    /**
     * The markup of a document: each tag, with the names of its attributes. What is left between the tags must
     * hold no {@code <} or {@code >}, so that no tag hides from the list.
     */
    private static List<String> markup(String document) {
        String body = document.substring("<!doctype html>\n".length());
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(body);
        int end = 0;
        while (tag.find()) {
            assertText(body.substring(end, tag.start()));
            Matcher attribute = ATTRIBUTE.matcher(VALUE.matcher(tag.group(2)).replaceAll(""));
            StringBuilder token = new StringBuilder(tag.group(1));
            while (attribute.find()) {
                token.append(' ').append(attribute.group(1));
            }
            tags.add(token.toString());
            end = tag.end();
        }
        assertText(body.substring(end));
        return tags;
    }

    private static void assertText(String text) {
        assertFalse(text.contains("<") || text.contains(">"), () -> "markup outside a tag: " + text);
    }

    /** The page shows {@code text} as it is, once its character references are read, but for control characters. */
    private static void assertShowsAsText(String page, String text) {
        String read = page.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        assertTrue(read.contains(text.replaceAll("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f]", "\uFFFD")), text);
    }

    private static String text(byte[] page) {
        return new String(page, StandardCharsets.UTF_8);
    }

    /**
     * A table of hostile text and the payloads, or of plain text in the same shape.
     *
     * @param payloads the texts for a page to show beside the table's
     */
    private record Fixture(TableView table, List<String> payloads) {
        static Fixture hostile() {
            Iterator<String> texts =
                    Stream.generate(() -> hostile).flatMap(List::stream).iterator();
            return new Fixture(table(texts::next, "https://example.com/\"><script>alert(6)</script>"), PAYLOADS);
        }

        /** Plain texts, each of its own, as ids are. */
        static Fixture plain() {
            AtomicInteger texts = new AtomicInteger();
            return new Fixture(
                    table(() -> "text" + texts.incrementAndGet(), "https://example.com/"),
                    PAYLOADS.stream().map(p -> "text").toList());
        }

        String payload(int i) {
            return payloads.get(i);
        }

        /** Two classes, two tags (one a vendor's) and a code for each two texts of the fixture. */
        private static TableView table(Supplier<String> text, String url) {
            List<ClassView> classes = List.of(
                    new ClassView(text.get(), text.get(), 100, 199, text.get()),
                    new ClassView(text.get(), text.get(), 200, 299, text.get()));
            TagView tag = new TagView(text.get(), text.get(), true);
            TagView vendor = new TagView(text.get(), text.get(), false);
            List<StatusView> statuses = new ArrayList<>();
            for (int i = 0; i < hostile.size() / 2; i++) {
                statuses.add(new StatusView(
                        100 + i * 7,
                        text.get(),
                        text.get(),
                        classes.get(i * 7 < 100 ? 0 : 1),
                        List.of(tag, vendor),
                        List.of(text.get(), text.get()),
                        List.of(
                                new ReferenceView(text.get(), Optional.of(url)),
                                new ReferenceView(text.get(), Optional.of("javascript:alert(7)")),
                                new ReferenceView(text.get(), Optional.empty())),
                        i % 2 == 0,
                        Optional.of(vendor)));
            }
            return new TableView(classes, statuses, List.of(tag, vendor));
        }
    }
}
