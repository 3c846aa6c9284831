package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.statusgen.processor.testing.Property;
import dev.statusgen.processor.testing.SpecDocument;
import dev.statusgen.processor.testing.SpecGenerator;
import dev.statusgen.processor.testing.SpecText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the processor over random specs ({@link SpecGenerator}), one JUnit dynamic test a try
 * ({@link Property}). Tries per property: 1,000 by default; {@code -Dfuzz.tries=10000} for a long run. A failing
 * try names its seed and the spec it shrank to; {@code -Dfuzz.seed=SEED} replays that case alone:
 *
 * <pre>
 * mvn -B -pl processor -am test -Dtest=SpecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seed=SEED
 * </pre>
 */
class SpecFuzzTest {
    private static final Pattern SPEC_ERROR = Pattern.compile("fuzz-\\d+\\.md:\\d+(:\\d+)?: .+", Pattern.DOTALL);
    /** Numbers the spec files, so that no try reads another's. */
    private static final AtomicInteger FILES = new AtomicInteger();

    @TempDir
    static Path dir;

    /** A valid random spec compiles lint-clean, and its enum holds exactly the spec's rows. */
    @TestFactory
    Stream<DynamicTest> validSpecsGenerateCodeThatHoldsExactlyTheirRows() {
        return Property.forAll(SpecGenerator::spec, spec -> SpecText.visible(spec.text()))
                .shrinkingBy(spec -> spec.shrinks().filter(SpecGenerator::isValid))
                .check(spec -> {
                    Compilation compilation = compile(spec.text());
                    assertWithMessage("%s", compilation.diagnostics())
                            .that(compilation.status())
                            .isEqualTo(Compilation.Status.SUCCESS);
                    assertThat(compilation.warnings()).isEmpty();
                    Class<?> status = Compiling.classes(compilation).loadClass("p.HttpStatus");
                    SpecDocument.Table codes = spec.table("Name").orElseThrow();
                    assertThat(status.getEnumConstants()).hasLength(codes.rows().size());
                    for (List<String> row : codes.rows()) {
                        int code = Integer.parseInt(codes.cell(row, "Status Code"));
                        List<String> tags = Arrays.stream(
                                        codes.cell(row, "Tags").split(","))
                                .map(String::strip)
                                .filter(tag -> !tag.isEmpty())
                                .map(tag -> tag.toLowerCase(java.util.Locale.ROOT))
                                .sorted()
                                .distinct()
                                .toList();
                        Object constant = Compiling.call(status, "of", code);
                        assertThat(Compiling.call(constant, "code")).isEqualTo(code);
                        assertThat(Compiling.call(constant, "reasonPhrase"))
                                .isEqualTo(SpecGenerator.unescape(codes.cell(row, "Name")));
                        assertThat(Compiling.call(constant, "description"))
                                .isEqualTo(SpecGenerator.unescape(codes.cell(row, "Description")));
                        assertThat(Compiling.call(constant, "tags")).isEqualTo(tags);
                        assertThat(Compiling.call(constant, "isStandard")).isEqualTo(!tags.contains("non-standard"));
                    }
                });
    }

    /** A mutated spec either compiles clean or fails with errors that name the spec's lines; never a crash. */
    @TestFactory
    Stream<DynamicTest> mutatedSpecsCompileOrReportLines() {
        return Property.forAll(SpecGenerator::mutatedSpec, SpecText::visible)
                .shrinkingBy(SpecText::shrinks)
                .check(spec -> {
                    Compilation compilation = compile(spec);
                    if (compilation.status() == Compilation.Status.SUCCESS) {
                        assertThat(compilation.warnings()).isEmpty();
                        return;
                    }
                    assertThat(compilation.errors()).isNotEmpty();
                    for (Diagnostic<?> error : compilation.errors()) {
                        assertWithMessage("%s", compilation.diagnostics())
                                .that(error.getMessage(Locale.ROOT))
                                .matches(SPEC_ERROR);
                    }
                });
    }

    private static Compilation compile(String spec) {
        String name = "fuzz-" + FILES.incrementAndGet() + ".md";
        try {
            Files.write(dir.resolve(name), spec.getBytes(StandardCharsets.UTF_8));
            return Compiling.compile(
                    List.of("-Astatusgen.specDir=" + dir), Compiling.holder("spec = \"" + name + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(dir.resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
