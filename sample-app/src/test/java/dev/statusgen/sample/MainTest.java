package dev.statusgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusgen.sample.web.StatusServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The sample CLI, as a user runs it. */
class MainTest {
    /** The project's source document, which the standard table comes from. */
    private static final Path SEED =
            Path.of("..", "processor", "src", "test", "resources", "seed", "http-status-table.txt");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = Main.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void looksCodesUp() {
        assertEquals(0, run("404", "418", "299"));
        assertEquals(
                String.join(
                        System.lineSeparator(),
                        "404 Not Found",
                        "  Class:       Client error responses (400 - 499)",
                        "  Tags:        cacheable",
                        "  Aliases:     none",
                        "  References:  RFC 9110, Section 15.5.5 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5>",
                        "  Standard:    yes",
                        "  Description: The server can not find the requested resource. In the browser, this means the URL is not"
                                + " recognized. In an API, this can also mean that the endpoint is valid but the resource itself does not"
                                + " exist. Servers may also send this response instead of 403 Forbidden to hide the existence of a"
                                + " resource from an unauthorized client. This response code is probably the most well known due to its"
                                + " frequent occurrence on the web.",
                        "418 I'm a teapot",
                        "  Class:       Client error responses (400 - 499)",
                        "  Tags:        none",
                        "  Aliases:     none",
                        "  References:  RFC 9110, Section 15.5.19 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.19>",
                        "  Standard:    yes",
                        "  Description: The server refuses the attempt to brew coffee with a teapot.",
                        "299 Non-Standard Response",
                        "  Class:       Successful responses (200 - 299)",
                        "  Tags:        none",
                        "  Aliases:     none",
                        "  References:  none",
                        "  Standard:    no",
                        "  Description: A non-standard response, possibly custom to the server's software.",
                        ""),
                out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void showsTheAliasesAndReferencesOfARenamedCode() {
        assertEquals(0, run("413"));
        List<String> lines = out.toString().lines().toList();
        assertEquals("413 Request Entity Too Large", lines.get(0));
        assertEquals("  Aliases:     Content Too Large, Payload Too Large", lines.get(3));
        assertEquals(
                "  References:  RFC 9110, Section 15.5.14 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.14>",
                lines.get(4));
    }

    @Test
    void answersEverySeedCodeAsTheSeedSays() throws IOException {
        Matcher row = Pattern.compile("(?m)^(\\d{3}) \\| ([^|]+) \\| (.*) \\|$")
                .matcher(Files.readString(SEED, StandardCharsets.UTF_8));
        int rows = 0;
        while (row.find()) {
            rows++;
            out.getBuffer().setLength(0);
            assertEquals(0, run(row.group(1)));
            String text = out.toString();
            assertTrue(text.startsWith(row.group(1) + " " + row.group(2) + System.lineSeparator()), text);
            String description = row.group(3).replaceFirst("^(WebDAV ?|Experimental)", "");
            assertTrue(text.contains("  Description: " + description + System.lineSeparator()), text);
            assertTrue(
                    text.contains("  Standard:    " + (List.of("449", "509").contains(row.group(1)) ? "no" : "yes")));
            if (row.group(3).startsWith("WebDAV")) {
                assertTrue(text.matches("(?s).*  Tags:        [a-z, -]*\\bwebdav\\b.*"), text);
            }
        }
        assertEquals(65, rows);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "4O4", "1000", "99", "-1", "", "0", "600", "4.0"})
    void invalidInputGivesOneLineOnStderrAndAFailingExit(String input) {
        assertEquals(1, run(input));
        assertEquals("", out.toString());
        String message = err.toString();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.startsWith("statusgen-sample: "), message);
        assertTrue(message.contains(input.isEmpty() ? "\"\"" : input), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
    }

    @Test
    void validCodesArePrintedEvenWhenOthersAreInvalid() {
        assertEquals(1, run("200", "4O4", "1000"));
        assertTrue(out.toString().startsWith("200 OK"));
        assertEquals(
                "statusgen-sample: No status code has \"4O4\" in its name or its aliases" + System.lineSeparator()
                        + "statusgen-sample: \"1000\" is not a status code: expected 3 digits, such as 404"
                        + System.lineSeparator(),
                err.toString());
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"not found, 404", "Not Found, 404", "content too large, 413", "PAYLOAD TOO LARGE, 413", "teapot, 418"})
    void looksACodeUpByNameOrAliasWhateverTheCase(String name, String code) {
        assertEquals(0, run(code));
        String byCode = out.toString();
        out.getBuffer().setLength(0);
        assertEquals(0, run(name));
        assertEquals(byCode, out.toString());
        assertEquals("", err.toString());
    }

    @Test
    void listsEveryCodeThatANameFinds() {
        assertEquals(0, run("found"));
        List<String> names =
                out.toString().lines().filter(line -> !line.startsWith(" ")).toList();
        assertEquals(List.of("302 Found", "404 Not Found"), names);
    }

    @Test
    void aNameThatFindsNothingFailsWithAMessage() {
        assertEquals(1, run("teapots"));
        assertEquals("", out.toString());
        assertEquals(
                "statusgen-sample: No status code has \"teapots\" in its name or its aliases" + System.lineSeparator(),
                err.toString());
    }

    @Test
    void printsJsonAsTheApiAnswersInTheOrderOfTheArguments() throws Exception {
        try (StatusServer server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0))) {
            assertEquals(0, run("--json", "404", "299", "content too large"));
            JsonNode printed = JSON.readTree(out.toString());
            assertEquals(
                    JSON.createArrayNode()
                            .add(api(server, "/api/status/404"))
                            .add(api(server, "/api/status/299"))
                            .add(api(server, "/api/status/413")),
                    printed);
            assertEquals("", err.toString());
        }
    }

    @Test
    void printsAnErrorObjectInThePlaceOfAnArgumentThatFindsNothing() throws Exception {
        try (StatusServer server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0))) {
            assertEquals(1, run("--json", "nope", "404", "1000", "found"));
            JsonNode printed = JSON.readTree(out.toString());
            assertEquals(
                    JSON.createArrayNode()
                            .add(JSON.createObjectNode()
                                    .put("query", "nope")
                                    .put("error", "No status code has \"nope\" in its name or its aliases"))
                            .add(api(server, "/api/status/404"))
                            .add(JSON.createObjectNode()
                                    .put("query", "1000")
                                    .put("error", "\"1000\" is not a status code: expected 3 digits, such as 404"))
                            .add(api(server, "/api/status/302"))
                            .add(api(server, "/api/status/404")),
                    printed);
            assertEquals(2, err.toString().lines().count(), err::toString);
        }
    }

    @Test
    void listsTheWholeTableAsJsonAsTheApiDoes() throws Exception {
        try (StatusServer server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0))) {
            assertEquals(0, run("--list", "--json"));
            assertEquals(api(server, "/api/statuses"), JSON.readTree(out.toString()));
            assertEquals(
                    new String(
                                    CLIENT.send(
                                                    HttpRequest.newBuilder(
                                                                    server.uri().resolve("/api/statuses"))
                                                            .build(),
                                                    HttpResponse.BodyHandlers.ofByteArray())
                                            .body(),
                                    StandardCharsets.UTF_8)
                            + System.lineSeparator(),
                    out.toString(),
                    "byte for byte, and a line");
        }
    }

    private static JsonNode api(StatusServer server, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = CLIENT.send(
                HttpRequest.newBuilder(server.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode(), path);
        return JSON.readTree(response.body());
    }

    @Test
    void listPrintsTheWholeTableByClass() {
        assertEquals(0, run("--list"));
        List<String> lines = out.toString().lines().toList();
        assertEquals(89, lines.size(), "5 classes, 65 standard codes and 19 vendor codes");
        assertEquals("100 - 199 Informational responses: The received request is being processed.", lines.get(0));
        assertTrue(lines.contains(
                "  102 Processing [no-content, webdav]: This code indicates that the server has received and is"
                        + " processing the request, but no response is available yet."));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("  305 Use Proxy [deprecated]: ")));
    }

    @Test
    void helpExplains() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("Usage: statusgen-sample"));
        assertTrue(out.toString().contains("--list"));
        assertTrue(out.toString().contains("--json"));
        assertTrue(out.toString().contains("non-standard response"));
    }

    @Test
    void noArgumentsPrintsUsageAndFails() {
        assertEquals(2, run());
        assertTrue(err.toString().contains("Usage: statusgen-sample"));
    }
}
