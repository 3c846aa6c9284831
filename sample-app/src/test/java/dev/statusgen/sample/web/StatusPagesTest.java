package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.statusgen.sample.web.SpecTable.SpecClass;
import dev.statusgen.sample.web.SpecTable.SpecCode;
import dev.statusgen.sample.web.SpecTable.SpecReference;
import dev.statusgen.sample.web.SpecTable.SpecTag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages as the server sends them, read as a browser parses them: the table, a page for each code, search
 * results and errors, with their titles, descriptions and canonical addresses.
 */
class StatusPagesTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String SITE = " \u00b7 HTTP status codes";
    private static final URI BASE_URL = URI.create("https://status.example.com/codes/");
    private static StatusServer server;
    private static StatusServer proxied;
    private static SpecTable spec;

    @BeforeAll
    static void start() throws IOException {
        server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0));
        proxied = StatusServer.start(new InetSocketAddress("127.0.0.1", 0), BASE_URL, null);
        spec = SpecTable.read();
    }

    @AfterAll
    static void stop() {
        server.close();
        proxied.close();
    }

    @Test
    void servesTheWholeTableInTheFirstResponse() throws Exception {
        Document page = page(server.uri(), 200);
        assertEquals("HTTP status codes", page.title());
        assertEquals(server.uri().toString(), canonical(page));
        assertTrue(description(page).startsWith("What each HTTP status code means: 84 codes in 5 classes"));
        List<Element> sections = page.select("#table > section");
        assertEquals(spec.classes().size(), sections.size());
        for (int i = 0; i < sections.size(); i++) {
            SpecClass statusClass = spec.classes().get(i);
            Element section = sections.get(i);
            assertEquals(
                    statusClass.range() + " " + statusClass.name(),
                    section.selectFirst("h2").text());
            assertEquals(
                    statusClass.description(), section.selectFirst("h2 + p").text());
            assertEquals(
                    spec.codes().stream()
                            .filter(c -> statusClass.contains(c.code()))
                            .map(c -> String.valueOf(c.code()))
                            .toList(),
                    section.select("tbody tr").eachAttr("id"),
                    statusClass.id());
        }
        for (SpecCode code : spec.codes()) {
            assertRow(code, page.getElementById(String.valueOf(code.code())));
        }
    }

    /** The tags of the vendor tables layered under the sample's table: their badges name the vendor. */
    private static final Set<String> VENDOR_TAGS = Set.of("nginx", "cloudflare", "aws-elb");

    private static void assertRow(SpecCode code, Element row) {
        String what = "the row of " + code.code();
        Element link = row.selectFirst(".code-cell a");
        assertAll(
                what,
                () -> assertEquals(String.valueOf(code.code()), link.text()),
                () -> assertEquals("./" + code.code(), link.attr("href"), "a link to its page"),
                () -> assertEquals(code.name(), row.selectFirst(".name").text()),
                () -> assertEquals(code.tags(), row.select(".badge").eachText()),
                () -> assertEquals(
                        code.tags().stream()
                                .map(tag -> (VENDOR_TAGS.contains(tag) ? "Vendor: " : "")
                                        + titles(List.of(tag)).get(0))
                                .toList(),
                        row.select(".badge").eachAttr("title"),
                        "a vendor's badge says so"),
                () -> assertEquals(
                        code.aliases().isEmpty()
                                ? List.of()
                                : List.of("Also known as " + String.join(", ", code.aliases())),
                        row.select(".aliases").eachText()),
                () -> assertEquals(
                        code.description(), row.selectFirst("td.description").ownText()),
                () -> assertEquals(
                        code.references().stream().map(SpecReference::label).toList(),
                        row.select(".references a, .references span").eachText()),
                () -> assertEquals(links(code), row.select(".references a").eachAttr("href")),
                () -> assertEquals(code.tags().contains("deprecated"), row.hasClass("deprecated"), "struck through"));
    }

    @Test
    void saysWhatEachTagMeansWhoDefinesItAndItsCodes() throws Exception {
        Document page = page(server.uri(), 200);
        List<Element> rows = page.select("#tags tbody tr");
        List<String> declared = spec.tags().stream().map(SpecTag::id).toList();
        for (Element row : rows) {
            String tag = row.attr("data-tag");
            assertEquals(tag, row.selectFirst(".badge").text());
            assertEquals(
                    titles(List.of(tag)).get(0),
                    row.selectFirst("td.description").text(),
                    tag);
            assertEquals("statusgen", row.selectFirst(".defined-by").text());
            assertEquals(
                    spec.codesTagged(tag).stream().map(String::valueOf).toList(),
                    row.select(".codes a").eachText(),
                    tag);
        }
        assertTrue(row(rows, "webdav").selectFirst(".defined-by").text().equals("statusgen"));
        assertTrue(rows.stream().map(r -> r.attr("data-tag")).toList().containsAll(declared));
    }

    @Test
    void theSearchBoxIsAFormThatTheServerAnswers() throws Exception {
        Document page = page(server.uri(), 200);
        Element form = page.selectFirst("form[role=search]");
        assertEquals("./search", form.attr("action"));
        assertEquals("", form.attr("method"), "GET");
        Element box = form.selectFirst("input[name=q]");
        assertEquals("100", box.attr("maxlength"));
        assertEquals("search", box.id());
        assertEquals(
                "Find a code by number or by name",
                page.selectFirst("label[for=search]").text());
        Element script = page.selectFirst("head script");
        assertEquals("./app.js", script.attr("src"));
        assertTrue(script.hasAttr("defer"), "the script blocks no rendering");
    }

    @Test
    void servesAPageForEveryListedCode() throws Exception {
        List<SpecCode> codes = spec.codes();
        for (int i = 0; i < codes.size(); i++) {
            SpecCode code = codes.get(i);
            Document page = page(server.uri().resolve("/" + code.code()), 200);
            String heading = code.code() + " " + code.name();
            String what = "the page of " + code.code();
            assertEquals(heading + SITE, page.title(), what);
            assertEquals(heading, page.selectFirst("h1").text(), what);
            assertEquals(code.description(), description(page), what);
            assertEquals(
                    code.description(), page.selectFirst("main > .description").text(), what);
            assertEquals(server.uri() + String.valueOf(code.code()), canonical(page), what);
            assertEquals(fact(page, "Class"), classFact(spec.classOf(code.code())), what);
            assertEquals(
                    code.aliases().isEmpty() ? "none" : String.join(", ", code.aliases()), fact(page, "Also known as"));
            assertEquals(code.standard() ? "yes" : "no", fact(page, "Standard"), what);
            assertEquals(code.tags(), page.select(".facts .tags .badge").eachText(), what);
            assertEquals(links(code), page.select(".facts .references a").eachAttr("href"), what);
            assertEquals(
                    i == 0 ? List.of() : List.of("./" + codes.get(i - 1).code()),
                    page.select("a[rel=prev]").eachAttr("href"),
                    what);
            assertEquals(
                    i == codes.size() - 1
                            ? List.of()
                            : List.of("./" + codes.get(i + 1).code()),
                    page.select("a[rel=next]").eachAttr("href"),
                    what);
            assertEquals("./#" + code.code(), page.selectFirst("a.all").attr("href"), "back to its row");
        }
    }

    @ParameterizedTest
    @CsvSource({"498, 497, 499", "299, 226, 300", "150, 103, 200", "599, 561, ''"})
    void servesTheNonStandardPageOfItsClassForACodeTheTableLacks(int code, int previous, String next) throws Exception {
        Document page = page(server.uri().resolve("/" + code), 200);
        SpecClass statusClass = spec.classOf(code);
        assertEquals(code + " Non-Standard Response" + SITE, page.title());
        assertEquals(code + " Non-Standard Response", page.selectFirst("h1").text());
        String meaning = "A non-standard response, possibly custom to the server's software.";
        assertEquals(meaning, description(page));
        assertEquals(meaning, page.selectFirst("main > .description").text());
        assertEquals(server.uri() + String.valueOf(code), canonical(page));
        assertEquals(classFact(statusClass), fact(page, "Class"));
        assertEquals("no", fact(page, "Standard"));
        assertEquals("none", fact(page, "Tags"));
        assertEquals("none", fact(page, "Defined in"));
        assertEquals(
                List.of("non-standard"), page.select("main > .badges .badge").eachText());
        assertEquals("./" + previous, page.selectFirst("a[rel=prev]").attr("href"));
        assertEquals(
                next.isEmpty() ? List.of() : List.of("./" + next),
                page.select("a[rel=next]").eachAttr("href"));
        assertEquals("./#" + statusClass.id(), page.selectFirst("a.all").attr("href"), "back to its class");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/099 | Invalid HTTP status code 99: it is in no status class (100-599)",
                "/600 | Invalid HTTP status code 600: it is in no status class (100-599)",
                "/000 | Invalid HTTP status code 0: it is in no status class (100-599)",
                "/999 | Invalid HTTP status code 999: it is in no status class (100-599)",
            })
    void answersACodeOfNoClassWithA404PageThatSaysSo(String path, String message) throws Exception {
        Document page = page(server.uri().resolve(path), 404);
        assertEquals("No such status code", page.selectFirst("h1").text());
        assertEquals(message, page.selectFirst(".message").text());
        assertHome(page, server.uri().resolve(path));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/1000          | No page at /1000: \"1000\" is not a status code: expected 3 digits, such as 404",
                "/abc           | No page at /abc: \"abc\" is not a status code: expected 3 digits, such as 404",
                "/4O4           | No page at /4O4: \"4O4\" is not a status code: expected 3 digits, such as 404",
                "/index.html    | No page at /index.html: \"index.html\" is not a status code: expected 3 digits, such as 404",
                "/healthz/      | No page at /healthz/: the table is at / and each 3-digit status code has a page, such as /404",
                "/404/          | No page at /404/: the table is at / and each 3-digit status code has a page, such as /404",
                "/a/b/c         | No page at /a/b/c: the table is at / and each 3-digit status code has a page, such as /404",
            })
    void answersAnyOtherPathWithA404PageThatSaysWhy(String path, String message) throws Exception {
        HttpResponse<byte[]> response = get(server.uri().resolve(path));
        Document page = page(server.uri().resolve(path), 404);
        assertEquals("Page not found" + SITE, page.title());
        assertEquals("Page not found", page.selectFirst("h1").text());
        assertEquals(message, page.selectFirst(".message").text());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("no-store", header(response, "Cache-Control"));
        assertHome(page, server.uri().resolve(path));
    }

    @Test
    void writesThePathOfAnErrorAsText() throws Exception {
        URI uri = server.uri().resolve("/%3Cscript%3Ealert(1)%22%3E");
        Document page = page(uri, 404);
        assertEquals(
                "No page at /<script>alert(1)\">: \"<script>alert(1)\">\" is not a status code: expected 3 digits,"
                        + " such as 404",
                page.selectFirst(".message").text());
        assertEquals(List.of(), page.select("body script"));
        assertTrue(text(uri).contains("&lt;script&gt;alert(1)&quot;&gt;"));
    }

    @ParameterizedTest
    @CsvSource({"POST, /", "PUT, /404", "DELETE, /299", "PATCH, /search", "OPTIONS, /style.css", "POST, /reference.md"})
    void answersOtherMethodsOnPagesWithA405Page(String method, String path) throws Exception {
        HttpResponse<byte[]> response = CLIENT.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .method(method, HttpRequest.BodyPublishers.ofString("x"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, response.statusCode());
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"));
        assertEquals("GET, HEAD", header(response, "Allow"));
        Document page = Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("Method not allowed", page.selectFirst("h1").text());
        assertEquals(
                "Method " + method + " is not allowed: use GET or HEAD",
                page.selectFirst(".message").text());
    }

    @Test
    void answersATooLongUriOnAPagePathWithA414Page() throws Exception {
        String path = "/" + "4".repeat(StatusServer.MAX_URI_LENGTH);
        Document page = page(server.uri().resolve(path), 414);
        assertEquals("URI too long", page.selectFirst("h1").text());
        assertEquals(
                "The URI is longer than 8192 characters",
                page.selectFirst(".message").text());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "not+found              | not found         | 404 Not Found",
                "NOT%20FOUND            | NOT FOUND         | 404 Not Found",
                "content+too+large      | content too large | 413 Request Entity Too Large",
                "found                  | found             | 302 Found, 404 Not Found",
                "40                     | 40                | 400 Bad Request, 401 Unauthorized, 402 Payment Required, "
                        + "403 Forbidden, 404 Not Found, 405 Method Not Allowed, 406 Not Acceptable, "
                        + "407 Proxy Authentication Required, 408 Request Timeout, 409 Conflict",
                "299                    | 299               | 299 Non-Standard Response",
                "%E5%90%8D              | 名                 | ''",
                "%3Cscript%3E           | <script>          | ''",
                "''                     | ''                | ''",
            })
    void answersTheSearchFormWithTheCodesFound(String rawQuery, String query, String found) throws Exception {
        URI uri = server.uri().resolve("/search?q=" + rawQuery);
        Document page = page(uri, 200);
        assertEquals((query.isBlank() ? "Search" : "Search: " + query.strip()) + SITE, page.title());
        assertEquals(query, page.selectFirst("input[name=q]").val(), "the box holds the query");
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        List<String> cards = page.select("article h2").eachText();
        assertEquals(found.isEmpty() ? List.of() : List.of(found.split(", ")), cards);
        if (found.isEmpty()) {
            assertEquals(List.of(), page.select("body script"));
            assertTrue(page.selectFirst(".message").text().contains(query.strip()) || query.isEmpty());
        } else {
            assertEquals(
                    cards.size() == 1 ? "1 code matches." : cards.size() + " codes match.",
                    page.selectFirst("[role=status]").text());
            assertEquals(
                    "./" + found.substring(0, 3),
                    page.selectFirst("article h2 a").attr("href"));
        }
    }

    @Test
    void saysWhyASearchFoundNothing() throws Exception {
        assertEquals(
                "No status code has \"teapots\" in its name or its aliases",
                page(server.uri().resolve("/search?q=teapots"), 200)
                        .selectFirst(".message")
                        .text());
        assertEquals(
                "Invalid HTTP status code 600: it is in no status class (100-599)",
                page(server.uri().resolve("/search?q=600"), 200)
                        .selectFirst(".message")
                        .text());
        assertEquals(
                "\"\" is neither a status code nor a name: type a code, such as 404, or a name, such as not found",
                page(server.uri().resolve("/search"), 200)
                        .selectFirst(".message")
                        .text());
    }

    @Test
    void refusesAQueryOverTheSearchBoxsLimit() throws Exception {
        assertEquals(
                200, get(server.uri().resolve("/search?q=" + "a".repeat(100))).statusCode());
        Document page = page(server.uri().resolve("/search?q=" + "a".repeat(101)), 400);
        assertEquals("Query too long", page.selectFirst("h1").text());
        assertEquals(
                "The query is longer than 100 characters: no status code has a name that long",
                page.selectFirst(".message").text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/404", "/299", "/search?q=found"})
    void tagsEachPageWithAnEtagAndAnswersAMatchWith304(String path) throws Exception {
        HttpResponse<byte[]> first = get(server.uri().resolve(path));
        String etag = header(first, "ETag");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""), etag);
        assertEquals("no-cache", header(first, "Cache-Control"));
        HttpResponse<byte[]> again = CLIENT.send(
                HttpRequest.newBuilder(server.uri().resolve(path))
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        assertEquals(0, again.body().length);
    }

    @Test
    void compressesPagesForClientsThatTakeGzip() throws Exception {
        HttpResponse<byte[]> plain = get(server.uri());
        HttpResponse<byte[]> compressed = CLIENT.send(
                HttpRequest.newBuilder(server.uri())
                        .header("Accept-Encoding", "br, gzip")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("gzip", header(compressed, "Content-Encoding"));
        assertEquals("Accept-Encoding", header(compressed, "Vary"));
        assertEquals("Accept-Encoding", header(plain, "Vary"));
        assertEquals("", header(plain, "Content-Encoding"));
        assertTrue(compressed.body().length < plain.body().length / 3, compressed.body().length + " bytes");
        assertArrayEquals(
                plain.body(), new GZIPInputStream(new ByteArrayInputStream(compressed.body())).readAllBytes());
        String etag = header(compressed, "ETag");
        assertNotEquals(header(plain, "ETag"), etag, "another representation, another tag");
        HttpResponse<byte[]> again = CLIENT.send(
                HttpRequest.newBuilder(server.uri())
                        .header("Accept-Encoding", "gzip")
                        .header("If-None-Match", etag)
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(304, again.statusCode());
        HttpResponse<byte[]> refused = CLIENT.send(
                HttpRequest.newBuilder(server.uri())
                        .header("Accept-Encoding", "gzip;q=0, *")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals("", header(refused, "Content-Encoding"));
        assertArrayEquals(plain.body(), refused.body());
    }

    @Test
    void namesTheBaseUrlAsEachPagesAddressWhateverTheHostHeader() throws Exception {
        assertEquals(BASE_URL.toString(), canonical(page(proxied.uri(), 200)));
        assertEquals(BASE_URL + "404", canonical(page(proxied.uri().resolve("/404"), 200)));
        assertEquals(BASE_URL + "299", canonical(page(proxied.uri().resolve("/299"), 200)));
        try (RawConnection connection = RawConnection.open(server.uri().getPort())) {
            RawConnection.Response response = connection
                    .send("GET /404 HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil.example\r\n\r\n")
                    .read(Duration.ofSeconds(5));
            assertEquals(200, response.status());
            assertEquals(server.uri() + "404", canonical(Jsoup.parse(response.text())));
        }
    }

    @Test
    void allowsTheSearchFormToSubmitToThisServerOnly() throws Exception {
        String policy = header(get(server.uri()), "Content-Security-Policy");
        assertTrue(policy.contains("form-action 'self'"), policy);
        assertTrue(policy.contains("default-src 'none'") && policy.contains("script-src 'self'"), policy);
    }

    /** The page has a link home, and its stylesheet, that lead to the site's root from where it is. */
    private static void assertHome(Document page, URI uri) {
        Element home = page.selectFirst("main a[href]");
        assertEquals("All status codes", home.text());
        assertEquals(server.uri(), uri.resolve(home.attr("href")));
        assertEquals(
                server.uri().resolve("/style.css"),
                uri.resolve(page.selectFirst("link[rel=stylesheet]").attr("href")));
    }

    private static String classFact(SpecClass statusClass) {
        return statusClass.name() + " (" + statusClass.range() + "): " + statusClass.description();
    }

    /** The text of the fact {@code term} of a code's page. */
    private static String fact(Document page, String term) {
        return page.select(".facts > div").stream()
                .filter(d -> d.selectFirst("dt").text().equals(term))
                .map(d -> d.selectFirst("dd").text())
                .findFirst()
                .orElseThrow(() -> new AssertionError("no fact " + term));
    }

    private static Element row(List<Element> rows, String tag) {
        return rows.stream()
                .filter(r -> r.attr("data-tag").equals(tag))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> titles(List<String> tags) {
        return tags.stream().map(spec::description).toList();
    }

    private static List<String> links(SpecCode code) {
        return code.references().stream()
                .filter(r -> r.url() != null)
                .map(SpecReference::url)
                .toList();
    }

    private static String canonical(Document page) {
        return page.selectFirst("link[rel=canonical]").attr("href");
    }

    private static String description(Document page) {
        return page.selectFirst("meta[name=description]").attr("content");
    }

    private static Document page(URI uri, int status) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(uri);
        assertEquals(status, response.statusCode(), uri::toString);
        assertEquals("text/html; charset=utf-8", header(response, "Content-Type"), uri::toString);
        return Jsoup.parse(new String(response.body(), StandardCharsets.UTF_8), uri.toString());
    }

    private static String text(URI uri) throws IOException, InterruptedException {
        return new String(get(uri).body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }
}
