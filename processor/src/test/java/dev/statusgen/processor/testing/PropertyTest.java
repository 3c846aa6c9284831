package dev.statusgen.processor.testing;

import static com.google.common.truth.Truth.assertThat;
import static dev.statusgen.processor.testing.FuzzSettings.FIXED_SEEDS;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;

class PropertyTest {
    private static final Pattern SEED = Pattern.compile("-Dfuzz\\.seed=(-?\\d+)");

    /** Ten to twenty numbers from -1000 to 1000. */
    private static final Property<List<Integer>> LISTS = Property.<List<Integer>>forAll(
                    random -> IntStream.range(0, 10 + random.nextInt(11))
                            .mapToObj(i -> random.nextInt(2001) - 1000)
                            .toList(),
                    List::toString)
            .shrinkingBy(PropertyTest::withoutOneElement);

    private static Stream<List<Integer>> withoutOneElement(List<Integer> list) {
        return IntStream.range(0, list.size()).mapToObj(i -> {
            List<Integer> shorter = new ArrayList<>(list);
            shorter.remove(i);
            return shorter;
        });
    }

    /** Runs all the tests in order, as JUnit does, naming each in {@code names}; returns the first failure. */
    private static AssertionError runAll(Stream<DynamicTest> tests, List<String> names) {
        AssertionError first = null;
        for (DynamicTest test : (Iterable<DynamicTest>) tests::iterator) {
            names.add(test.getDisplayName());
            try {
                test.getExecutable().execute();
            } catch (AssertionError e) {
                first = first == null ? e : first;
            } catch (Throwable t) {
                throw new AssertionError("the runner let through " + t, t);
            }
        }
        return first;
    }

    @Test
    void aHoldingPropertyIsOneTestATryEachNamedWithItsSeed() {
        List<List<Integer>> cases = new ArrayList<>();
        List<String> names = new ArrayList<>();

        assertThat(runAll(LISTS.check(new FuzzSettings(40, OptionalLong.empty(), FIXED_SEEDS), cases::add), names))
                .isNull();

        assertThat(cases).hasSize(40);
        assertThat(names).hasSize(40);
        assertThat(names.get(0)).matches("try 1 of 40, seed -?\\d+");
        assertThat(names.get(39)).matches("try 40 of 40, seed -?\\d+");
    }

    @Test
    void aFailureNamesItsSeedWhichReplaysTheSameCase() {
        List<List<Integer>> cases = new ArrayList<>();
        ThrowingConsumer<List<Integer>> check = list -> {
            cases.add(list);
            assertThat(list).doesNotContain(7);
        };
        List<String> names = new ArrayList<>();
        AssertionError failure =
                runAll(LISTS.check(new FuzzSettings(100_000, OptionalLong.empty(), FIXED_SEEDS), check), names);
        assertThat(failure).isNotNull();
        Matcher seed = SEED.matcher(failure.getMessage());
        assertThat(seed.find()).isTrue();
        List<Integer> failing = cases.get(names.size() - 1);
        assertThat(failing).contains(7);
        assertThat(names.get(names.size() - 1)).endsWith("seed " + seed.group(1));

        cases.clear();
        names.clear();
        Properties replay = new Properties();
        replay.setProperty("fuzz.seed", seed.group(1));
        AssertionError replayed = runAll(LISTS.check(FuzzSettings.from(replay), check), names);

        assertThat(names).containsExactly("seed " + seed.group(1));
        assertThat(cases.get(0)).isEqualTo(failing);
        assertThat(replayed).hasMessageThat().startsWith("seed " + seed.group(1) + " failed; replay it with");
        assertThat(replayed).hasMessageThat().endsWith("to:\n[7]");
    }

    @Test
    void noTryRunsAfterAFailure() {
        List<String> names = new ArrayList<>();
        AssertionError failure = runAll(
                LISTS.check(
                        new FuzzSettings(1000, OptionalLong.empty(), FIXED_SEEDS),
                        list -> assertThat(list.size()).isLessThan(15)),
                names);

        // The failing try is the last one there is.
        assertThat(failure).hasMessageThat().startsWith(names.get(names.size() - 1) + " failed;");
        assertThat(names.get(names.size() - 1)).startsWith("try " + names.size() + " of 1000, seed ");
    }

    @Test
    void aFailureShrinksToAMinimalCaseThatFailsTheSameWay() {
        // Every case fails the size check, but the case of this seed has negative numbers, whose check comes
        // first: it must shrink to one negative number, not to five numbers of any sign.
        ThrowingConsumer<List<Integer>> check = list -> {
            if (list.stream().anyMatch(n -> n < 0)) {
                throw new IllegalStateException("negative: " + list);
            }
            assertThat(list.size()).isLessThan(5);
        };

        AssertionError failure =
                runAll(LISTS.check(new FuzzSettings(1, OptionalLong.of(2026), FIXED_SEEDS), check), new ArrayList<>());

        assertThat(failure).hasMessageThat().containsMatch("shrunk in \\d+ steps to:\n\\[-\\d+\\]$");
        assertThat(failure).hasCauseThat().isInstanceOf(IllegalStateException.class);
        assertThat(failure).hasCauseThat().hasMessageThat().matches("negative: \\[-\\d+\\]");
        assertThat(failure.getSuppressed()).hasLength(1);
        assertThat(failure.getSuppressed()[0]).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void settingsComeFromSystemPropertiesWithDefaults() {
        Properties none = new Properties();
        Properties both = new Properties();
        both.setProperty("fuzz.tries", "10000");
        both.setProperty("fuzz.seed", "-42");
        Properties bad = new Properties();
        bad.setProperty("fuzz.tries", "many");

        assertThat(FuzzSettings.from(none)).isEqualTo(new FuzzSettings(1000, OptionalLong.empty(), FIXED_SEEDS));
        assertThat(FuzzSettings.from(both)).isEqualTo(new FuzzSettings(10000, OptionalLong.of(-42), FIXED_SEEDS));
        assertThrows(IllegalArgumentException.class, () -> FuzzSettings.from(bad));
    }

    @Test
    void byDefaultEveryRunTriesTheSameCases() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        List<String> firstNames = new ArrayList<>();
        List<String> secondNames = new ArrayList<>();

        runAll(LISTS.check(FuzzSettings.from(new Properties()), first::add), firstNames);
        runAll(LISTS.check(FuzzSettings.from(new Properties()), second::add), secondNames);

        assertThat(FuzzSettings.from(new Properties()).seeds()).isEqualTo(FIXED_SEEDS);
        assertThat(first).hasSize(FuzzSettings.DEFAULT_TRIES);
        assertThat(second).isEqualTo(first);
        assertThat(secondNames).isEqualTo(firstNames);
    }

    @Test
    void freshSeedsTryOtherCasesInEachRun() {
        Properties fresh = new Properties();
        fresh.setProperty("fuzz.tries", "40");
        fresh.setProperty("fuzz.fresh", "true");
        Properties fixed = new Properties();
        fixed.setProperty("fuzz.tries", "40");
        fixed.setProperty("fuzz.fresh", "false");
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        List<List<Integer>> byDefault = new ArrayList<>();

        runAll(LISTS.check(FuzzSettings.from(fresh), first::add), new ArrayList<>());
        runAll(LISTS.check(FuzzSettings.from(fresh), second::add), new ArrayList<>());
        runAll(LISTS.check(FuzzSettings.from(fixed), byDefault::add), new ArrayList<>());

        assertThat(first).hasSize(40);
        assertThat(second).hasSize(40);
        assertThat(second).containsNoneIn(first);
        assertThat(byDefault).containsNoneIn(first);
        assertThat(FuzzSettings.from(fixed).seeds()).isEqualTo(FIXED_SEEDS);
        Properties bad = new Properties();
        bad.setProperty("fuzz.fresh", "yes");
        assertThrows(IllegalArgumentException.class, () -> FuzzSettings.from(bad));
    }

    @Test
    void eachPropertyTriesASequenceOfItsOwn() {
        FuzzSettings settings = new FuzzSettings(40, OptionalLong.empty(), FIXED_SEEDS);
        List<List<Integer>> valid = new ArrayList<>();
        List<List<Integer>> validAgain = new ArrayList<>();
        List<List<Integer>> mutated = new ArrayList<>();

        runAll(LISTS.check(settings.forProperty("valid"), valid::add), new ArrayList<>());
        runAll(LISTS.check(settings.forProperty("valid"), validAgain::add), new ArrayList<>());
        runAll(LISTS.check(settings.forProperty("mutated"), mutated::add), new ArrayList<>());

        assertThat(validAgain).isEqualTo(valid);
        assertThat(mutated).containsNoneIn(valid);
        assertThat(new FuzzSettings(1, OptionalLong.of(7), FIXED_SEEDS)
                        .forProperty("valid")
                        .seed())
                .isEqualTo(OptionalLong.of(7));
    }

    @Test
    void aShareOfTheTriesIsAtLeastOneAndKeepsTheSeed() {
        assertThat(new FuzzSettings(1000, OptionalLong.empty(), FIXED_SEEDS).share(30))
                .isEqualTo(new FuzzSettings(300, OptionalLong.empty(), FIXED_SEEDS));
        assertThat(new FuzzSettings(3, OptionalLong.empty(), FIXED_SEEDS).share(30))
                .isEqualTo(new FuzzSettings(1, OptionalLong.empty(), FIXED_SEEDS));
        assertThat(new FuzzSettings(1, OptionalLong.of(7), FIXED_SEEDS).share(30))
                .isEqualTo(new FuzzSettings(1, OptionalLong.of(7), FIXED_SEEDS));
        assertThrows(
                IllegalArgumentException.class, () -> new FuzzSettings(10, OptionalLong.empty(), FIXED_SEEDS).share(0));
    }

    @Test
    void aSeedGivesTheSameCaseEveryTime() {
        List<List<Integer>> first = new ArrayList<>();
        List<List<Integer>> second = new ArrayList<>();
        FuzzSettings replay = new FuzzSettings(1, OptionalLong.of(new Random().nextLong()), FIXED_SEEDS);

        runAll(LISTS.check(replay, first::add), new ArrayList<>());
        runAll(LISTS.check(replay, second::add), new ArrayList<>());

        assertThat(first).hasSize(1);
        assertThat(second).isEqualTo(first);
    }
}
