package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.statusgen.processor.testing.GeneratedApi.call;
import static dev.statusgen.processor.testing.GeneratedApi.get;
import static dev.statusgen.processor.testing.GeneratedApi.isDeprecated;
import static dev.statusgen.processor.testing.GeneratedApi.tagIds;

import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.ConstantNames;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.ExpectedTable;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.FileCompilation.Report;
import dev.statusgen.processor.testing.FuzzSettings;
import dev.statusgen.processor.testing.GeneratedApi;
import dev.statusgen.processor.testing.Holder;
import dev.statusgen.processor.testing.Property;
import dev.statusgen.processor.testing.ReferenceText;
import dev.statusgen.processor.testing.RegistryGenerator;
import dev.statusgen.processor.testing.SpecGenerator;
import dev.statusgen.processor.testing.SpecText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-based fuzzing of the processor over random specs, Markdown ({@link SpecGenerator}) and registry CSV
 * ({@link RegistryGenerator}), one JUnit dynamic test a try ({@link Property}), compiled by javac as a strict
 * consumer compiles ({@link Compiler#JAVAC}). Tries per property: {@code fuzz.tries}, 1,000 by default, for the
 * Markdown properties; {@value #REGISTRY_SHARE} percent of it, 300 by default, for the registry ones, whose specs
 * go through the same validator and writers, so that a try finds less that the others do not. Each property
 * tries a fixed sequence of seeds of its own, the same in every run, so that a build fails only for what its own
 * change did; {@code -Dfuzz.fresh=true} draws fresh seeds, and {@code -Dfuzz.tries=10000 -Dfuzz.fresh=true} makes
 * a long run that looks for new bugs. A failing try names its seed and the spec it shrank to; {@code
 * -Dfuzz.seed=SEED} replays that seed in each property:
 *
 * <pre>
 * mvn -B -pl processor -am test -Dtest=SpecFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Dfuzz.seed=SEED
 * </pre>
 */
class SpecFuzzTest {
    /** The percent of {@code fuzz.tries} that each registry property tries. */
    static final int REGISTRY_SHARE = 30;

    private static final String MARKDOWN = "fuzz.md";
    private static final String REGISTRY = "fuzz.csv";

    @TempDir
    static Path dir;

    /**
     * A valid random Markdown spec (with declared tags, aliases and references) compiles lint-clean, and its
     * generated API holds exactly its rows.
     */
    @TestFactory
    Stream<DynamicTest> validSpecsGenerateCodeThatHoldsExactlyTheirRows() {
        return Property.forAll(SpecGenerator::spec, spec -> SpecText.visible(spec.text()))
                .shrinkingBy(spec -> spec.shrinks().filter(SpecGenerator::isValid))
                .check(
                        settings("validSpecs", 100),
                        spec -> compile(MARKDOWN, spec.text(), compilation -> {
                            Expect.clean(compilation);
                            holdsExactly(compilation, SpecGenerator.expected(spec));
                        }));
    }

    /** A mutated Markdown spec either compiles clean or fails with errors that name the spec's lines; never a crash. */
    @TestFactory
    Stream<DynamicTest> mutatedSpecsCompileOrReportLines() {
        return Property.forAll(SpecGenerator::mutatedSpec, SpecText::visible)
                .shrinkingBy(SpecText::shrinks)
                .check(
                        settings("mutatedSpecs", 100),
                        text -> compile(
                                MARKDOWN, text, compilation -> compilesOrReportsLines(compilation, MARKDOWN, text)));
    }

    /** A valid random registry file compiles lint-clean, and its generated API holds exactly its codes. */
    @TestFactory
    Stream<DynamicTest> validRegistryFilesGenerateCodeThatHoldsExactlyTheirCodes() {
        return Property.forAll(RegistryGenerator::registry, file -> SpecText.visible(file.text()))
                .shrinkingBy(file -> file.shrinks().filter(RegistryGenerator::isValid))
                .check(
                        settings("validRegistryFiles", REGISTRY_SHARE),
                        file -> compile(REGISTRY, file.text(), compilation -> {
                            Expect.clean(compilation);
                            holdsExactly(compilation, RegistryGenerator.expected(file));
                        }));
    }

    /** A mutated registry file either compiles clean or fails with errors that name the file's lines. */
    @TestFactory
    Stream<DynamicTest> mutatedRegistryFilesCompileOrReportLines() {
        return Property.forAll(RegistryGenerator::mutatedRegistry, SpecText::visible)
                .shrinkingBy(SpecText::shrinks)
                .check(
                        settings("mutatedRegistryFiles", REGISTRY_SHARE),
                        text -> compile(
                                REGISTRY, text, compilation -> compilesOrReportsLines(compilation, REGISTRY, text)));
    }

    /**
     * The settings of the property named {@code name}, which takes {@code percent} of {@code fuzz.tries}: its own
     * sequence of seeds, fixed unless {@code -Dfuzz.fresh=true}.
     */
    private static FuzzSettings settings(String name, int percent) {
        return FuzzSettings.fromSystemProperties().forProperty(name).share(percent);
    }

    /**
     * The generated API holds exactly the {@code expected} table: a constant per code and none other, each with
     * its constant name, values, tags, predicates, aliases (the same constant, and found by name) and references;
     * and the predicates of the classes and the tags, and no other.
     */
    private static void holdsExactly(FileCompilation compilation, ExpectedTable expected) throws Throwable {
        try (GeneratedApi api = new GeneratedApi(compilation)) {
            Class<?> status = api.type("p.HttpStatus");
            Class<?> codes = api.type("p.HttpStatusCodes");
            Class<?> statusCode = api.type("p.HttpStatusCode");
            Map<Integer, ExpectedTable.Code> byCode =
                    expected.codes().stream().collect(Collectors.toMap(ExpectedTable.Code::code, code -> code));

            assertThat(status.getEnumConstants()).hasLength(expected.codes().size());
            List<String> predicates = new ArrayList<>(expected.classifiers());
            predicates.addAll(List.of("isError", "isStandard"));
            predicates.addAll(expected.tagPredicates().values());
            assertWithMessage("the predicates of %s", statusCode)
                    .that(predicates(statusCode, 0))
                    .containsExactlyElementsIn(predicates);
            predicates.add("isValid");
            assertWithMessage("the predicates of %s", codes)
                    .that(predicates(codes, 1))
                    .containsExactlyElementsIn(predicates);
            for (int code = 0; code < 1000; code++) {
                ExpectedTable.Code row = byCode.get(code);
                assertWithMessage("find(%s)", code)
                        .that(((Optional<?>) call(status, "find", code)).isPresent())
                        .isEqualTo(row != null);
                assertWithMessage("isStandard(%s)", code)
                        .that(call(codes, "isStandard", code))
                        .isEqualTo(row != null && !row.tags().contains("non-standard"));
                for (Map.Entry<String, String> tag : expected.tagPredicates().entrySet()) {
                    assertWithMessage("%s(%s)", tag.getValue(), code)
                            .that(call(codes, tag.getValue(), code))
                            .isEqualTo(row != null && row.tags().contains(tag.getKey()));
                }
            }
            Map<String, Long> spellings = expected.codes().stream()
                    .flatMap(row -> Stream.concat(Stream.of(row.name()), row.aliases().stream()))
                    .collect(Collectors.groupingBy(spelling -> spelling, Collectors.counting()));
            for (ExpectedTable.Code row : expected.codes()) {
                holds(status, codes, row, expected.tagPredicates());
                foundByItsNames(status, row, spellings);
            }
        }
    }

    /** The constant of {@code row} holds it, and so do its alias fields and its int constants. */
    private static void holds(Class<?> status, Class<?> codes, ExpectedTable.Code row, Map<String, String> tags)
            throws Throwable {
        Object constant = call(status, "of", row.code());
        String name = ((Enum<?>) constant).name();
        boolean deprecated = row.tags().contains("deprecated");
        boolean standard = !row.tags().contains("non-standard");
        assertWithMessage("the constant of %s", row)
                .that(name)
                .isEqualTo(ConstantNames.constant(row.name(), row.code()));
        assertThat(call(constant, "code")).isEqualTo(row.code());
        assertThat(call(constant, "reasonPhrase")).isEqualTo(row.name());
        String description = (String) call(constant, "description");
        if (row.description() != null) {
            assertThat(description).isEqualTo(row.description());
        }
        for (String mention : row.mentions()) {
            assertThat(description).contains(mention);
        }
        assertThat(tagIds(constant)).isEqualTo(row.tags());
        assertThat(call(constant, "isStandard")).isEqualTo(standard);
        for (Map.Entry<String, String> tag : tags.entrySet()) {
            assertWithMessage("%s.%s()", name, tag.getValue())
                    .that(call(constant, tag.getValue()))
                    .isEqualTo(row.tags().contains(tag.getKey()));
        }
        assertWithMessage("whether %s is deprecated", name)
                .that(isDeprecated(status, name))
                .isEqualTo(deprecated);
        assertThat(get(codes, name)).isEqualTo(row.code());
        assertWithMessage("whether the int %s is deprecated", name)
                .that(isDeprecated(codes, name))
                .isEqualTo(deprecated);
        assertThat(call(constant, "aliases")).isEqualTo(row.aliases());
        List<ReferenceText.Ref> references = new ArrayList<>();
        for (Object reference : (List<?>) call(constant, "references")) {
            references.add(new ReferenceText.Ref(
                    (String) call(reference, "label"), (String) ((Optional<?>) call(reference, "url")).orElse(null)));
        }
        assertThat(references).isEqualTo(row.references());
        for (String alias : row.aliases()) {
            String field = ConstantNames.constant(alias, row.code());
            assertWithMessage("the alias %s of %s", field, name)
                    .that(get(status, field))
                    .isSameInstanceAs(constant);
            assertThat(get(codes, field)).isEqualTo(row.code());
            assertWithMessage("whether the alias %s is deprecated", field)
                    .that(isDeprecated(status, field))
                    .isEqualTo(deprecated);
            assertWithMessage("whether the int alias %s is deprecated", field)
                    .that(isDeprecated(codes, field))
                    .isEqualTo(deprecated);
        }
    }

    /**
     * {@code findByReasonPhrase} finds the constant of {@code row} by its name and by each alias, spelled as in the
     * spec or with ASCII letters in the other case; a spelling that {@code spellings} counts more than once, as
     * two names without ASCII letters or digits can be, finds one of the codes that have it.
     */
    private static void foundByItsNames(Class<?> status, ExpectedTable.Code row, Map<String, Long> spellings)
            throws Throwable {
        Object constant = call(status, "of", row.code());
        List<String> names = new ArrayList<>(List.of(row.name()));
        names.addAll(row.aliases());
        for (String spelling : names) {
            for (String asked : List.of(spelling, flipAsciiCase(spelling))) {
                Optional<?> found = (Optional<?>) call(status, "findByReasonPhrase", asked);
                if (spellings.get(spelling) > 1) {
                    assertWithMessage("findByReasonPhrase(\"%s\")", SpecText.visible(asked))
                            .that(found.isPresent())
                            .isTrue();
                    List<Object> theirs = new ArrayList<>((List<?>) call(found.get(), "aliases"));
                    theirs.add(call(found.get(), "reasonPhrase"));
                    assertWithMessage("the names of %s", found.get())
                            .that(theirs)
                            .contains(spelling);
                } else {
                    assertWithMessage("findByReasonPhrase(\"%s\")", SpecText.visible(asked))
                            .that(found)
                            .isEqualTo(Optional.of(constant));
                }
            }
        }
    }

    /** The names of the public methods of {@code type} that start with is and take {@code parameters}. */
    private static Set<String> predicates(Class<?> type, int parameters) {
        Set<String> names = new TreeSet<>();
        for (Method method : type.getMethods()) {
            if (method.getName().startsWith("is") && method.getParameterCount() == parameters) {
                names.add(method.getName());
            }
        }
        return names;
    }

    /** {@code text} with each ASCII letter in the other case, which a lookup that ignores case finds alike. */
    private static String flipAsciiCase(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return out.toString();
    }

    /**
     * The compile either succeeded clean, or failed with nothing generated and only errors that name {@code file}
     * and one of its lines.
     */
    private static void compilesOrReportsLines(FileCompilation compilation, String file, String text) {
        if (compilation.succeeded()) {
            Expect.clean(compilation);
            return;
        }
        Pattern located = Pattern.compile(Pattern.quote(file) + ":(\\d+)(:\\d+)?: .+", Pattern.DOTALL);
        int lines = Math.max(1, lineCount(text));
        List<Report> errors = compilation.diagnostics(Diagnostic.Kind.ERROR);
        assertWithMessage("the errors of %s", compilation.diagnostics())
                .that(errors)
                .isNotEmpty();
        for (Report error : errors) {
            Matcher matcher = located.matcher(error.message());
            assertWithMessage("%s", compilation.diagnostics())
                    .that(matcher.matches())
                    .isTrue();
            int line = Integer.parseInt(matcher.group(1));
            assertWithMessage("the line of %s, in %s lines", error, lines)
                    .that(line >= 1 && line <= lines)
                    .isTrue();
        }
        assertWithMessage("what the compiler reported")
                .that(compilation.diagnostics().stream()
                        .filter(d -> d.kind() != Diagnostic.Kind.ERROR)
                        .toList())
                .isEmpty();
        assertWithMessage("the sources generated from a spec with errors")
                .that(compilation.generatedSources())
                .isEmpty();
    }

    /** The lines of {@code text}, whose line ends are LF, CRLF or CR, as the spec readers count them. */
    private static int lineCount(String text) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
        }
        return text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? lines : lines + 1;
    }

    /**
     * Compiles the {@link Holder} of the spec {@code name} with the text {@code text} under javac, checks the
     * compile, then deletes its files.
     */
    private static void compile(String name, String text, ThrowingConsumer<FileCompilation> check) throws Throwable {
        Path work = Files.createTempDirectory(dir, "try");
        try {
            check.accept(Compiler.JAVAC
                    .holder("spec = \"" + name + "\"")
                    .spec(name, text)
                    .annotationsOnly()
                    .compile(work));
        } finally {
            delete(work);
        }
    }

    private static void delete(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
