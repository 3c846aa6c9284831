package dev.statusgen.sample.web;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import dev.statusgen.sample.view.StatusJson;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the server's answers: resources with their ETag (or a 304), errors as JSON or as a page, and the health
 * check.
 */
final class Replies {
    /** The pages may load scripts, styles and data from this server only, and submit their search form to it. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final Pattern ZERO_QUALITY = Pattern.compile("(?i)q\\s*=\\s*0(\\.0{0,3})?");

    private Replies() {}

    /**
     * Answers 200 with {@code resource} and its ETag, compressed if the client accepts gzip, or 304 if the client's
     * {@code If-None-Match} holds the tag.
     */
    static void resource(HttpExchange exchange, Resource resource) throws IOException {
        Headers headers = exchange.getResponseHeaders();
        boolean gzip = resource.gzip() != null
                && acceptsGzip(exchange.getRequestHeaders().get("Accept-Encoding"));
        String etag = gzip ? resource.gzipEtag() : resource.etag();
        headers.set("ETag", etag);
        headers.set("Cache-Control", "no-cache");
        if (resource.gzip() != null) {
            headers.set("Vary", "Accept-Encoding");
        }
        List<String> ifNoneMatch = exchange.getRequestHeaders().get("If-None-Match");
        if (ifNoneMatch != null && Resource.matches(String.join(",", ifNoneMatch), etag)) {
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        if (gzip) {
            headers.set("Content-Encoding", "gzip");
        }
        send(exchange, 200, gzip ? resource.gzip() : resource.body(), resource.contentType());
    }

    /**
     * Whether {@code Accept-Encoding} takes gzip: it names gzip, else {@code *}, and not with {@code q=0}.
     *
     * @param acceptEncoding the header's values; null if absent
     */
    static boolean acceptsGzip(List<String> acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        Boolean any = null;
        for (String coding : String.join(",", acceptEncoding).split(",")) {
            String[] parts = coding.split(";", 2);
            String name = parts[0].strip();
            boolean accepted =
                    parts.length == 1 || !ZERO_QUALITY.matcher(parts[1].strip()).matches();
            if (name.equalsIgnoreCase("gzip")) {
                return accepted;
            }
            if (name.equals("*")) {
                any = accepted;
            }
        }
        return Boolean.TRUE.equals(any);
    }

    /** Answers {@code status} with the JSON {@code {"error": message}}. */
    static void error(HttpExchange exchange, int status, String message) throws IOException {
        uncached(exchange, status, StatusJson.error(message));
    }

    /** Answers {@code status} with an error page. */
    static void errorPage(HttpExchange exchange, int status, byte[] html) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, html, Resource.HTML);
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
