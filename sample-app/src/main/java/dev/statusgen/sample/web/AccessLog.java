package dev.statusgen.sample.web;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a line per request in the Common Log Format, once the answer is sent:
 * {@code 127.0.0.1 - - [29/Nov/2026:11:08:00 +0000] "GET /api/status/404 HTTP/1.1" 200 574}.
 *
 * <p>The fields are the client's address, two dashes (no identity, no user), the time the request came in, the
 * request line, the status and the size of the body in bytes, or a dash for none. The request line is the client's
 * text: its quotes, backslashes and bytes outside printable ASCII are escaped, as Apache's httpd does, so that no
 * request can forge or break a line. Requests that the JDK's server refuses before they reach the application, such
 * as a malformed request line, leave no line.
 */
final class AccessLog extends Filter {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.US);

    private final PrintWriter out;

    AccessLog(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
        ZonedDateTime received = ZonedDateTime.now();
        try {
            chain.doFilter(exchange);
        } finally {
            String line = exchange.getRemoteAddress().getAddress().getHostAddress()
                    + " - - [" + TIME.format(received) + "] \""
                    + escape(
                            exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + exchange.getProtocol())
                    + "\" " + status(exchange) + " " + size(exchange);
            // PrintWriter writes a line at once, even from many threads, and never throws.
            out.println(line);
            out.flush();
        }
    }

    @Override
    public String description() {
        return "Writes a line per request in the Common Log Format";
    }

    private static String status(HttpExchange exchange) {
        int status = exchange.getResponseCode();
        return status < 0 ? "-" : Integer.toString(status);
    }

    /** The size of the body sent: none for HEAD and 304, else the Content-Length that every answer of the app has. */
    private static String size(HttpExchange exchange) {
        String length = exchange.getResponseHeaders().getFirst("Content-Length");
        boolean none = exchange.getRequestMethod().equals("HEAD") || length == null || length.equals("0");
        return none ? "-" : length;
    }

    /**
     * The request line with {@code "} and {@code \} escaped by a backslash and every byte outside printable ASCII as
     * {@code \xhh}. The JDK's server reads the request line a byte to a character, so ISO-8859-1 gives the bytes back.
     */
    static String escape(String requestLine) {
        StringBuilder escaped = new StringBuilder(requestLine.length());
        for (byte b : requestLine.getBytes(StandardCharsets.ISO_8859_1)) {
            int c = b & 0xff;
            if (c == '"' || c == '\\') {
                escaped.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                escaped.append((char) c);
            } else {
                escaped.append(String.format(Locale.ROOT, "\\x%02x", c));
            }
        }
        return escaped.toString();
    }
}
