package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Old consumers: the generated code compiles, lint and doclint clean under {@code -Werror}, for each
 * {@code --release} that users build for, and the processor prints nothing on the JDK that runs the tests. A
 * JDK compiles only for releases up to its own, so JDK 17 skips {@code --release 21}; CI also runs these tests
 * on JDK 25, which covers all four.
 */
class ReleaseCompatibilityTest {
    private static final List<String> GENERATED_SOURCES =
            List.of("p/HttpStatus.java", "p/HttpStatusCodes.java", "p/HttpStatusClass.java", "p/HttpStatusCode.java");

    @ParameterizedTest(name = "--release {0}")
    @ValueSource(ints = {8, 11, 17, 21})
    void generatedCodeCompilesCleanForRelease(int release) {
        assumeTrue(Runtime.version().feature() >= release, "this JDK cannot compile for release " + release);
        List<String> options = new ArrayList<>(List.of("--release", Integer.toString(release)));
        if (release == 8) {
            // JDK 21 and later warn that release 8 is obsolete: a warning about the flag, not about the code.
            options.add("-Xlint:-options");
        }
        Compilation compilation = Compiling.compile(options, Compiling.holder(""));

        assertThat(compilation).succeededWithoutWarnings();
        String generated = release == 8 ? "javax.annotation.Generated" : "javax.annotation.processing.Generated";
        for (String path : GENERATED_SOURCES) {
            String source = Compiling.source(compilation, path);
            assertThat(source).contains("\nimport " + generated + ";\n");
            assertThat(source).contains("@Generated(\"dev.statusgen.processor.StatusgenProcessor\")");
            assertThat(source).contains("\n@StatusgenGenerated\n");
        }
        assertThat(classFileMajorVersion(compilation, "p/HttpStatus.class")).isEqualTo(44 + release);
    }

    @Test
    void processorPrintsNothingOnTheRunningJdk() {
        Compilation compilation = Compiling.compile(Compiling.holder(""));

        assertThat(compilation).succeeded();
        assertThat(compilation.diagnostics()).isEmpty();
    }

    private static int classFileMajorVersion(Compilation compilation, String path) {
        byte[] header = Compiling.classFile(compilation, path);
        return ((header[6] & 0xff) << 8) | (header[7] & 0xff);
    }
}
