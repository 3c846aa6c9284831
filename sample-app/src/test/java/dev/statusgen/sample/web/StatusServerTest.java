package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusgen.sample.web.SpecTable.SpecClass;
import dev.statusgen.sample.web.SpecTable.SpecCode;
import dev.statusgen.sample.web.SpecTable.SpecReference;
import dev.statusgen.sample.web.SpecTable.SpecTag;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's routes, errors and headers, through {@link HttpClient} against a server on an ephemeral port. */
class StatusServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String[] STATIC_PATHS = {
        "/", "/404", "/299", "/app.js", "/style.css", "/reference.md", "/api/statuses", "/api/classes", "/api/tags"
    };
    private static StatusServer server;
    private static SpecTable spec;

    @BeforeAll
    static void start() throws IOException {
        server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0));
        spec = SpecTable.read();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listensOnLoopbackAtAnEphemeralPort() {
        URI uri = server.uri();
        assertEquals("127.0.0.1", uri.getHost());
        assertTrue(uri.getPort() > 0);
        assertEquals("/", uri.getPath());
    }

    @Test
    void writesAnIpv6AddressInBrackets() throws Exception {
        InetSocketAddress ipv6Loopback = new InetSocketAddress(InetAddress.getByName("::1"), 0);
        StatusServer ipv6;
        try {
            ipv6 = StatusServer.start(ipv6Loopback);
        } catch (SocketException e) {
            Assumptions.abort("no IPv6 loopback here: " + e);
            return;
        }
        try (ipv6) {
            assertTrue(ipv6.uri().toString().matches("http://\\[0:0:0:0:0:0:0:1\\]:[0-9]+/"), ipv6.uri()::toString);
            HttpResponse<String> health = CLIENT.send(
                    HttpRequest.newBuilder(ipv6.uri().resolve("/healthz")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "/, text/html; charset=utf-8",
        "/404, text/html; charset=utf-8",
        "/299, text/html; charset=utf-8",
        "/search?q=found, text/html; charset=utf-8",
        "/app.js, text/javascript; charset=utf-8",
        "/style.css, text/css; charset=utf-8",
        "/reference.md, text/markdown; charset=utf-8",
        "/api/statuses, application/json; charset=utf-8",
        "/api/classes, application/json; charset=utf-8",
        "/api/tags, application/json; charset=utf-8",
        "/api/status/404, application/json; charset=utf-8",
    })
    void answersEachRouteWithItsContentTypeAndAStrongEtag(String path, String contentType) throws Exception {
        HttpResponse<byte[]> response = get(path);
        assertEquals(200, response.statusCode());
        assertEquals(contentType, header(response, "Content-Type"));
        assertTrue(header(response, "ETag").matches("\"[0-9a-f]{32}\""), header(response, "ETag"));
        assertEquals("nosniff", header(response, "X-Content-Type-Options"));
        assertTrue(response.body().length > 0);
    }

    @Test
    void answersTheHealthCheckWithOkAndNoCaching() throws Exception {
        HttpResponse<byte[]> response = get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=utf-8", header(response, "Content-Type"));
        assertEquals("{\"status\":\"ok\"}", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("no-store", header(response, "Cache-Control"));
        assertEquals("", header(response, "ETag"), "nothing for a cache to revalidate");
        HttpResponse<byte[]> head = send(request("/healthz").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals(String.valueOf(response.body().length), header(head, "Content-Length"));
        assertEquals(0, head.body().length);
        assertError(
                send(request("/healthz").POST(HttpRequest.BodyPublishers.noBody())),
                405,
                "Method POST is not allowed: use GET or HEAD");
    }

    @Test
    void servesSelfContainedPagesWhoseScriptOnlySearches() throws Exception {
        String script = text("/app.js");
        String style = text("/style.css");
        for (String path : List.of("/", "/404", "/search?q=found", "/nope")) {
            Document page = Jsoup.parse(text(path));
            for (Element resource : page.select("script[src], link[href]:not([rel=canonical])")) {
                String address = resource.hasAttr("src") ? resource.attr("src") : resource.attr("href");
                assertTrue(
                        address.startsWith("./") || address.equals("data:,"),
                        path + " loads " + address + ": nothing from outside");
            }
            assertEquals(List.of(), page.select("img, iframe, object, embed, style, [style]"), path);
            assertEquals(List.of(), page.select("script:not([src])"), path + ": no inline script");
        }
        assertFalse(style.contains("url(") || style.contains("@import"), "the style loads nothing");
        assertAll(
                () -> assertTrue(script.contains("'api/status/'"), "asks the API about codes the table lacks"),
                () -> assertFalse(script.contains("Not Found"), "no second copy of the table"),
                () -> assertFalse(script.contains("http://") || script.contains("https://"), "nothing from outside"));
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(")) {
            assertFalse(script.contains(sink), "data goes into the page as text, never through " + sink);
        }
    }

    @Test
    void servesTheGeneratedMarkdownReference() throws Exception {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/statusgen/dev/statusgen/sample/Http.md")) {
            byte[] reference = in.readAllBytes();
            assertArrayEquals(reference, get("/reference.md").body());
        }
        assertTrue(text("/reference.md").startsWith("# HTTP status codes"));
    }

    @Test
    void answersEveryCodeOfTheSpecAsTheSpecSays() throws Exception {
        assertEquals(84, spec.codes().size(), "the standard table's 65 codes and the vendor tables' 19");
        for (SpecCode code : spec.codes()) {
            HttpResponse<byte[]> response = get("/api/status/" + code.code());
            assertEquals(200, response.statusCode(), "status of " + code.code());
            assertStatus(code, JSON.readTree(response.body()));
        }
    }

    @Test
    void listsEveryStatusOfTheSpecInOrder() throws Exception {
        JsonNode statuses = json("/api/statuses");
        assertEquals(spec.codes().size(), statuses.size());
        for (int i = 0; i < statuses.size(); i++) {
            assertStatus(spec.codes().get(i), statuses.get(i));
        }
    }

    @Test
    void listsTheClassesOfTheSpec() throws Exception {
        JsonNode classes = json("/api/classes");
        assertEquals(5, spec.classes().size(), "the standard table has 5 classes");
        assertEquals(spec.classes().size(), classes.size());
        for (int i = 0; i < classes.size(); i++) {
            SpecClass expected = spec.classes().get(i);
            JsonNode actual = classes.get(i);
            assertEquals(expected.id(), actual.get("id").asText());
            assertEquals(expected.name(), actual.get("name").asText());
            assertEquals(expected.range(), actual.get("range").asText());
            assertEquals(expected.description(), actual.get("description").asText());
        }
    }

    @ParameterizedTest
    @CsvSource({"299, SUCCESSFUL", "150, INFORMATIONAL", "399, REDIRECTION", "498, CLIENT_ERROR", "599, SERVER_ERROR"})
    void answersACodeTheTableLacksAsNonStandardOfItsClass(int code, String classId) throws Exception {
        HttpResponse<byte[]> response = get("/api/status/" + code);
        assertEquals(200, response.statusCode());
        JsonNode status = JSON.readTree(response.body());
        SpecClass statusClass = spec.classOf(code);
        assertEquals(code, status.get("code").asInt());
        assertEquals("Non-Standard Response", status.get("name").asText());
        assertEquals(
                "A non-standard response, possibly custom to the server's software.",
                status.get("description").asText());
        assertEquals(classId, status.get("class").get("id").asText());
        assertEquals(statusClass.name(), status.get("class").get("name").asText());
        assertEquals(statusClass.range(), status.get("class").get("range").asText());
        assertTrue(status.get("tags").isArray() && status.get("tags").isEmpty());
        assertTrue(status.get("aliases").isArray() && status.get("aliases").isEmpty());
        assertTrue(
                status.get("references").isArray() && status.get("references").isEmpty());
        assertFalse(status.get("standard").asBoolean());
    }

    @Test
    void answersAliasesAndReferencesAsTheSpecHasThem() throws Exception {
        assertEquals(
                JSON.readTree("[\"Content Too Large\", \"Payload Too Large\"]"),
                json("/api/status/413").get("aliases"));
        assertEquals(
                JSON.readTree("[{\"label\": \"RFC 9110, Section 15.5.5\","
                        + " \"url\": \"https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5\"}]"),
                json("/api/status/404").get("references"));
        assertEquals(
                JSON.readTree("[{\"label\": \"RFC 2774\", \"url\": \"https://www.rfc-editor.org/rfc/rfc2774.html\"},"
                        + " {\"label\": \"status-change-http-experiments-to-historic\", \"url\": null}]"),
                json("/api/status/510").get("references"),
                "a reference without a link is plain text: its url is null");
    }

    @Test
    void listsTheTagsThatCodesCarryAndThoseTheSpecDeclares() throws Exception {
        JsonNode tags = json("/api/tags");
        List<String> ids = new ArrayList<>();
        tags.forEach(tag -> ids.add(tag.get("id").asText()));
        List<String> declared = spec.tags().stream().map(SpecTag::id).toList();
        Set<String> expected = new HashSet<>(declared);
        spec.codes().forEach(code -> expected.addAll(code.tags()));
        assertEquals(expected, Set.copyOf(ids), "every tag that a code carries, and every declared one");
        assertEquals(expected.size(), ids.size(), "each once");
        assertEquals(declared, ids.subList(ids.size() - declared.size(), ids.size()), "the declared ones last");
        for (JsonNode tag : tags) {
            String id = tag.get("id").asText();
            List<Integer> codes = new ArrayList<>();
            tag.get("codes").forEach(code -> codes.add(code.asInt()));
            assertEquals(spec.codesTagged(id), codes, id);
            assertEquals(spec.description(id), tag.get("description").asText(), id);
            assertTrue(
                    tag.get("builtIn").asBoolean(), id + ": statusgen's own, built in or declared by a bundled table");
            assertEquals(4, tag.size(), id + ": exactly id, description, builtIn, codes");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "99   | Invalid HTTP status code 99: it is in no status class (100-599)",
                "600  | Invalid HTTP status code 600: it is in no status class (100-599)",
                "0    | Invalid HTTP status code 0: it is in no status class (100-599)",
                "1000 | \"1000\" is not a status code: expected 3 digits, such as 404",
                "abc  | \"abc\" is not a status code: expected 3 digits, such as 404",
                "-1   | \"-1\" is not a status code: expected 3 digits, such as 404",
                "4o4  | \"4o4\" is not a status code: expected 3 digits, such as 404",
            })
    void refusesAnInvalidCodeWith400(String code, String message) throws Exception {
        assertError(get("/api/status/" + code), 400, message);
    }

    @Test
    void refusesAnEmptyCodeWith400() throws Exception {
        assertError(get("/api/status/"), 400, "\"\" is not a status code: expected 3 digits, such as 404");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api", "/api/nope", "/api/status", "/api/statuses/", "/api/status/404/x", "/api/404"})
    void answersAnUnknownPathOfTheApiWithJson404(String path) throws Exception {
        assertError(get(path), 404, "No such resource: " + path);
    }

    @ParameterizedTest
    @CsvSource({
        "PUT, /api/statuses",
        "DELETE, /api/status/404",
        "PATCH, /api/classes",
        "PUT, /api/tags",
        "POST, /api/status/abc",
    })
    void answersOtherMethodsOfTheApiWith405(String method, String path) throws Exception {
        HttpResponse<byte[]> response = send(request(path).method(method, HttpRequest.BodyPublishers.ofString("x")));
        assertError(response, 405, "Method " + method + " is not allowed: use GET or HEAD");
        assertEquals("GET, HEAD", header(response, "Allow"));
    }

    @Test
    void answersHeadWithTheHeadersOfGetAndNoBody() throws Exception {
        for (String path : STATIC_PATHS) {
            HttpResponse<byte[]> get = get(path);
            HttpResponse<byte[]> head = send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertEquals(200, head.statusCode(), path);
            assertEquals(header(get, "ETag"), header(head, "ETag"), path);
            assertEquals(header(get, "Content-Type"), header(head, "Content-Type"), path);
            assertEquals(String.valueOf(get.body().length), header(head, "Content-Length"), path);
            assertEquals(0, head.body().length, path);
        }
    }

    @Test
    void answersAMatchingIfNoneMatchWith304() throws Exception {
        for (String path : STATIC_PATHS) {
            String etag = header(get(path), "ETag");
            for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"other\", " + etag, "*")) {
                HttpResponse<byte[]> response = send(request(path).header("If-None-Match", ifNoneMatch));
                assertEquals(304, response.statusCode(), path + " with " + ifNoneMatch);
                assertEquals(etag, header(response, "ETag"));
                assertEquals(0, response.body().length);
            }
            HttpResponse<byte[]> changed = send(request(path).header("If-None-Match", "\"other\""));
            assertEquals(200, changed.statusCode(), path);
            assertTrue(changed.body().length > 0);
        }
    }

    @Test
    void refusesAUriOver8KbWith414() throws Exception {
        String prefix = "/api/status/";
        String atLimit = prefix + "4".repeat(StatusServer.MAX_URI_LENGTH - prefix.length());
        assertEquals(400, get(atLimit).statusCode(), "a URI of 8 KB is read");
        assertError(get(atLimit + "4"), 414, "The URI is longer than 8192 characters");
    }

    @Test
    void ignoresTheQueryString() throws Exception {
        assertEquals(418, json("/api/status/418?format=json").get("code").asInt());
    }

    private static void assertStatus(SpecCode expected, JsonNode actual) {
        SpecClass statusClass = spec.classOf(expected.code());
        List<String> tags = new ArrayList<>();
        actual.get("tags").forEach(tag -> tags.add(tag.asText()));
        List<String> aliases = new ArrayList<>();
        actual.get("aliases").forEach(alias -> aliases.add(alias.asText()));
        List<SpecReference> references = new ArrayList<>();
        actual.get("references")
                .forEach(r -> references.add(new SpecReference(
                        r.get("label").asText(),
                        r.get("url").isNull() ? null : r.get("url").asText())));
        String code = "code " + expected.code();
        assertAll(
                code,
                () -> assertEquals(expected.code(), actual.get("code").asInt(), code),
                () -> assertEquals(expected.name(), actual.get("name").asText(), code),
                () -> assertEquals(
                        expected.description(), actual.get("description").asText(), code),
                () -> assertEquals(
                        statusClass.id(), actual.get("class").get("id").asText(), code),
                () -> assertEquals(
                        statusClass.name(), actual.get("class").get("name").asText(), code),
                () -> assertEquals(
                        statusClass.range(), actual.get("class").get("range").asText(), code),
                () -> assertEquals(expected.tags(), tags, code),
                () -> assertEquals(expected.aliases(), aliases, code),
                () -> assertEquals(expected.references(), references, code),
                () -> assertEquals(expected.standard(), actual.get("standard").asBoolean(), code),
                () -> assertEquals(
                        8,
                        actual.size(),
                        code + ": exactly code, name, aliases, description, class, tags, references, standard"));
    }

    private static void assertError(HttpResponse<byte[]> response, int status, String message) throws IOException {
        assertEquals(status, response.statusCode());
        assertEquals("application/json; charset=utf-8", header(response, "Content-Type"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(message, body.get("error").asText());
        assertEquals(1, body.size());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    private static String text(String path) throws IOException, InterruptedException {
        return new String(get(path).body(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        assertEquals(200, response.statusCode(), path);
        return JSON.readTree(response.body());
    }
}
