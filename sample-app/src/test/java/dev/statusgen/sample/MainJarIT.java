package dev.statusgen.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void theJarNamesTheVendorOfACodeOutsideTheStandard() throws Exception {
        Result result = run("499");
        assertEquals(0, result.exit(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals("499 Client Closed Request", lines.get(0));
        assertTrue(lines.contains("  Standard:    no"), result.out());
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("  Vendor:      nginx: ")),
                "names nginx: " + result.out());
        assertTrue(
                lines.stream().anyMatch(line -> line.startsWith("  References:  https://nginx.org/en/docs/")),
                "links to nginx's documentation: " + result.out());
    }

    @Test
    void theJarRefusesInvalidInputWithoutAStackTrace() throws Exception {
        Result result = run("4O4");
        assertEquals(1, result.exit());
        assertEquals("", result.out());
        assertEquals(
                "statusgen-sample: No status code has \"4O4\" in its name or its aliases",
                result.err().strip());
    }

    @Test
    void theJarFindsACodeByName() throws Exception {
        Result result = run("not found");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("404 Not Found" + System.lineSeparator()), result.out());
    }

    @Test
    void theJarPrintsJson() throws Exception {
        Result result = run("--json", "404", "299");
        assertEquals(0, result.exit(), result.err());
        JsonNode statuses = new ObjectMapper().readTree(result.out());
        assertEquals(2, statuses.size());
        assertEquals("Not Found", statuses.get(0).get("name").asText());
        assertEquals(299, statuses.get(1).get("code").asInt());
        assertFalse(statuses.get(1).get("standard").asBoolean());
    }
}
