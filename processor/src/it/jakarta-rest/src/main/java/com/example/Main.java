package com.example;

import jakarta.ws.rs.core.Response;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.internal.Version;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Checks the generated statuses as {@link Response.StatusType}s, then serves {@link Orders} from Jersey on Grizzly,
 * on a free local port, and reads the status line of each answer from a plain socket. The project javax-rest runs
 * it on javax.ws.rs.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) throws IOException {
        Response abandoned = Response.status(AcmeStatus.CLIENT_CLOSED_REQUEST).build();
        check(abandoned.getStatus() == 499, "Response.getStatus()");
        check(abandoned.getStatusInfo().getReasonPhrase().equals("Client Closed Request"), "the table's phrase");
        check(abandoned.getStatusInfo().getFamily() == Response.Status.Family.CLIENT_ERROR, "499's family");
        check(AcmeStatus.CLIENT_CLOSED_REQUEST.toEnum() == null, "Response.Status has no constant for 499");
        check(AcmeStatus.NOT_FOUND.toEnum() == Response.Status.NOT_FOUND, "AcmeStatus.NOT_FOUND.toEnum()");
        Response.StatusType unlisted = AcmeStatusCode.valueOf(599);
        check(unlisted.getStatusCode() == 599 && unlisted.getFamily() == Response.Status.Family.SERVER_ERROR, "599");

        ResourceConfig config = new ResourceConfig(Orders.class).property(ServerProperties.WADL_FEATURE_DISABLE, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
        try {
            int port = server.getListeners().iterator().next().getPort();
            String lines = statusLine(port, "/orders/abandoned") + " | " + statusLine(port, "/orders/missing") + " | "
                    + statusLine(port, "/orders/unlisted");
            System.out.println("statusgen-it: Jersey " + Version.getVersion() + " on Grizzly: " + lines);
        } finally {
            server.shutdownNow();
        }
    }

    /** The first line of the answer to {@code GET path}, as the server sent it. */
    private static String statusLine(int port, String path) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1))
                    .readLine();
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
