package dev.statusgen.sample.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An HTTP/1.1 connection written by hand: half-sent requests, pipelined requests, answers left unread and one
 * kept-alive connection per client, which {@link java.net.http.HttpClient} does not let a test choose.
 */
final class RawConnection implements AutoCloseable {
    /** An answer: its status, its headers (names in lower case) and its body. */
    record Response(int status, Map<String, String> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final Socket socket;
    private final InputStream in;

    private RawConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new BufferedInputStream(socket.getInputStream());
    }

    /** Connects to {@code host:port}. */
    static RawConnection open(InetAddress host, int port) throws IOException {
        return new RawConnection(new Socket(host, port));
    }

    /** Connects to {@code 127.0.0.1:port}. */
    static RawConnection open(int port) throws IOException {
        return open(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
    }

    /** Connects to {@code 127.0.0.1:port} with a receive buffer of {@code bytes}, so that answers soon back up. */
    static RawConnection openWithReceiveBuffer(int port, int bytes) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(bytes);
        socket.connect(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port));
        return new RawConnection(socket);
    }

    /** The head of a GET of {@code path}, without the blank line that would end it: half a request. */
    static String head(String path) {
        return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    }

    /** A whole GET of {@code path}. */
    static String request(String path) {
        return head(path) + "\r\n";
    }

    /** Sends {@code text} as it is. */
    RawConnection send(String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
        socket.getOutputStream().flush();
        return this;
    }

    /** Sends a GET of {@code path} and reads its answer. */
    Response get(String path) throws IOException {
        send(request(path));
        return read(Duration.ofSeconds(30));
    }

    /**
     * Reads the next answer to a GET, with its body as long as its Content-Length says.
     *
     * @throws EOFException if the connection ends before the answer does
     * @throws SocketTimeoutException if {@code timeout} passes between two reads
     */
    Response read(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        String statusLine = line();
        if (!statusLine.startsWith("HTTP/1.1 ")) {
            throw new IOException("Not an HTTP/1.1 status line: " + statusLine);
        }
        Map<String, String> headers = new HashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        byte[] body = in.readNBytes(length);
        if (body.length < length) {
            throw new EOFException("The connection ended in the body of an answer");
        }
        return new Response(Integer.parseInt(statusLine.substring(9, 12)), headers, body);
    }

    /** Whether some of an answer has come within {@code timeout}, which this leaves unread. */
    boolean awaitData(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (in.available() == 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }

    /**
     * Whether the server closes the connection within {@code timeout}, reading and dropping whatever comes before.
     * A reset counts as closed: the server resets a connection whose requests it has not read.
     */
    boolean closedWithin(Duration timeout) throws IOException {
        try {
            readToEnd(timeout);
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /**
     * Reads until the server closes or resets the connection.
     *
     * @return the number of bytes read
     * @throws SocketTimeoutException if {@code timeout} passes between two reads
     */
    long readToEnd(Duration timeout) throws IOException {
        socket.setSoTimeout((int) timeout.toMillis());
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
        } catch (SocketException e) {
            // a reset ends the connection as a close does
        }
        return total;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("The connection ended in the head of an answer");
            }
            line.write(c);
        }
        String text = line.toString(StandardCharsets.ISO_8859_1);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
