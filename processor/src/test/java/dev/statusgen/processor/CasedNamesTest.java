package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.statusgen.processor.fixtures.cased.CasedStatus;
import org.junit.jupiter.api.Test;

/**
 * Names that are the same but for case, which a spec may hold when they have no ASCII letter or digit (their
 * constants come from their codes): {@code findByReasonPhrase} finds each by its own spelling, and by another
 * spelling only where no name is spelled so. The fixture {@code fixtures.cased.Cased} is compiled by the processor
 * with these tests.
 */
class CasedNamesTest {
    @Test
    void eachNameIsFoundByItsOwnSpelling() {
        assertThat(CasedStatus.findByReasonPhrase("ω")).hasValue(CasedStatus.STATUS_101);
        assertThat(CasedStatus.findByReasonPhrase("Ω")).hasValue(CasedStatus.STATUS_102);
        assertThat(CasedStatus.findByReasonPhrase("σ")).hasValue(CasedStatus.SIGMA);
        assertThat(CasedStatus.findByReasonPhrase("Σ")).hasValue(CasedStatus.STATUS_104);
    }

    @Test
    void otherSpellingsAreFoundIgnoringCase() {
        assertThat(CasedStatus.findByReasonPhrase("SIGMA")).hasValue(CasedStatus.SIGMA);
        assertThat(CasedStatus.findByReasonPhrase("sigma")).hasValue(CasedStatus.SIGMA);
    }
}
