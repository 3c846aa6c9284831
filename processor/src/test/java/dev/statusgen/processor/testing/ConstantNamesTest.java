package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.model.Identifiers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fuzz tests' oracle for constant names ({@link ConstantNames}, written from docs/spec.md) and the
 * processor's rule ({@link Identifiers}) agree: on the examples of docs/spec.md, and on every name that the
 * fuzz generators make. {@code model/IdentifiersTest} checks both on its own cases.
 */
class ConstantNamesTest {
    /** An example of docs/spec.md: one or two names in code spans, then "gives" or "give" and a constant. */
    private static final Pattern EXAMPLE = Pattern.compile("`([^`]+)`(?: and `([^`]+)`)? gives? `([A-Z0-9_]+)`");

    /** The code that the examples of docs/spec.md assume. */
    private static final int EXAMPLE_CODE = 299;

    /** The fuzz corpus: the names of this many specs and registry files, and this many texts, from fixed seeds. */
    private static final int SPECS = 300;

    private static final int TEXTS = 20_000;

    @Test
    void bothGiveTheExamplesOfTheSpecDocument() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "spec.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("\n## Constant names\n");
        String section = doc.substring(start, doc.indexOf("\n## ", start + 1)).replaceAll("\\s*\n\\s*", " ");
        int examples = 0;
        for (Matcher m = EXAMPLE.matcher(section); m.find(); ) {
            for (String name : m.group(2) == null ? List.of(m.group(1)) : List.of(m.group(1), m.group(2))) {
                String constant = m.group(3);
                boolean classId = constant.startsWith("CLASS_");
                String oracle = classId
                        ? ConstantNames.classId(name, EXAMPLE_CODE)
                        : ConstantNames.constant(name, EXAMPLE_CODE);
                String processor = classId
                        ? Identifiers.classId(name, EXAMPLE_CODE)
                        : Identifiers.constantName(name, EXAMPLE_CODE);
                assertWithMessage("the oracle on the example %s", name)
                        .that(oracle)
                        .isEqualTo(constant);
                assertWithMessage("the processor on the example %s", name)
                        .that(processor)
                        .isEqualTo(constant);
                examples++;
            }
        }
        assertWithMessage("examples found in docs/spec.md").that(examples).isAtLeast(12);
    }

    @Test
    void bothGiveTheSameConstantsForTheFuzzCorpus() {
        List<String> names = new ArrayList<>();
        for (int seed = 0; seed < SPECS; seed++) {
            for (ExpectedTable.Code row :
                    SpecGenerator.expected(SpecGenerator.spec(new Random(seed))).codes()) {
                names.add(row.name());
                names.addAll(row.aliases());
            }
            for (ExpectedTable.Code row : RegistryGenerator.expected(RegistryGenerator.registry(new Random(seed)))
                    .codes()) {
                names.add(row.name());
            }
        }
        Random random = new Random(FuzzSettings.FIXED_SEEDS);
        for (int i = 0; i < TEXTS; i++) {
            names.add(SpecGenerator.text(random));
        }
        assertAgree(names);
        assertThat(names.size()).isGreaterThan(TEXTS + SPECS);
    }

    @Test
    void bothDropEveryCombiningMarkAndSeparateWordsAtAnyOtherCharacter() {
        List<String> names = List.of(
                "a\u0301b",
                "A\u20DDB",
                "x\u0903y",
                "\u212Aelvin",
                "e\u0301\u0302\u0303",
                "ma\u00dfe",
                "I\u2019m",
                "a\u2018b",
                "a`b",
                "a_b",
                "_a_",
                "\uD83D\uDE00a\uD83D\uDE00",
                "\uFF21\uFF22",
                "\uFB01ne",
                "\u0661\u0662x",
                "1a");
        assertAgree(names);
    }

    private static void assertAgree(List<String> names) {
        for (String name : names) {
            assertWithMessage("the constant of %s", SpecText.visible(name))
                    .that(ConstantNames.constant(name, EXAMPLE_CODE))
                    .isEqualTo(Identifiers.constantName(name, EXAMPLE_CODE));
        }
    }
}
