package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the processor finds a project's spec, and what it says when it cannot. */
class SpecLookupTest {
    private static final String SPEC = String.join(
            "\n",
            "Status Code | Class | Description",
            "---|---|---",
            "200 - 299 | Success | Fine.",
            "",
            "Status Code | Name | Description",
            "---|---|---",
            "201 | Made It | Created.");

    @TempDir
    Path dir;

    @Test
    void fromTheClassPath() throws Throwable {
        Compilation compilation =
                Compiling.compile(Compiling.holder("spec = \"specs/nginx.md\", extendsStandard = true"));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void fromTheSourcePath() throws Throwable {
        Files.writeString(dir.resolve("mine.md"), SPEC);
        Compilation compilation =
                Compiling.compile(List.of("-sourcepath", dir.toString()), Compiling.holder("spec = \"mine.md\""));
        assertThat(compilation).succeededWithoutWarnings();
        assertThat(Compiling.call(
                        Compiling.call(Compiling.classes(compilation).loadClass("p.HttpStatus"), "of", 201),
                        "reasonPhrase"))
                .isEqualTo("Made It");
    }

    @Test
    void fromTheSpecDirOptionInASubdirectory() throws IOException {
        Files.createDirectories(dir.resolve("specs"));
        Files.writeString(dir.resolve("specs/mine.md"), SPEC);
        Compilation compilation =
                Compiling.compile(List.of("-Astatusgen.specDir=" + dir), Compiling.holder("spec = \"specs/mine.md\""));
        assertThat(compilation).succeededWithoutWarnings();
    }

    @Test
    void aMissingSpecNamesEveryPlaceTried() {
        Compilation compilation =
                Compiling.compile(List.of("-Astatusgen.specDir=" + dir), Compiling.holder("spec = \"missing.md\""));
        assertThat(compilation).hadErrorCount(1);
        String error = compilation.errors().get(0).getMessage(Locale.ROOT);
        assertThat(error).startsWith("spec \"missing.md\" not found; looked in: -Astatusgen.specDir (");
        assertThat(error).contains("CLASS_OUTPUT");
        assertThat(error).contains("CLASS_PATH");
        assertThat(error).contains("SOURCE_PATH");
        assertThat(compilation)
                .hadErrorContaining("spec \"missing.md\" not found")
                .inFile(Compiling.holder("spec = \"missing.md\""))
                .onLineContaining("spec = \"missing.md\"");
    }

    @Test
    void aSpecPathThatCannotBeAPath() {
        Compilation compilation = Compiling.compile(Compiling.holder("spec = \"../../etc/\\u0000x.md\""));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation.errors().get(0).getMessage(Locale.ROOT)).contains("spec \"../../etc/");
    }
}
