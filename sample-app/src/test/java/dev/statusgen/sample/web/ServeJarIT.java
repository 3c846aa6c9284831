package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as a new user runs it, {@code java -jar statusgen-sample-app.jar serve}, until a stop signal:
 * SIGTERM here, which runs the same shutdown hook as Ctrl-C's SIGINT. All traffic goes to the loopback.
 */
class ServeJarIT {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final Duration STOP = Duration.ofSeconds(2);
    private static final String LOG_LINE =
            "127\\.0\\.0\\.1 - - \\[\\d{2}/[A-Z][a-z]{2}/\\d{4}:\\d{2}:\\d{2}:\\d{2} [+-]\\d{4}\\] \"[^\"]*\" \\d{3} (\\d+|-)";

    @Test
    void servesThePageAndTheApiThenStopsCleanly() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0")) {
            assertTrue(serve.listening().matches("Listening on http://127\\.0\\.0\\.1:[0-9]+/"), serve.listening());
            URI uri = serve.uri();

            assertTrue(get(uri.resolve("/api/status/418")).body().contains("\"name\":\"I'm a teapot\""));
            HttpResponse<String> page = get(uri);
            assertEquals(200, page.statusCode());
            assertEquals(
                    "text/html; charset=utf-8",
                    page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(get(uri.resolve("/reference.md")).body().startsWith("# HTTP status codes"));
            HttpResponse<String> health = get(uri.resolve("/healthz"));
            assertEquals(200, health.statusCode());
            assertEquals("{\"status\":\"ok\"}", health.body());

            serve.terminate();
            assertTrue(serve.waitFor(STOP), "the server stops within 2 s of SIGTERM");
            assertEquals(0, serve.exitValue(), "the server stopped as asked");
            assertEquals(List.of("Press Ctrl-C to stop.", "Stopped."), serve.remainingLines());
            assertEquals("", serve.err(), "nothing on stderr");
        }
    }

    /**
     * SIGTERM: the server stops accepting connections at once, answers the request that was still arriving and
     * finishes the answer it was writing, closes the idle connection, and exits 0 within 2 s.
     */
    @Test
    void stopsAcceptingFinishesTheRequestsUnderWayAndExitsZeroOnSigterm() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0");
                RawConnection idle = RawConnection.open(serve.uri().getPort());
                RawConnection arriving = RawConnection.open(serve.uri().getPort());
                RawConnection writing =
                        RawConnection.openWithReceiveBuffer(serve.uri().getPort(), 1024)) {
            int port = serve.uri().getPort();
            assertEquals(200, idle.get("/healthz").status());
            arriving.send(RawConnection.head("/api/status/404"));
            // Some 2 MB of answers to a client that does not read yet: the server is in the middle of writing them.
            writing.send(RawConnection.request("/api/statuses").repeat(100));
            assertTrue(writing.awaitData(STOP), "the server has begun to answer");

            long signalled = System.nanoTime();
            serve.terminate();
            assertTrue(refusesConnections(port, STOP), "the server stops accepting connections");

            RawConnection.Response answer;
            try {
                answer = arriving.send("\r\n").read(STOP);
            } catch (EOFException e) {
                throw new AssertionError(
                        "the request was cut " + millisSince(signalled) + " ms after SIGTERM, within the 1 s grace?",
                        e);
            }
            assertEquals(200, answer.status());
            assertTrue(answer.text().startsWith("{\"code\":404,"), answer.text());
            RawConnection.Response written = writing.read(STOP);
            assertEquals(200, written.status());
            assertTrue(
                    written.text().startsWith("[{\"code\":100,")
                            && written.text().endsWith("}]"),
                    "whole");
            writing.readToEnd(STOP);
            assertTrue(idle.closedWithin(STOP), "the idle connection is closed");

            Duration left = STOP.minusNanos(System.nanoTime() - signalled);
            assertTrue(serve.waitFor(left), () -> "the server exits within 2 s of SIGTERM: " + millisSince(signalled));
            assertEquals(0, serve.exitValue());
            assertEquals(List.of("Press Ctrl-C to stop.", "Stopped."), serve.remainingLines());
            assertEquals("", serve.err(), "nothing on stderr");
        }
    }

    @Test
    void listensOnTheLoopbackOnlyByDefault() throws Exception {
        InetAddress otherLoopback = otherLoopbackAddress();
        try (ServeProcess serve = ServeProcess.start("--port", "0");
                RawConnection loopback = RawConnection.open(serve.uri().getPort())) {
            int port = serve.uri().getPort();
            assertEquals("Listening on http://127.0.0.1:" + port + "/", serve.listening());
            assertEquals(200, loopback.get("/healthz").status());
            assertFalse(accepts(otherLoopback, port), "127.0.0.1 only, not " + otherLoopback);
        }
    }

    @Test
    void listensOnEveryInterfaceWithHost0000() throws Exception {
        InetAddress otherLoopback = otherLoopbackAddress();
        try (ServeProcess serve = ServeProcess.start("--host", "0.0.0.0", "--port", "0");
                RawConnection loopback = RawConnection.open(serve.uri().getPort());
                RawConnection other =
                        RawConnection.open(otherLoopback, serve.uri().getPort())) {
            assertEquals("Listening on http://0.0.0.0:" + serve.uri().getPort() + "/", serve.listening());
            assertEquals(200, loopback.get("/healthz").status());
            assertEquals(200, other.get("/healthz").status(), "also on " + otherLoopback);
        }
    }

    @Test
    void writesTheAccessLogToStdoutWithAccessLog() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0", "--access-log")) {
            URI uri = serve.uri();
            assertEquals("Press Ctrl-C to stop.", serve.nextLine(STOP));
            int found = get(uri.resolve("/api/status/404")).body().length();
            int missing = get(uri.resolve("/nope")).body().getBytes(StandardCharsets.UTF_8).length;
            get(uri.resolve("/healthz"));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                lines.add(serve.nextLine(Duration.ofSeconds(10)));
            }
            serve.terminate();
            assertTrue(serve.waitFor(STOP), "the server stops within 2 s of SIGTERM");
            assertEquals(List.of("Stopped."), serve.remainingLines());

            for (String line : lines) {
                assertTrue(line != null && line.matches(LOG_LINE), () -> lines + "; stderr: " + serve.err());
            }
            List<String> requests = lines.stream()
                    .map(line -> line.substring(line.indexOf("] ") + 2))
                    .sorted()
                    .toList();
            assertEquals(
                    List.of(
                            "\"GET /api/status/404 HTTP/1.1\" 200 " + found,
                            "\"GET /healthz HTTP/1.1\" 200 15",
                            "\"GET /nope HTTP/1.1\" 404 " + missing),
                    requests);
        }
    }

    /**
     * Another address of the loopback: all of 127.0.0.0/8 is on Linux, but a server on 127.0.0.1 answers on 127.0.0.1
     * only, so 127.0.0.2 tells it apart from a server on every interface without leaving the machine.
     */
    private static InetAddress otherLoopbackAddress() throws IOException {
        InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 0, 2});
        try (ServerSocket probe = new ServerSocket(0, 1, address)) {
            return probe.getInetAddress();
        } catch (IOException e) {
            Assumptions.abort("127.0.0.2 is no address of this machine's loopback: " + e);
            throw e;
        }
    }

    private static boolean accepts(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 5000);
            return true;
        } catch (ConnectException e) {
            return false;
        }
    }

    /** Whether connecting to the port is refused within {@code timeout}, trying every 10 ms. */
    private static boolean refusesConnections(int port, Duration timeout) throws Exception {
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!accepts(loopback, port)) {
                return true;
            }
            Thread.sleep(10);
        }
        return false;
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
