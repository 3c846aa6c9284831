package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import dev.statusgen.processor.model.Identifiers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Property-based fuzzing of the processor. Tries per property: 1,000 by default; {@code -Dfuzz.tries=10000}
 * for a long run.
 */
class SpecFuzzTest {
    /** Text that has broken generators before: comment ends, unicode escapes, tags, HTML, format characters. */
    private static final List<String> HAZARDS = List.of(
            "*/",
            "/*",
            "\\u002A/",
            "\\u000a",
            "\\",
            "\\\\",
            "@param",
            "@deprecated",
            "{@link String}",
            "{@code x}",
            "<b>",
            "</p>",
            "<script>",
            "&",
            "&amp;",
            "\"",
            "'",
            "$L",
            "$S",
            "$$",
            "%s",
            "%n",
            "%",
            "ünï",
            "名前",
            "😀",
            "\u202e",
            "\t",
            "\u0000",
            "\u2028",
            "class",
            "3D",
            "!!!",
            "-",
            "_",
            "\\| pipe",
            "---",
            ":---:",
            "#",
            "`",
            "[x](y)",
            "Status Code");

    private static final Pattern SPEC_ERROR = Pattern.compile("fuzz-\\d+\\.md:\\d+(:\\d+)?: .+", Pattern.DOTALL);
    /** Numbers the spec files, so that no try reads another's, even a shrinking one left running. */
    private static final AtomicInteger FILES = new AtomicInteger();

    private static Path dir;

    @BeforeContainer
    static void createDirectory() throws IOException {
        dir = Files.createTempDirectory("statusgen-fuzz");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(dir);
    }

    /** A valid random spec compiles lint-clean, and its enum holds exactly the spec's rows. */
    @Property
    void validSpecsGenerateCodeThatHoldsExactlyTheirRows(@ForAll("specs") Spec spec) throws Throwable {
        Compilation compilation = compile(spec.text());
        assertWithMessage("%s", compilation.diagnostics())
                .that(compilation.status())
                .isEqualTo(Compilation.Status.SUCCESS);
        assertThat(compilation.warnings()).isEmpty();
        Class<?> status = Compiling.classes(compilation).loadClass("p.HttpStatus");
        assertThat(status.getEnumConstants()).hasLength(spec.rows.size());
        for (Row row : spec.rows) {
            Object constant = Compiling.call(status, "of", row.code);
            assertThat(Compiling.call(constant, "code")).isEqualTo(row.code);
            assertThat(Compiling.call(constant, "reasonPhrase"))
                    .isEqualTo(unescape(row.name).strip());
            assertThat(Compiling.call(constant, "description"))
                    .isEqualTo(unescape(row.description).strip());
            assertThat(Compiling.call(constant, "tags")).isEqualTo(List.copyOf(row.tags));
            assertThat(Compiling.call(constant, "isStandard")).isEqualTo(!row.tags.contains("non-standard"));
        }
    }

    /** A mutated spec either compiles clean or fails with errors that name the spec's lines; never a crash. */
    @Property
    void mutatedSpecsCompileOrReportLines(@ForAll("specs") Spec spec, @ForAll("mutations") List<Mutation> mutations) {
        List<String> lines = new ArrayList<>(List.of(spec.text().split("\n", -1)));
        for (Mutation mutation : mutations) {
            mutation.apply(lines);
        }
        Compilation compilation = compile(String.join("\n", lines));
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

    private static String unescape(String cell) {
        return cell.replace("\\|", "|");
    }

    @Provide
    Arbitrary<Spec> specs() {
        return Arbitraries.integers()
                .between(100, 998)
                .set()
                .ofMinSize(1)
                .ofMaxSize(3)
                .flatMap(starts -> {
                    List<Integer> bounds = new ArrayList<>(new TreeSet<>(starts));
                    List<int[]> ranges = new ArrayList<>();
                    for (int i = 0; i < bounds.size(); i++) {
                        int last = i + 1 < bounds.size() ? bounds.get(i + 1) - 1 : 999;
                        ranges.add(new int[] {bounds.get(i), last});
                    }
                    Arbitrary<List<Row>> rows = row(ranges)
                            .list()
                            .ofMinSize(1)
                            .ofMaxSize(12)
                            .uniqueElements(r -> r.code)
                            .map(SpecFuzzTest::withDistinctConstants);
                    return Combinators.combine(text().list().ofSize(ranges.size()), rows)
                            .as((classNames, codeRows) -> new Spec(ranges, classNames, codeRows));
                });
    }

    /** The rows, with a word added to each name whose constant an earlier row already has. */
    private static List<Row> withDistinctConstants(List<Row> rows) {
        Set<String> constants = new HashSet<>();
        List<Row> distinct = new ArrayList<>();
        for (Row row : rows) {
            String name = row.name;
            if (!constants.add(Identifiers.constantName(unescape(name).strip(), row.code))) {
                name = name + " Code" + row.code;
                constants.add(Identifiers.constantName(unescape(name).strip(), row.code));
            }
            distinct.add(new Row(row.code, name, row.description, row.tags));
        }
        return distinct;
    }

    private Arbitrary<Row> row(List<int[]> ranges) {
        Arbitrary<Integer> code =
                Arbitraries.of(ranges).flatMap(r -> Arbitraries.integers().between(r[0], r[1]));
        Arbitrary<List<String>> tags = Arbitraries.of("webdav", "experimental", "deprecated", "unused", "non-standard")
                .set()
                .ofMaxSize(3)
                .map(set -> List.of("webdav", "experimental", "deprecated", "unused", "non-standard").stream()
                        .filter(set::contains)
                        .toList());
        return Combinators.combine(code, text().filter(t -> !t.strip().isEmpty()), text(), tags)
                .as(Row::new);
    }

    /** Random text: hazards and random characters, without line ends or unescaped pipes. */
    private static Arbitrary<String> text() {
        Arbitrary<String> random = Arbitraries.strings()
                .withCharRange(' ', '\uD7FF')
                .excludeChars('|', '\n', '\r', '\u0085')
                .ofMaxLength(12);
        return Arbitraries.oneOf(
                        Arbitraries.of(HAZARDS),
                        random,
                        Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .list()
                .ofMinSize(1)
                .ofMaxSize(6)
                .map(parts -> String.join(" ", parts))
                .filter(t -> !t.endsWith("\\"));
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> mutation = Combinators.combine(
                        Arbitraries.of(MutationKind.values()),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000),
                        Arbitraries.of('|', '-', ':', ' ', '0', '9', 'x', '\\', '\u00e9', '\uFEFF', '\t'))
                .as(Mutation::new);
        return mutation.list().ofMinSize(1).ofMaxSize(3);
    }

    /** A code row of a generated spec. */
    record Row(int code, String name, String description, List<String> tags) {}

    /** A generated spec: classes over the given ranges, and code rows. */
    record Spec(List<int[]> ranges, List<String> classNames, List<Row> rows) {
        String text() {
            StringBuilder out =
                    new StringBuilder("# Fuzz\n\nStatus Code | Id | Class | Description\n---|---|---|---\n");
            for (int i = 0; i < ranges.size(); i++) {
                out.append(ranges.get(i)[0])
                        .append(" - ")
                        .append(ranges.get(i)[1])
                        .append(" | K")
                        .append(i)
                        .append(" | ")
                        .append(classNames.get(i).strip().isEmpty() ? "Class" : classNames.get(i))
                        .append(" | Class ")
                        .append(i)
                        .append(" |\n");
            }
            out.append("\nSome prose.\n\nStatus Code | Name | Tags | Description\n---|---|---|---\n");
            for (Row row : rows) {
                out.append(row.code)
                        .append(" | ")
                        .append(row.name)
                        .append(" | ")
                        .append(String.join(", ", row.tags))
                        .append(" | ")
                        .append(row.description)
                        .append(" |\n");
            }
            return out.toString();
        }

        @Override
        public String toString() {
            return text();
        }
    }

    /** How a mutation changes a spec's lines. */
    enum MutationKind {
        DELETE_CELL,
        DUPLICATE_CELL,
        SWAP_CELLS,
        CHANGE_CHARACTER,
        CUT_LINE,
        DELETE_LINE,
        DUPLICATE_LINE
    }

    /** One mutation, positioned by two random numbers. */
    record Mutation(MutationKind kind, int a, int b, char character) {
        void apply(List<String> lines) {
            if (lines.isEmpty()) {
                return;
            }
            int index = a % lines.size();
            String line = lines.get(index);
            List<String> cells = new ArrayList<>(List.of(line.split("\\|", -1)));
            switch (kind) {
                case DELETE_CELL -> {
                    cells.remove(b % cells.size());
                    lines.set(index, String.join("|", cells));
                }
                case DUPLICATE_CELL -> {
                    int cell = b % cells.size();
                    cells.add(cell, cells.get(cell));
                    lines.set(index, String.join("|", cells));
                }
                case SWAP_CELLS -> {
                    java.util.Collections.swap(cells, b % cells.size(), (b / 7) % cells.size());
                    lines.set(index, String.join("|", cells));
                }
                case CHANGE_CHARACTER -> {
                    if (!line.isEmpty()) {
                        int at = b % line.length();
                        lines.set(index, line.substring(0, at) + character + line.substring(at + 1));
                    }
                }
                case CUT_LINE -> lines.set(index, line.substring(0, line.isEmpty() ? 0 : b % line.length()));
                case DELETE_LINE -> lines.remove(index);
                case DUPLICATE_LINE -> lines.add(index, line);
            }
        }
    }
}
