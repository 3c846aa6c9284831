package dev.statusgen.sample.web;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code java [JVM options] -jar statusgen-sample-app.jar serve [options]}, as a user runs it, in a JVM of its own.
 * Its stdout and stderr are read as they come, so that a server that writes an access log never waits for the test.
 */
final class ServeProcess implements AutoCloseable {
    private static final Path JAR = Path.of("target", "statusgen-sample-app.jar");
    private static final Duration START = Duration.ofSeconds(30);
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> out = new LinkedBlockingQueue<>();
    private final StringBuffer err = new StringBuffer();
    private final String listening;

    private ServeProcess(List<String> jvmOptions, List<String> options) throws IOException, InterruptedException {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by the package phase");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "serve"));
        command.addAll(options);
        process = new ProcessBuilder(command).start();
        drain(process.inputReader(), out::add, () -> out.add(END));
        drain(process.errorReader(), line -> err.append(line).append('\n'), () -> {});
        listening = nextLine(START);
        assertNotNull(listening, () -> "no 'Listening on' line; stderr: " + err);
        assertTrue(listening.startsWith("Listening on "), listening);
    }

    /** Starts {@code serve} with {@code options} and waits for its "Listening on" line. */
    static ServeProcess start(String... options) throws IOException, InterruptedException {
        return new ServeProcess(List.of(), List.of(options));
    }

    /** Starts {@code serve} with {@code options} in a JVM with {@code jvmOptions}, such as {@code -Dname=value}. */
    static ServeProcess start(List<String> jvmOptions, String... options) throws IOException, InterruptedException {
        return new ServeProcess(jvmOptions, List.of(options));
    }

    /** The first line of stdout, {@code Listening on URI}. */
    String listening() {
        return listening;
    }

    /** The URI of the "Listening on" line. */
    URI uri() {
        return URI.create(listening.substring("Listening on ".length()));
    }

    /** The next line of stdout, or null if none comes within {@code timeout} or stdout ended. */
    String nextLine(Duration timeout) throws InterruptedException {
        String line = out.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (END.equals(line)) {
            out.add(END);
            return null;
        }
        return line;
    }

    /** Sends SIGTERM, which runs the same shutdown hook as Ctrl-C's SIGINT. */
    void terminate() {
        process.toHandle().destroy(); // Process.destroy() would also close the streams that are still to be read
    }

    /** Whether the process exits within {@code timeout}. */
    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** The exit status of the process, which must have exited. */
    int exitValue() {
        return process.exitValue();
    }

    /** The rest of stdout, up to its end; the process must have exited. */
    List<String> remainingLines() throws InterruptedException {
        List<String> lines = new ArrayList<>();
        for (String line = nextLine(START); line != null; line = nextLine(START)) {
            lines.add(line);
        }
        return lines;
    }

    /** What the process wrote to stderr so far. */
    String err() {
        return err.toString();
    }

    /** Ends the process at once, if it still runs. */
    @Override
    public void close() {
        process.destroyForcibly();
    }

    private void drain(BufferedReader reader, Consumer<String> lines, Runnable atEnd) {
        Thread thread = new Thread(() -> {
            try (reader) {
                reader.lines().forEach(lines);
            } catch (IOException | UncheckedIOException e) {
                err.append("(reading the process's output failed: ").append(e).append(")\n");
            } finally {
                atEnd.run();
            }
        });
        thread.setDaemon(true);
        thread.start();
    }
}
