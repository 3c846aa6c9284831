package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The access log: a line per request in the Common Log Format, the request line escaped. */
class AccessLogTest {
    /** A line of the Common Log Format: {@code host ident authuser [time] "request" status bytes}. */
    private static final Pattern LINE = Pattern.compile(
            "127\\.0\\.0\\.1 - - \\[(\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4})\\] \"(.*)\" (\\d{3}) (\\d+|-)");

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private final StringWriter log = new StringWriter();
    private StatusServer server;

    @BeforeEach
    void start() throws Exception {
        server = StatusServer.start(new InetSocketAddress("127.0.0.1", 0), new PrintWriter(log));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void writesALinePerRequestWithItsStatusAndBodySize() throws Exception {
        HttpResponse<byte[]> found = get(request("/api/status/404"));
        HttpResponse<byte[]> missing = get(request("/nope"));
        get(request("/").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<byte[]> classes = get(request("/api/classes"));
        get(request("/api/classes")
                .header("If-None-Match", classes.headers().firstValue("ETag").orElseThrow()));
        HttpResponse<byte[]> refused = get(request("/healthz").DELETE());

        List<String> expected = List.of(
                "\"GET /api/status/404 HTTP/1.1\" 200 " + found.body().length,
                "\"GET /nope HTTP/1.1\" 404 " + missing.body().length,
                "\"HEAD / HTTP/1.1\" 200 -",
                "\"GET /api/classes HTTP/1.1\" 200 " + classes.body().length,
                "\"GET /api/classes HTTP/1.1\" 304 -",
                "\"DELETE /healthz HTTP/1.1\" 405 " + refused.body().length);
        List<String> lines = lines(expected.size());
        for (String line : lines) {
            assertTrue(LINE.matcher(line).matches(), line);
        }
        // A line is written once its answer is sent, so two lines may swap places.
        assertEquals(
                expected.stream().sorted().toList(),
                lines.stream()
                        .map(line -> line.substring(line.indexOf("] ") + 2))
                        .sorted()
                        .toList());
    }

    @Test
    void writesTheTimeTheRequestCameIn() throws Exception {
        ZonedDateTime before = ZonedDateTime.now().withNano(0);
        get(request("/healthz"));
        ZonedDateTime after = ZonedDateTime.now();
        String text = lines(1).get(0);
        Matcher line = LINE.matcher(text);
        assertTrue(line.matches(), text);
        ZonedDateTime time =
                ZonedDateTime.parse(line.group(1), DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US));
        assertTrue(!time.isBefore(before) && !time.isAfter(after), time + " between " + before + " and " + after);
    }

    /** A quote or a byte outside printable ASCII in a request cannot end the quoted field or break the line. */
    @Test
    void escapesTheRequestLine() throws Exception {
        try (RawConnection connection = RawConnection.open(server.uri().getPort())) {
            RawConnection.Response response = connection
                    .send("GE\"T /caf\u00e9 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .read(Duration.ofSeconds(30));
            assertEquals(404, response.status());
            String line = lines(1).get(0);
            assertTrue(line.endsWith("] \"GE\\\"T /caf\\xe9 HTTP/1.1\" 404 " + response.body().length), line);
            assertTrue(LINE.matcher(line).matches(), line);
        }
    }

    @Test
    void escapesQuotesBackslashesAndBytesOutsidePrintableAscii() {
        assertEquals(
                "GET /a\\\"b\\\\c\\x0a\\x7f\\xff HTTP/1.1", AccessLog.escape("GET /a\"b\\c\n\u007f\u00ff HTTP/1.1"));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.uri().resolve(path));
    }

    private static HttpResponse<byte[]> get(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * The first {@code count} lines of the log. The server writes a line once it has sent its answer, so a line
     * may come a moment after the client has the answer.
     */
    private List<String> lines(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> lines = log.toString().lines().toList();
        while (lines.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
            lines = log.toString().lines().toList();
        }
        assertEquals(count, lines.size(), log::toString);
        return lines;
    }
}
