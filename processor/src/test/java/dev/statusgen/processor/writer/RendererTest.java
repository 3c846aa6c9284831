package dev.statusgen.processor.writer;

import static com.google.common.truth.Truth.assertThat;

import com.palantir.javapoet.ClassName;
import dev.statusgen.processor.diag.Problems;
import dev.statusgen.processor.model.StatusTable;
import dev.statusgen.processor.spec.SpecDecoder;
import dev.statusgen.processor.spec.SpecParser;
import dev.statusgen.processor.spec.SpecValidator;
import dev.statusgen.processor.testing.Resources;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The renderer formats the files of a holder on several threads: the files come back in a fixed order, each the
 * very text that its writer makes on the caller's thread, however many holders render at once.
 */
class RendererTest {
    private static final WriterContext CONTEXT = new WriterContext(
            standardTable(),
            new GeneratedNames("com.example", "Http"),
            Optional.of(ClassName.get("javax.annotation.processing", "Generated")),
            Optional.empty(),
            "dev.statusgen.processor.StatusgenProcessor",
            null);

    @Test
    void rendersTheFourSourcesThenTheReference() {
        List<String> names = new ArrayList<>();
        for (Renderer.Rendered file : Renderer.render(CONTEXT)) {
            names.add(file.kind() + " " + file.name());
        }
        assertThat(names)
                .containsExactly(
                        "SOURCE com.example.HttpStatus",
                        "SOURCE com.example.HttpStatusCodes",
                        "SOURCE com.example.HttpStatusClass",
                        "SOURCE com.example.HttpStatusCode",
                        "RESOURCE META-INF/statusgen/com/example/Http.md")
                .inOrder();
    }

    @Test
    void eachFileIsWhatItsWriterMakesAlone() {
        List<Renderer.Rendered> files = Renderer.render(CONTEXT);
        assertThat(files.get(0).text())
                .isEqualTo(StatusEnumWriter.write(CONTEXT).toString());
        assertThat(files.get(1).text()).isEqualTo(CodesWriter.write(CONTEXT).toString());
        assertThat(files.get(2).text())
                .isEqualTo(StatusClassWriter.write(CONTEXT).toString());
        assertThat(files.get(3).text())
                .isEqualTo(StatusCodeInterfaceWriter.write(CONTEXT).toString());
        assertThat(files.get(4).text()).isEqualTo(ReferenceDocWriter.write(CONTEXT));
        assertThat(files.get(0).text()).contains("public enum HttpStatus implements HttpStatusCode {");
    }

    @Test
    void manyHoldersAtOnceRenderTheSameText() throws InterruptedException {
        List<Renderer.Rendered> expected = Renderer.render(CONTEXT);
        List<List<Renderer.Rendered>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread thread = new Thread(() -> {
                List<Renderer.Rendered> files = Renderer.render(CONTEXT);
                synchronized (results) {
                    results.add(files);
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(results).hasSize(8);
        for (List<Renderer.Rendered> files : results) {
            assertThat(files).isEqualTo(expected);
        }
    }

    private static StatusTable standardTable() {
        Problems problems = new Problems();
        String text = Resources.text(Resources.STANDARD);
        StatusTable table = SpecValidator.compose(
                        List.of(SpecParser.parse("http-status-codes.md", SpecDecoder.text(text), problems)),
                        "http-status-codes.md",
                        problems)
                .orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        return table;
    }
}
