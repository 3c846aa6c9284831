package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The forms of Markdown that people write by hand all give the same table. */
class InputFormsTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "plain",
                "bom",
                "crlf",
                "cr",
                "trailing spaces",
                "outer pipes",
                "no pipes",
                "alignment colons",
                "reordered columns",
                "no final newline"
            })
    void everyFormGivesTheSameTable(String form) throws Throwable {
        Compilation compilation =
                Compiling.compileSpec(dir, "forms.md", spec(form).getBytes(StandardCharsets.UTF_8), "");
        assertThat(compilation).succeededWithoutWarnings();
        ClassLoader classes = Compiling.classes(compilation);
        Class<?> status = classes.loadClass("p.HttpStatus");
        assertThat(status.getEnumConstants()).hasLength(2);
        Object teapot = Compiling.call(status, "of", 418);
        assertThat(Compiling.call(teapot, "reasonPhrase")).isEqualTo("I'm a teapot");
        assertThat(Compiling.call(teapot, "description")).isEqualTo("Short and stout.");
        assertThat(Compiling.call(teapot, "tags")).isEqualTo(java.util.List.of("experimental"));
        assertThat(Compiling.call(status, "find", 200)).isNotEqualTo(Optional.empty());
        Object statusClass = Compiling.call(classes.loadClass("p.HttpStatusClass"), "of", 418);
        assertThat(Compiling.call(statusClass, "displayName")).isEqualTo("Client errors");
    }

    private static String spec(String form) {
        String[] lines = {
            "# Our statuses",
            "Status Code | Class | Description |",
            "---|---|---|",
            "200 - 299 | Successes | It worked. |",
            "400 - 499 | Client errors | Your fault. |",
            "Some prose between the tables.",
            "Status Code | Name | Tags | Description |",
            "---|---|---|---|",
            "200 | OK | | Fine. |",
            "418 | I'm a teapot | experimental | Short and stout. |",
        };
        String separator = "\n";
        switch (form) {
            case "bom" -> lines[0] = "\uFEFF" + lines[0];
            case "crlf" -> separator = "\r\n";
            case "cr" -> separator = "\r";
            case "trailing spaces" -> {
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = lines[i] + "   \t";
                }
            }
            case "outer pipes" -> {
                for (int i = 1; i < lines.length; i++) {
                    if (lines[i].contains("|")) {
                        lines[i] = "| " + lines[i];
                    }
                }
            }
            case "no pipes" -> {
                for (int i = 1; i < lines.length; i++) {
                    lines[i] = lines[i].replaceAll("\\s*\\|$", "");
                }
            }
            case "alignment colons" -> {
                lines[2] = "|:---|:---:|---:|";
                lines[7] = ":--- | :---: | --- | ---:";
            }
            case "reordered columns" -> {
                lines[6] = "Description | Tags | Name | Status Code";
                lines[8] = "Fine. | | OK | 200";
                lines[9] = "Short and stout. | experimental | I'm a teapot | 418";
            }
            default -> {}
        }
        String text = String.join(separator, lines);
        return form.equals("no final newline") ? text : text + separator;
    }
}
