package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Old consumers: the generated code compiles, lint and doclint clean under {@code -Werror}, for each
 * {@code --release} that users build for, and the processor prints nothing under either compiler. A JDK compiles
 * only for releases up to its own, so JDK 17 skips {@code --release 21}; CI also runs these tests on JDK 25, which
 * covers all four. The lint and doclint options are javac's, so the releases are javac's cases.
 */
class ReleaseCompatibilityTest {
    private static final List<String> GENERATED_SOURCES =
            List.of("p/HttpStatus.java", "p/HttpStatusCodes.java", "p/HttpStatusClass.java", "p/HttpStatusCode.java");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {8, 11, 17, 21})
    void generatedCodeCompilesCleanForRelease(int release) {
        FileCompilation compilation = Compiler.JAVAC.holder("").release(release).compile(dir);

        Expect.clean(compilation);
        String generated = release == 8 ? "javax.annotation.Generated" : "javax.annotation.processing.Generated";
        for (String path : GENERATED_SOURCES) {
            String source = compilation.generatedSource(path);
            assertThat(source).contains("\nimport " + generated + ";\n");
            assertThat(source).contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")");
            assertThat(source).contains("\n@StatusgenGenerated\n");
        }
        assertThat(classFileMajorVersion(compilation.classFile("p/HttpStatus.class")))
                .isEqualTo(44 + release);
    }

    /**
     * Each integration at its library's Java floor, as docs/integrations.md gives them: Jakarta REST 3.0, 3.1 and 4.0
     * each at its own, the older two compiled against their API jar alone, which the build copies beside the tests.
     */
    @ParameterizedTest(name = "{0} {2} at --release {1}")
    @CsvSource({
        "JAVAX_REST, 8, ",
        "NETTY, 8, ",
        "JAKARTA_REST, 8, jakarta.ws.rs-api-3.0.0.jar",
        "JAKARTA_REST, 11, jakarta.ws.rs-api-3.1.0.jar",
        "JAKARTA_REST, 17, ",
        "SPRING_WEB, 17, "
    })
    void eachIntegrationCompilesCleanAtItsFloor(String integration, int release, String apiJar) {
        Compiler.Job job = Compiler.JAVAC
                .holder("integrations = HttpStatusTable.Integration." + integration)
                .release(release);
        if (apiJar != null) {
            job.annotationsOnly().classPath(Path.of(System.getProperty("framework.floors"), apiJar));
        }
        FileCompilation compilation = job.compile(dir);

        Expect.clean(compilation);
        assertThat(classFileMajorVersion(compilation.classFile("p/HttpStatusCode.class")))
                .isEqualTo(44 + release);
    }

    @ProcessorTest
    void processorPrintsNothing(Compiler compiler) {
        Expect.clean(compiler.holder("").compile(dir));
    }

    private static int classFileMajorVersion(byte[] classFile) {
        return ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
    }
}
