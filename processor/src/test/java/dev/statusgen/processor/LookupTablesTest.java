package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The precomputed tables behind the generated lookups answer as the plain lookups do: by code, every int as
 * {@code of} does; by reason phrase, every phrase in any case. The standard table has a code named Found, so
 * compiling it also checks that the tables' names cannot clash with a constant.
 */
class LookupTablesTest {
    private static Class<?> status;

    @BeforeAll
    static void compile() throws ClassNotFoundException {
        Compilation compilation = Compiling.compile(Compiling.holder(""));
        status = Compiling.classes(compilation).loadClass("p.HttpStatus");
    }

    @Test
    void findAgreesWithOfForEveryCodeAndReturnsOneOptionalPerStatus() throws Throwable {
        for (int code = -1; code <= 1000; code++) {
            Object found = Compiling.call(status, "find", code);
            Optional<Object> expected;
            try {
                expected = Optional.of(Compiling.call(status, "of", code));
            } catch (IllegalArgumentException e) {
                expected = Optional.empty();
            }
            assertThat(found).isEqualTo(expected);
            assertThat(Compiling.call(status, "find", code)).isSameInstanceAs(found);
        }
    }

    @Test
    void everyReasonPhraseIsFoundAsSpelledAndInAnyCase() throws Throwable {
        for (Object constant : status.getEnumConstants()) {
            String phrase = (String) Compiling.call(constant, "reasonPhrase");
            Object expected = Compiling.call(status, "find", (int) Compiling.call(constant, "code"));
            String[] spellings = {phrase, phrase.toLowerCase(Locale.ROOT), phrase.toUpperCase(Locale.ROOT)};
            for (String spelling : spellings) {
                assertThat(Compiling.call(status, "findByReasonPhrase", spelling))
                        .isSameInstanceAs(expected);
            }
        }
        assertThat(Compiling.call(status, "findByReasonPhrase", "Not Foundx")).isEqualTo(Optional.empty());
    }
}
