package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.statusgen.processor.testing.FileCompilation;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ), which Eclipse users build with: for the same holders, it
 * generates the same files as under javac, and reports the same errors on the same lines. {@link
 * SpecErrorsTest} runs every spec error under ECJ as well.
 */
class EclipseCompilerTest {
    private static final String MINE = String.join(
            "\n",
            "Status Code | Id | Class | Description",
            "---|---|---|---",
            "200 - 299 | SUCCESSFUL | Success | Fine.",
            "",
            "Status Code | Name | Tags | Description",
            "---|---|---|---",
            "200 | OK | | It worked.",
            "299 | Nearly | experimental | It nearly worked.");

    @TempDir
    Path dir;

    @Test
    void theStandardTable() throws IOException {
        assertSameOutput(javac(Compiling.compile(Compiling.holder(""))), ecj(Compiling.holder("")));
    }

    @Test
    void aSpecOnTheClassPathOverTheStandardTable() throws IOException {
        JavaFileObject holder = Compiling.holder("spec = \"specs/nginx.md\", extendsStandard = true");
        assertSameOutput(javac(Compiling.compile(holder)), ecj(holder));
    }

    @Test
    void aSpecFromTheSpecDirectory() throws IOException {
        Compilation javac = Compiling.compileSpec(dir, "mine.md", MINE, "");
        assertSameOutput(javac(javac), ecj(Compiling.holder("spec = \"mine.md\""), "-Astatusgen.specDir=" + dir));
    }

    @Test
    void aSpecInTheClassOutput() throws IOException {
        Output javac = javac(Compiling.compileSpec(dir, "mine.md", MINE, ""));
        Path ecjDir = Files.createTempDirectory(dir, "ecj");
        Files.createDirectories(ecjDir.resolve("classes"));
        Files.writeString(ecjDir.resolve("classes/mine.md"), MINE);
        FileCompilation ecj = ecj(ecjDir, Compiling.holder("spec = \"mine.md\""));

        Map<String, String> resources = new TreeMap<>(ecj.generatedResources());
        assertThat(resources.remove("mine.md")).isEqualTo(MINE);
        assertThat(ecj.diagnostics()).isEmpty();
        assertThat(ecj.generatedSources()).containsExactlyEntriesIn(javac.sources());
        assertThat(resources).containsExactlyEntriesIn(javac.resources());
    }

    private static void assertSameOutput(Output javac, FileCompilation ecj) {
        assertThat(javac.sources()).hasSize(4);
        assertThat(javac.resources()).hasSize(1);
        assertThat(ecj.diagnostics()).isEmpty();
        assertThat(ecj.succeeded()).isTrue();
        assertThat(ecj.generatedSources()).containsExactlyEntriesIn(javac.sources());
        assertThat(ecj.generatedResources()).containsExactlyEntriesIn(javac.resources());
    }

    /** Compiles {@code holder} with ECJ and the processor, for Java 17, in a new directory. */
    private FileCompilation ecj(JavaFileObject holder, String... options) throws IOException {
        return ecj(Files.createTempDirectory(dir, "ecj"), holder, options);
    }

    /** Compiles {@code holder} with ECJ and the processor, for Java 17, in {@code ecjDir}. */
    static FileCompilation ecj(Path ecjDir, JavaFileObject holder, String... options) throws IOException {
        List<String> all = new ArrayList<>(List.of("--release", "17"));
        all.addAll(List.of(options));
        String path = holder.toUri().getPath().replaceFirst("^/", "");
        return FileCompilation.compile(
                new EclipseCompiler(),
                ecjDir,
                Map.of(path, holder.getCharContent(true).toString()),
                List.of(new StatusgenProcessor()),
                all);
    }

    /** What javac generated: sources and resources by path. */
    private record Output(Map<String, String> sources, Map<String, String> resources) {}

    private static Output javac(Compilation compilation) throws IOException {
        assertThat(compilation).succeededWithoutWarnings();
        Map<String, String> sources = new TreeMap<>();
        Map<String, String> resources = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String name = file.toUri().getPath();
            if (file.getKind() == JavaFileObject.Kind.SOURCE) {
                sources.put(
                        name.substring("/SOURCE_OUTPUT/".length()),
                        file.getCharContent(true).toString());
            } else if (file.getKind() != JavaFileObject.Kind.CLASS) {
                try {
                    resources.put(
                            name.substring("/CLASS_OUTPUT/".length()),
                            file.getCharContent(true).toString());
                } catch (FileNotFoundException e) {
                    // A file that the processor looked for in the class output, as it does for a spec, and did not
                    // find.
                }
            }
        }
        return new Output(sources, resources);
    }
}
