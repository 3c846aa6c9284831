package dev.statusgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The runnable jar that the README's first command builds, run as a user runs it. */
class MainJarIT {
    private static final Path JAR = Path.of("target", "statusgen-sample-app.jar");

    private record Result(int exit, String out, String err) {}

    private static Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), out, err);
    }

    @Test
    void theJarAnswersCodes() throws Exception {
        Result result = run("404", "418", "299");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("404 Not Found"));
        assertTrue(result.out().contains("418 I'm a teapot"));
        assertTrue(result.out().contains("299 Non-Standard Response"));
    }

    @Test
    void theJarRefusesInvalidInputWithoutAStackTrace() throws Exception {
        Result result = run("4O4");
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertEquals(
                "statusgen-sample: \"4O4\" is not a status code: expected 3 digits, such as 404",
                result.err().strip());
    }
}
