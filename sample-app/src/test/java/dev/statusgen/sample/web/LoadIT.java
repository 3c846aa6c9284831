package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A load test sized for CI: 20,000 requests over 32 kept-alive connections to the shaded jar, across the pages and
 * the API. It prints its throughput and latencies, and asserts no timing: only that every request got its 200.
 */
class LoadIT {
    private static final int CONNECTIONS = 32;
    private static final int REQUESTS = 20_000;
    private static final List<String> PATHS = List.of(
            "/api/status/404",
            "/api/status/418",
            "/api/status/299",
            "/api/statuses",
            "/api/classes",
            "/",
            "/404",
            "/app.js",
            "/healthz");

    @Test
    void answers20000RequestsOver32ConnectionsWithNoErrorAndNo5xx() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--port", "0")) {
            int port = serve.uri().getPort();
            long[] nanos = new long[REQUESTS];
            ExecutorService clients = Executors.newFixedThreadPool(CONNECTIONS);
            Map<Integer, Integer> statuses = new TreeMap<>();
            long start = System.nanoTime();
            try {
                List<Future<Map<Integer, Integer>>> connections = new ArrayList<>();
                for (int c = 0; c < CONNECTIONS; c++) {
                    int first = c;
                    connections.add(clients.submit(() -> {
                        Map<Integer, Integer> counts = new TreeMap<>();
                        try (RawConnection connection = RawConnection.open(port)) {
                            for (int i = first; i < REQUESTS; i += CONNECTIONS) {
                                long sent = System.nanoTime();
                                int status = connection
                                        .get(PATHS.get(i % PATHS.size()))
                                        .status();
                                nanos[i] = System.nanoTime() - sent;
                                counts.merge(status, 1, Integer::sum);
                            }
                        }
                        return counts;
                    }));
                }
                for (Future<Map<Integer, Integer>> connection : connections) {
                    connection.get().forEach((status, count) -> statuses.merge(status, count, Integer::sum));
                }
            } finally {
                clients.shutdownNow();
            }
            long elapsed = System.nanoTime() - start;

            Arrays.sort(nanos);
            System.out.printf(
                    "LoadIT: %,d requests over %d connections in %,d ms: %,.0f requests/s; latency p50 %.1f ms, "
                            + "p99 %.1f ms, max %.1f ms; statuses %s%n",
                    REQUESTS,
                    CONNECTIONS,
                    TimeUnit.NANOSECONDS.toMillis(elapsed),
                    REQUESTS / (elapsed / 1e9),
                    nanos[REQUESTS / 2] / 1e6,
                    nanos[(int) Math.ceil(REQUESTS * 0.99) - 1] / 1e6,
                    nanos[REQUESTS - 1] / 1e6,
                    statuses);
            assertEquals(Map.of(200, REQUESTS), statuses, "every request answered 200: no error, no 5xx");
        }
    }
}
