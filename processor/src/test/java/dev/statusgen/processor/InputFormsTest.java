package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.fixtures.forms.FormsStatus;
import dev.statusgen.processor.fixtures.forms.FormsStatusClass;
import dev.statusgen.processor.fixtures.forms.FormsStatusTag;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import dev.statusgen.processor.testing.Resources;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forms of Markdown that people write by hand all give the same table: the plain form, {@code fixtures/forms.md},
 * gives the fixture {@code fixtures.forms.Forms}, which the tests call, and every other form of it generates the
 * very same files.
 */
class InputFormsTest {
    private static final String PLAIN = Resources.text("/fixtures/forms.md");
    private static final String HOLDER = "spec = \"forms.md\"";

    @TempDir
    Path dir;

    @Test
    void thePlainFormGivesItsTable() {
        assertThat(FormsStatus.values()).asList().containsExactly(FormsStatus.OK, FormsStatus.IM_A_TEAPOT);
        assertThat(FormsStatus.IM_A_TEAPOT.code()).isEqualTo(418);
        assertThat(FormsStatus.IM_A_TEAPOT.reasonPhrase()).isEqualTo("I'm a teapot");
        assertThat(FormsStatus.IM_A_TEAPOT.description()).isEqualTo("Short and stout.");
        assertThat(FormsStatus.IM_A_TEAPOT.tags()).containsExactly(FormsStatusTag.EXPERIMENTAL);
        assertThat(FormsStatus.IM_A_TEAPOT.isExperimental()).isTrue();
        assertThat(FormsStatus.OK.tags()).isEmpty();
        assertThat(FormsStatus.OK.description()).isEqualTo("Fine.");
        assertThat(FormsStatusClass.values())
                .asList()
                .containsExactly(FormsStatusClass.SUCCESSES, FormsStatusClass.CLIENT_ERRORS)
                .inOrder();
        assertThat(FormsStatusClass.of(418).displayName()).isEqualTo("Client errors");
        assertThat(FormsStatus.IM_A_TEAPOT.isClientErrors()).isTrue();
        assertThat(FormsStatusClass.find(300)).isEmpty();
    }

    @ProcessorTest
    void everyFormGeneratesWhatThePlainFormDoes(Compiler compiler) {
        FileCompilation plain = compiler.compileHolder(dir, HOLDER, Map.of("forms.md", PLAIN));
        Expect.clean(plain);
        for (Form form : Form.values()) {
            String text = form.apply(PLAIN);
            assertWithMessage("%s: the spec", form).that(text).isNotEqualTo(PLAIN);
            FileCompilation compilation = compiler.holder(HOLDER)
                    .spec("forms.md", text.getBytes(StandardCharsets.UTF_8))
                    .compile(dir);
            assertWithMessage("%s: what the compiler reported", form)
                    .that(compilation.diagnostics())
                    .isEmpty();
            assertWithMessage("%s: the sources", form)
                    .that(compilation.generatedSources())
                    .containsExactlyEntriesIn(plain.generatedSources());
            assertWithMessage("%s: the reference", form)
                    .that(compilation.generatedResources())
                    .containsExactlyEntriesIn(plain.generatedResources());
        }
    }

    /** The forms of the plain spec, whose lines are a heading, two tables and prose between them. */
    private enum Form {
        BYTE_ORDER_MARK,
        CRLF,
        CR,
        TRAILING_SPACES,
        OUTER_PIPES,
        NO_OUTER_PIPES,
        ALIGNMENT_COLONS,
        REORDERED_COLUMNS,
        NO_FINAL_NEWLINE;

        String apply(String plain) {
            List<String> lines = plain.lines().toList();
            return switch (this) {
                case BYTE_ORDER_MARK -> "\uFEFF" + plain;
                case CRLF -> plain.replace("\n", "\r\n");
                case CR -> plain.replace("\n", "\r");
                case TRAILING_SPACES ->
                    join(lines.stream().map(l -> l + "   \t").toList());
                case OUTER_PIPES ->
                    join(lines.stream().map(l -> l.contains("|") ? "| " + l : l).toList());
                case NO_OUTER_PIPES ->
                    join(lines.stream().map(l -> l.replaceAll("\\s*\\|$", "")).toList());
                case ALIGNMENT_COLONS ->
                    join(lines.stream()
                            .map(l -> switch (l) {
                                case "---|---|---|" -> "|:---|:---:|---:|";
                                case "---|---|---|---|" -> ":--- | :---: | --- | ---:";
                                default -> l;
                            })
                            .toList());
                case REORDERED_COLUMNS ->
                    join(lines.stream()
                            .map(l -> switch (l) {
                                case "Status Code | Name | Tags | Description |" ->
                                    "Description | Tags | Name | Status Code";
                                case "200 | OK | | Fine. |" -> "Fine. | | OK | 200";
                                case "418 | I'm a teapot | experimental | Short and stout. |" ->
                                    "Short and stout. | experimental | I'm a teapot | 418";
                                default -> l;
                            })
                            .toList());
                case NO_FINAL_NEWLINE -> plain.strip();
            };
        }

        private static String join(List<String> lines) {
            return String.join("\n", lines) + "\n";
        }
    }
}
