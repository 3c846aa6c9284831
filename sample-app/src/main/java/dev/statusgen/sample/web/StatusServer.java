package dev.statusgen.sample.web;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.statusgen.sample.view.StatusJson;
import dev.statusgen.sample.view.StatusSearch;
import dev.statusgen.sample.view.TableView;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The online status-code query: an HTTP server that serves the table's page at {@code /}, a page for every 3-digit
 * code of a class at {@code /404}, search results at {@code /search?q=}, the JSON API under {@code /api/}, the
 * generated Markdown reference at {@code /reference.md} and a health check at {@code /healthz}, all from the
 * generated code and, for what the tags mean, the generated reference. Each page is rendered once, at start-up
 * or when first asked for; search results for each request.
 *
 * <p>It answers GET and HEAD (405 otherwise), refuses URIs over 8 KB (414), answers unknown paths with a 404, and
 * tags every body but the health check's and the errors' with a strong ETag so that {@code If-None-Match} gets a
 * 304. Errors under {@code /api/} and of the health check are JSON; all others are pages.
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

    private static final String API_PATH = "/api/";
    private static final String STATUS_PATH = API_PATH + "status/";
    private static final String HEALTH_PATH = "/healthz";
    private static final String SEARCH_PATH = "/search";
    private static final byte[] HEALTHY = StatusJson.health();

    private final HttpServer server;
    private final InetAddress host;
    private final ExecutorService executor;
    private final HttpContext context;
    private final Site site;

    private StatusServer(HttpServer server, InetAddress host, ExecutorService executor, URI baseUrl) {
        this.server = server;
        this.host = host;
        this.executor = executor;
        this.site = new Site(TableView.standard(), (baseUrl == null ? uri() : baseUrl).toString());
        this.context = server.createContext("/", this::handle);
    }

    /**
     * Starts a server without an access log, whose pages name their address at the address it listens on.
     *
     * @param address the address and port to listen on; port 0 picks a free one
     * @return the running server
     * @throws IOException if the server cannot listen there
     */
    public static StatusServer start(InetSocketAddress address) throws IOException {
        return start(address, null, null);
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
        return start(address, null, accessLog);
    }

    /**
     * Starts a server.
     *
     * @param address the address and port to listen on; port 0 picks a free one
     * @param baseUrl the address that the pages name as theirs in their canonical links, ending in {@code /}, such
     *     as that of a proxy in front of the server; null for {@link #uri()}
     * @param accessLog where a line per request goes, in the Common Log Format; null for none
     * @return the running server
     * @throws IOException if the server cannot listen there
     */
    public static StatusServer start(InetSocketAddress address, URI baseUrl, PrintWriter accessLog) throws IOException {
        StatusServer server = create(address, baseUrl);
        if (accessLog != null) {
            server.context.getFilters().add(new AccessLog(accessLog));
        }
        return server.started();
    }

    private static StatusServer create(InetSocketAddress address, URI baseUrl) throws IOException {
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
        try {
            return new StatusServer(server, address.getAddress(), executor, baseUrl);
        } catch (RuntimeException e) {
            server.stop(0);
            throw e;
        }
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
        String path = Objects.requireNonNullElse(uri.getPath(), "");
        if (uri.toString().length() > MAX_URI_LENGTH) {
            fail(exchange, 414, "URI too long", "The URI is longer than " + MAX_URI_LENGTH + " characters");
            return;
        }
        Optional<Resource> resource = site.resource(path);
        boolean statusPath = path.startsWith(STATUS_PATH) && path.indexOf('/', STATUS_PATH.length()) < 0;
        boolean known = resource.isPresent() || statusPath || path.equals(HEALTH_PATH) || path.equals(SEARCH_PATH);
        if (!known) {
            notFound(exchange, path);
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            fail(exchange, 405, "Method not allowed", "Method " + method + " is not allowed: use GET or HEAD");
        } else if (resource.isPresent()) {
            Replies.resource(exchange, resource.get());
        } else if (path.equals(HEALTH_PATH)) {
            Replies.uncached(exchange, 200, HEALTHY);
        } else if (statusPath) {
            status(exchange, path.substring(STATUS_PATH.length()));
        } else {
            search(exchange, uri.getRawQuery());
        }
    }

    private void status(HttpExchange exchange, String code) throws IOException {
        Resource status;
        try {
            status = site.status(code);
        } catch (IllegalArgumentException e) {
            Replies.error(exchange, 400, e.getMessage());
            return;
        }
        Replies.resource(exchange, status);
    }

    private void search(HttpExchange exchange, String rawQuery) throws IOException {
        String query = Query.parameter(rawQuery, "q");
        if (query.length() > StatusSearch.MAX_QUERY_LENGTH) {
            fail(
                    exchange,
                    400,
                    "Query too long",
                    "The query is longer than " + StatusSearch.MAX_QUERY_LENGTH
                            + " characters: no status code has a name that long");
            return;
        }
        Replies.resource(exchange, site.search(query));
    }

    /**
     * A 404: under {@code /api/}, JSON; a 3-digit code that no class holds, a page that says so; any other path, a
     * page that says why there is no page there.
     */
    private void notFound(HttpExchange exchange, String path) throws IOException {
        if (isApi(path)) {
            Replies.error(exchange, 404, "No such resource: " + path);
            return;
        }
        String segment = path.isEmpty() ? "" : path.substring(1);
        if (Site.isCodePath(path)) {
            page(exchange, 404, "No such status code", site.noPage(segment));
        } else if (segment.indexOf('/') < 0) {
            page(exchange, 404, "Page not found", "No page at " + path + ": " + StatusSearch.notACode(segment));
        } else {
            page(
                    exchange,
                    404,
                    "Page not found",
                    "No page at " + path + ": the table is at / and each 3-digit status code has a page, such as /404");
        }
    }

    /** An error: JSON under {@code /api/} and for the health check, else a page. */
    private static void fail(HttpExchange exchange, int status, String heading, String message) throws IOException {
        if (isApi(Objects.requireNonNullElse(exchange.getRequestURI().getPath(), ""))) {
            Replies.error(exchange, status, message);
        } else {
            page(exchange, status, heading, message);
        }
    }

    private static void page(HttpExchange exchange, int status, String heading, String message) throws IOException {
        Replies.errorPage(
                exchange,
                status,
                Pages.error(heading, message, root(exchange.getRequestURI().getRawPath())));
    }

    /** Whether {@code path} is one of the API's or the health check's, whose errors are JSON. */
    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith(API_PATH) || path.equals(HEALTH_PATH);
    }

    /**
     * The way from a page at {@code rawPath} to the site's root, as a relative link: {@code ./} from {@code /abc},
     * {@code ../../} from {@code /a/b/c}. The browser resolves it segment by segment, as the path is written.
     */
    private static String root(String rawPath) {
        int depth = rawPath == null
                ? 0
                : (int) rawPath.chars().filter(c -> c == '/').count() - 1;
        return depth <= 0 ? Pages.ROOT : "../".repeat(depth);
    }
}
