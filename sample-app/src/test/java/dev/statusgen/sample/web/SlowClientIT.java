package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Slow and stuck clients against the shaded jar: each holds its own connection and nothing else. The server runs
 * with its own limits, or with shorter ones given as the JDK's system properties, as a user would give them.
 */
class SlowClientIT {
    private static final int SLOW_CLIENTS = 64;
    private static final Duration TARGET = Duration.ofSeconds(1);
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String STATUS = "/api/status/404";

    @Test
    void answersANormalRequestWithin1sWhile64ClientsSitOnHalfSentRequests() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0")) {
            int port = serve.uri().getPort();
            warmUp(port);
            List<RawConnection> slow = new ArrayList<>();
            try {
                for (int i = 0; i < SLOW_CLIENTS; i++) {
                    slow.add(RawConnection.open(port).send(RawConnection.head(STATUS)));
                }
                long start = System.nanoTime();
                int status;
                try (RawConnection normal = RawConnection.open(port)) {
                    status = normal.get(STATUS).status();
                }
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                System.out.printf(
                        "SlowClientIT: a request on a new connection, with %d half-sent requests waiting, took %d ms%n",
                        SLOW_CLIENTS, took.toMillis());
                assertEquals(200, status);
                assertTrue(took.compareTo(TARGET) < 0, "answered in " + took.toMillis() + " ms");
                for (RawConnection connection : slow) {
                    assertFalse(connection.closedWithin(Duration.ofMillis(1)), "the half-sent requests still wait");
                }
            } finally {
                for (RawConnection connection : slow) {
                    connection.close();
                }
            }
            assertEquals(SLOW_CLIENTS, concurrentRequests(port, SLOW_CLIENTS), "then 64 clients at once are answered");
        }
    }

    @Test
    void closesARequestThatDoesNotArriveWithinTheReadLimitAndNothingElse() throws Exception {
        try (ServeProcess serve = ServeProcess.start(List.of("-Dsun.net.httpserver.maxReqTime=1"), "--port", "0");
                RawConnection kept = RawConnection.open(serve.uri().getPort());
                RawConnection half = RawConnection.open(serve.uri().getPort())) {
            assertEquals(200, kept.get("/healthz").status());
            half.send(RawConnection.head(STATUS));
            assertTrue(half.closedWithin(PATIENCE), "the server closes a request that is not whole in 1 s");
            assertEquals(200, kept.get("/healthz").status(), "and keeps the other connection");
        }
    }

    @Test
    void closesAConnectionThatDoesNotReadItsAnswersWithinTheWriteLimitAndNothingElse() throws Exception {
        try (ServeProcess serve = ServeProcess.start(List.of("-Dsun.net.httpserver.maxRspTime=1"), "--port", "0");
                RawConnection kept = RawConnection.open(serve.uri().getPort());
                RawConnection stuck =
                        RawConnection.openWithReceiveBuffer(serve.uri().getPort(), 1024)) {
            int size = kept.get("/api/statuses").body().length;
            int answers = 100;
            stuck.send(RawConnection.request("/api/statuses").repeat(answers));
            // The write limit is 1 s, and the server checks it every second.
            Thread.sleep(4000);
            long read = stuck.readToEnd(PATIENCE);
            assertTrue(read < (long) answers * size, "the server gave up after " + read + " bytes");
            assertEquals(200, kept.get("/healthz").status(), "and keeps the other connection");
        }
    }

    @Test
    void closesConnectionsOverTheLimitAndServesTheOthers() throws Exception {
        int limit = 4;
        try (ServeProcess serve =
                ServeProcess.start(List.of("-Djdk.httpserver.maxConnections=" + limit), "--port", "0")) {
            int port = serve.uri().getPort();
            List<RawConnection> open = new ArrayList<>();
            try {
                for (int i = 0; i < limit; i++) {
                    open.add(RawConnection.open(port));
                    assertEquals(200, open.get(i).get("/healthz").status());
                }
                try (RawConnection over = RawConnection.open(port)) {
                    over.send(RawConnection.request("/healthz"));
                    assertEquals(0, over.readToEnd(PATIENCE), "closed without an answer");
                }
                assertEquals(200, open.get(0).get("/healthz").status(), "the open connections are served");
                open.remove(limit - 1).close();
                assertTrue(answersANewConnection(port), "a closed connection makes room for a new one");
            } finally {
                for (RawConnection connection : open) {
                    connection.close();
                }
            }
        }
    }

    /** Gives the JIT and the server's threads a start, so that the measured request is a normal one. */
    private static void warmUp(int port) throws Exception {
        try (RawConnection connection = RawConnection.open(port)) {
            for (int i = 0; i < 200; i++) {
                assertEquals(200, connection.get(STATUS).status());
            }
        }
        concurrentRequests(port, 8);
    }

    /** The number of 200 answers to {@code clients} requests at once, each on a new connection. */
    private static int concurrentRequests(int port, int clients) throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                statuses.add(executor.submit(() -> {
                    try (RawConnection connection = RawConnection.open(port)) {
                        return connection.get(STATUS).status();
                    }
                }));
            }
            int ok = 0;
            for (Future<Integer> status : statuses) {
                ok += status.get() == 200 ? 1 : 0;
            }
            return ok;
        } finally {
            executor.shutdownNow();
        }
    }

    /** Whether a new connection gets an answer within {@link #PATIENCE}, trying every 50 ms. */
    private static boolean answersANewConnection(int port) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            try (RawConnection connection = RawConnection.open(port)) {
                if (connection.get("/healthz").status() == 200) {
                    return true;
                }
            } catch (IOException e) {
                Thread.sleep(50);
            }
        }
        return false;
    }
}
