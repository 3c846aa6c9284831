package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as a new user runs it, {@code java -jar statusgen-sample-app.jar serve --port 0}, until a stop
 * signal: SIGTERM here, which runs the same shutdown hook as Ctrl-C's SIGINT.
 */
class ServeJarIT {
    private static final Path JAR = Path.of("target", "statusgen-sample-app.jar");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @Test
    void servesThePageAndTheApiThenStopsCleanly() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", JAR.toString(), "serve", "--port", "0").start();
        try (BufferedReader out = process.inputReader();
                BufferedReader err = process.errorReader()) {
            String listening = assertTimeoutPreemptively(Duration.ofSeconds(30), out::readLine);
            assertTrue(listening.matches("Listening on http://127\\.0\\.0\\.1:[0-9]+/"), listening);
            URI uri = URI.create(listening.substring("Listening on ".length()));

            assertTrue(get(uri.resolve("/api/status/418")).body().contains("\"name\":\"I'm a teapot\""));
            HttpResponse<String> page = get(uri);
            assertEquals(200, page.statusCode());
            assertEquals(
                    "text/html; charset=utf-8",
                    page.headers().firstValue("Content-Type").orElseThrow());
            assertTrue(get(uri.resolve("/reference.md")).body().startsWith("# HTTP status codes"));

            process.toHandle().destroy(); // Process.destroy() would also close the streams that are still to be read
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server stops on SIGTERM");
            assertEquals(128 + 15, process.exitValue(), "the exit status of a JVM stopped by SIGTERM");
            assertEquals(
                    List.of("Press Ctrl-C to stop.", "Stopped."), out.lines().toList());
            assertEquals("", err.lines().reduce("", String::concat), "nothing on stderr");
        } finally {
            process.destroyForcibly();
        }
    }

    private static HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }
}
