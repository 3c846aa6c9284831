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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The renderer gives the files of a holder in a fixed order, each the very text that its writer makes. */
class RendererTest {
    private static final WriterContext CONTEXT = new WriterContext(
            standardTable(),
            new GeneratedNames("com.example", "Http"),
            Optional.of(ClassName.get("javax.annotation.processing", "Generated")),
            Optional.empty(),
            "dev.statusgen.processor.StatusgenProcessor",
            Set.of());

    @Test
    void rendersTheFiveSourcesThenTheReference() {
        List<String> names = new ArrayList<>();
        for (Renderer.Rendered file : new Renderer().render(CONTEXT)) {
            names.add(file.file() + " " + file.name());
        }
        assertThat(names)
                .containsExactly(
                        "STATUS_ENUM com.example.HttpStatus",
                        "CODES com.example.HttpStatusCodes",
                        "STATUS_CLASS com.example.HttpStatusClass",
                        "CODE_INTERFACE com.example.HttpStatusCode",
                        "STATUS_TAG com.example.HttpStatusTag",
                        "REFERENCE META-INF/statusgen/com/example/Http.md")
                .inOrder();
    }

    @Test
    void theGeneratedTypesAreTheRenderedSourcesInTheirOrder() {
        List<String> sources = new ArrayList<>();
        for (Renderer.Rendered file : new Renderer().render(CONTEXT)) {
            if (file.file().isSource()) {
                sources.add(file.name());
            }
        }
        List<String> types = new ArrayList<>();
        for (ClassName type : CONTEXT.names().types()) {
            types.add(type.canonicalName());
        }
        assertThat(types).containsExactlyElementsIn(sources).inOrder();
    }

    @Test
    void eachFileIsWhatItsWriterMakesAlone() {
        List<Renderer.Rendered> files = new Renderer().render(CONTEXT);
        assertThat(files.get(0).text())
                .isEqualTo(StatusEnumWriter.write(CONTEXT).toString());
        assertThat(files.get(1).text()).isEqualTo(CodesWriter.write(CONTEXT).toString());
        assertThat(files.get(2).text())
                .isEqualTo(StatusClassWriter.write(CONTEXT).toString());
        assertThat(files.get(3).text())
                .isEqualTo(StatusCodeInterfaceWriter.write(CONTEXT).toString());
        assertThat(files.get(4).text()).isEqualTo(StatusTagWriter.write(CONTEXT).toString());
        assertThat(files.get(5).text()).isEqualTo(ReferenceDocWriter.write(CONTEXT));
        assertThat(files.get(0).text()).contains("public enum HttpStatus implements HttpStatusCode {");
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
