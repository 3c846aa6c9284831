package dev.statusgen.sample.web;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.statusgen.sample.HttpStatusCode;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The online status-code query: an HTTP server that serves the page at {@code /}, the JSON API under {@code /api/},
 * the generated Markdown reference at {@code /reference.md} and a health check at {@code /healthz}, all from the
 * generated code and, for what the tags mean, the generated reference.
 *
 * <p>It answers GET and HEAD (405 otherwise), refuses URIs over 8 KB (414), answers unknown paths with a JSON 404,
 * and tags every body but the health check's with a strong ETag so that {@code If-None-Match} gets a 304.
 *
 * <p>It is the JDK's server, under limits: time limits for reading a request (10 s) and for writing its answer
 * (30 s), a limit on open connections (256), and a thread for each connection being served, so that slow or stuck
 * clients hold their own connection and nothing else. The limits are system properties of the JDK's server, which it
 * reads once, when the JVM creates its first server; this class sets those not set already, so that {@code -D} on
 * the command line wins.
 */
public final class StatusServer implements AutoCloseable {
    /** The longest request URI that the server reads, in characters. */
    static final int MAX_URI_LENGTH = 8 * 1024;

    /**
     * The limits, as the system properties of the JDK's server: seconds from a request's first byte to its last
     * ({@code maxReqTime}) and for writing an answer ({@code maxRspTime}), seconds that a kept-alive connection may
     * idle, connections open at once (more are closed as soon as they are accepted), how often the idle connections
     * are checked, in milliseconds, and TCP_NODELAY. The JDK's server writes the headers and the body apart; without
     * TCP_NODELAY, Nagle's algorithm and delayed ACKs hold each answer on a kept-alive connection back by some 40 ms.
     */
    private static final Map<String, String> LIMITS = Map.of(
            "sun.net.httpserver.maxReqTime", "10",
            "sun.net.httpserver.maxRspTime", "30",
            "sun.net.httpserver.idleInterval", "30",
            "jdk.httpserver.maxConnections", "256",
            "sun.net.httpserver.clockTick", "1000",
            "sun.net.httpserver.nodelay", "true");

    /** How long {@link #close()} lets the requests under way finish, in seconds, the unit of the JDK's server. */
    private static final int GRACE_SECONDS = 1;

    /** How long {@link #close()} then waits for the threads to end, writing their last access-log lines. */
    private static final long DRAIN_MILLIS = 500;

    private static final String STATUS_PATH = "/api/status/";
    private static final String HEALTH_PATH = "/healthz";
    private static final byte[] HEALTHY = StatusJson.health();

    /** Where statusgen writes the Markdown reference of the holder {@code dev.statusgen.sample.Http}. */
    private static final String REFERENCE = "META-INF/statusgen/dev/statusgen/sample/Http.md";

    private final Map<String, Resource> resources = resources();
    private final HttpServer server;
    private final InetAddress host;
    private final ExecutorService executor;
    private final HttpContext context;

    private StatusServer(HttpServer server, InetAddress host, ExecutorService executor) {
        this.server = server;
        this.host = host;
        this.executor = executor;
        this.context = server.createContext("/", this::handle);
    }

    /** The fixed resources by path; the tags' descriptions come from the generated reference. */
    private static Map<String, Resource> resources() {
        Resource reference = Resource.classpath(REFERENCE, Resource.MARKDOWN);
        List<ReferenceTags.Tag> tags = ReferenceTags.read(new String(reference.body(), StandardCharsets.UTF_8));
        return Map.of(
                "/", Resource.classpath("web/index.html", Resource.HTML),
                "/app.js", Resource.classpath("web/app.js", Resource.JAVASCRIPT),
                "/style.css", Resource.classpath("web/style.css", Resource.CSS),
                "/reference.md", reference,
                "/api/statuses", Resource.json(StatusJson.statuses()),
                "/api/classes", Resource.json(StatusJson.classes()),
                "/api/tags", Resource.json(StatusJson.tags(tags)));
    }

    /**
     * Starts a server without an access log.
     *
     * @param address the address and port to listen on; port 0 picks a free one
     * @return the running server
     * @throws IOException if the server cannot listen there
     */
    public static StatusServer start(InetSocketAddress address) throws IOException {
        return create(address).started();
    }

    /**
     * Starts a server that writes a line per request to {@code accessLog}, in the Common Log Format.
     *
     * @param address the address and port to listen on; port 0 picks a free one
     * @param accessLog where the lines go
     * @return the running server
     * @throws IOException if the server cannot listen there
     */
    public static StatusServer start(InetSocketAddress address, PrintWriter accessLog) throws IOException {
        StatusServer server = create(address);
        server.context.getFilters().add(new AccessLog(accessLog));
        return server.started();
    }

    private static StatusServer create(InetSocketAddress address) throws IOException {
        LIMITS.forEach((name, value) -> {
            if (System.getProperty(name) == null) {
                System.setProperty(name, value);
            }
        });
        HttpServer server = HttpServer.create(address, 0);
        // The JDK's server reads each request on a thread of this pool and blocks until the request is whole, so
        // every connection being served needs a thread of its own: a fixed pool would let a few slow clients take
        // every thread. The limit on connections bounds the threads; a thread left idle ends after a minute.
        ExecutorService executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "statusgen-web");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        return new StatusServer(server, address.getAddress(), executor);
    }

    private StatusServer started() {
        server.start();
        return this;
    }

    /**
     * Returns the address of the page: the address that the server was asked to listen on, and the port it listens
     * on. (A JVM with IPv6 listens on {@code ::}, which takes IPv4 too, when asked for {@code 0.0.0.0}.)
     *
     * @return such as {@code http://127.0.0.1:8080/}, or {@code http://0.0.0.0:8080/} on every interface
     */
    public URI uri() {
        return URI.create("http://"
                + authority(new InetSocketAddress(host, server.getAddress().getPort())) + "/");
    }

    /** The address as a URI writes it: {@code 127.0.0.1:8080}, or {@code [::1]:8080} for IPv6. */
    static String authority(InetSocketAddress address) {
        InetAddress host = address.getAddress();
        String text = host.getHostAddress();
        return (host instanceof Inet6Address ? "[" + text + "]" : text) + ":" + address.getPort();
    }

    /**
     * Stops the server: it stops accepting connections at once, lets the requests under way finish for up to a
     * second, then closes every connection.
     */
    @Override
    public void close() {
        server.stop(GRACE_SECONDS);
        executor.shutdown();
        try {
            executor.awaitTermination(DRAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdownNow();
        }
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
        boolean healthPath = path.equals(HEALTH_PATH);
        if (resource == null && !statusPath && !healthPath) {
            Replies.error(exchange, 404, "No such resource: " + path);
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            Replies.error(exchange, 405, "Method " + method + " is not allowed: use GET or HEAD");
            return;
        }
        if (healthPath) {
            Replies.uncached(exchange, 200, HEALTHY);
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
