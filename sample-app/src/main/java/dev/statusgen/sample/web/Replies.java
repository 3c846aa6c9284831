package dev.statusgen.sample.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes the server's answers: resources with their ETag (or a 304), errors and the health check as JSON. */
final class Replies {
    /** The page may load scripts, styles and data from this server only. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private Replies() {}

    /** Answers 200 with {@code resource} and its ETag, or 304 if the client's {@code If-None-Match} holds the tag. */
    static void resource(HttpExchange exchange, Resource resource) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("ETag", resource.etag());
        headers.set("Cache-Control", "no-cache");
        List<String> ifNoneMatch = exchange.getRequestHeaders().get("If-None-Match");
        if (ifNoneMatch != null && resource.matches(String.join(",", ifNoneMatch))) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        send(exchange, 200, resource.body(), resource.contentType());
    }

    /** Answers {@code status} with the JSON {@code {"error": message}}. */
    static void error(HttpExchange exchange, int status, String message) throws IOException {
        uncached(exchange, status, StatusJson.error(message));
    }

    /** Answers {@code status} with a JSON body that no cache may keep. */
    static void uncached(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, json, Resource.JSON);
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType);
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (exchange.getRequestMethod().equals("HEAD")) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
