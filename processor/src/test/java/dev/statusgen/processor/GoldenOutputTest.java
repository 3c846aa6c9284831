package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact output for two fixture holders, byte for byte: the five sources and the Markdown reference that
 * {@code fixtures/standard/Http} (the standard table) and {@code fixtures/registry/Registry} (the bundled IANA
 * registry) generate, against the golden files in {@code src/test/resources/golden/standard} and
 * {@code golden/iana}. Every change to the generated code thus shows in a diff of those files.
 *
 * <p>After a deliberate change, {@code -Dgolden.update=true} rewrites the golden files from the output instead:
 * {@code mvn -B -pl processor -am test -Dtest=GoldenOutputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dgolden.update=true}. The POM tells the test where the module's sources are ({@code processor.dir}).
 */
class GoldenOutputTest {
    private static final String FIXTURES = "dev/statusgen/processor/fixtures/";
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");

    @TempDir
    Path dir;

    @Test
    void theStandardTable() throws IOException {
        assertGolden("standard", "standard", "Http");
    }

    @Test
    void theIanaRegistry() throws IOException {
        assertGolden("iana", "registry", "Registry");
    }

    /**
     * Compiles the fixture holder {@code holder} of package {@code fixtures.fixture} alone with the processor, and
     * compares its six files with those of {@code golden/set}, or rewrites them.
     */
    private void assertGolden(String set, String fixture, String holder) throws IOException {
        Path module = Path.of(System.getProperty("processor.dir", ""));
        String holderPath = FIXTURES + fixture + "/" + holder + ".java";
        FileCompilation compilation = Compiler.JAVAC
                .job()
                .source(
                        holderPath,
                        Files.readString(module.resolve("src/test/java").resolve(holderPath)))
                .annotationsOnly()
                .compile(dir);
        Expect.clean(compilation);
        Path golden = module.resolve("src/test/resources/golden").resolve(set);
        Path generated = compilation.generatedSourceOutput().resolve(FIXTURES + fixture);
        Path reference = compilation.classOutput().resolve("META-INF/statusgen/" + FIXTURES + fixture);
        List<Path> outputs = List.of(
                generated.resolve(holder + "Status.java"),
                generated.resolve(holder + "StatusCodes.java"),
                generated.resolve(holder + "StatusClass.java"),
                generated.resolve(holder + "StatusCode.java"),
                generated.resolve(holder + "StatusTag.java"),
                reference.resolve(holder + ".md"));
        try (var listed = Files.list(generated)) {
            assertWithMessage("the sources generated in %s", generated)
                    .that(listed.map(Path::getFileName)
                            .map(Path::toString)
                            .sorted()
                            .toList())
                    .containsExactly(
                            holder + "Status.java",
                            holder + "StatusClass.java",
                            holder + "StatusCode.java",
                            holder + "StatusCodes.java",
                            holder + "StatusTag.java");
        }
        for (Path output : outputs) {
            Path file = golden.resolve(output.getFileName().toString());
            byte[] actual = Files.readAllBytes(output);
            if (UPDATE) {
                Files.createDirectories(golden);
                Files.write(file, actual);
            } else {
                assertSameBytes("golden/" + set + "/" + file.getFileName(), file, actual);
            }
        }
    }

    /** Fails, naming the golden file and its first line that differs, unless it holds exactly {@code actual}. */
    private static void assertSameBytes(String name, Path file, byte[] actual) throws IOException {
        String hint = "; if the change is deliberate, rewrite the golden files with -Dgolden.update=true and review"
                + " their diff";
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(name + " is missing" + hint);
        }
        byte[] expected = Files.readAllBytes(file);
        if (Arrays.equals(expected, actual)) {
            return;
        }
        List<String> want = lines(expected);
        List<String> got = lines(actual);
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        throw new AssertionError(name + " differs from the output at line " + (line + 1) + hint + "\n"
                + "- golden: " + shown(want, line) + "\n"
                + "+ output: " + shown(got, line));
    }

    /** Line {@code index} of {@code lines} as a message shows it: a carriage return and a missing line end visible. */
    private static String shown(List<String> lines, int index) {
        if (index >= lines.size()) {
            return "(end of file)";
        }
        String line = lines.get(index).replace("\r", "\\r");
        return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line + "(no line end)";
    }

    /** The lines of {@code bytes}, each with its line end, so that a difference in line ends shows too. */
    private static List<String> lines(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return Arrays.asList(text.split("(?<=\n)", -1));
    }
}
