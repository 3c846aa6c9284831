package dev.statusgen.sample.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.statusgen.sample.HttpStatusCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The online status-code query: an HTTP server on 127.0.0.1 that serves the page at {@code /}, the JSON API under
 * {@code /api/} and the generated Markdown reference at {@code /reference.md}, all from the generated code.
 *
 * <p>It answers GET and HEAD (405 otherwise), refuses URIs over 8 KB (414), answers unknown paths with a JSON 404,
 * and tags every body with a strong ETag so that {@code If-None-Match} gets a 304.
 */
public final class StatusServer implements AutoCloseable {
    /** The longest request URI that the server reads, in characters. */
    static final int MAX_URI_LENGTH = 8 * 1024;

    private static final int THREADS = 4;
    private static final String STATUS_PATH = "/api/status/";
    private static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /** Where statusgen writes the Markdown reference of the holder {@code dev.statusgen.sample.Http}. */
    private static final String REFERENCE = "META-INF/statusgen/dev/statusgen/sample/Http.md";

    private final Map<String, Resource> resources = Map.of(
            "/", Resource.classpath("web/index.html", Resource.HTML),
            "/app.js", Resource.classpath("web/app.js", Resource.JAVASCRIPT),
            "/style.css", Resource.classpath("web/style.css", Resource.CSS),
            "/reference.md", Resource.classpath(REFERENCE, Resource.MARKDOWN),
            "/api/statuses", Resource.json(StatusJson.statuses()),
            "/api/classes", Resource.json(StatusJson.classes()));
    private final HttpServer server;
    private final ExecutorService executor;

    private StatusServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a server on 127.0.0.1.
     *
     * @param port the port, or 0 for a free one
     * @return the running server
     * @throws IOException if the server cannot listen on the port
     */
    public static StatusServer start(int port) throws IOException {
        // The JDK's server writes the headers and the body apart; without TCP_NODELAY, Nagle's algorithm and delayed
        // ACKs hold each answer on a kept-alive connection back by some 40 ms. The JDK reads this once, on first use.
        if (System.getProperty(NO_DELAY) == null) {
            System.setProperty(NO_DELAY, "true");
        }
        InetAddress loopback = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        HttpServer server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        ExecutorService executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "statusgen-web");
            thread.setDaemon(true);
            return thread;
        });
        StatusServer statusServer = new StatusServer(server, executor);
        server.createContext("/", statusServer::handle);
        server.setExecutor(executor);
        server.start();
        return statusServer;
    }

    /**
     * Returns the address of the page.
     *
     * @return such as {@code http://127.0.0.1:8080/}
     */
    public URI uri() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + "/");
    }

    /** Stops the server at once, dropping the exchanges under way. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            answer(exchange);
        } finally {
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        if (uri.toString().length() > MAX_URI_LENGTH) {
            Replies.error(exchange, 414, "The URI is longer than " + MAX_URI_LENGTH + " characters");
            return;
        }
        String path = Objects.requireNonNullElse(uri.getPath(), "");
        Resource resource = resources.get(path);
        boolean statusPath = path.startsWith(STATUS_PATH) && path.indexOf('/', STATUS_PATH.length()) < 0;
        if (resource == null && !statusPath) {
            Replies.error(exchange, 404, "No such resource: " + path);
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Replies.error(exchange, 405, "Method " + method + " is not allowed: use GET or HEAD");
            return;
        }
        if (resource == null) {
            try {
                resource = Resource.json(
                        StatusJson.status(HttpStatusCode.valueOf(code(path.substring(STATUS_PATH.length())))));
            } catch (IllegalArgumentException e) {
                Replies.error(exchange, 400, e.getMessage());
                return;
            }
        }
        Replies.resource(exchange, resource);
    }

    /** The code in a path segment, which must be up to 3 digits; whether a class holds it is for the caller to check. */
    private static int code(String segment) {
        if (!segment.matches("[0-9]{1,3}")) {
            throw new IllegalArgumentException(
                    "\"" + segment + "\" is not a status code: expected 3 digits, such as 404");
        }
        return Integer.parseInt(segment);
    }
}
