package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statusgen.processor.fixtures.registry.OursStatus;
import dev.statusgen.processor.fixtures.registry.OursStatusTag;
import dev.statusgen.processor.fixtures.standard.HttpStatus;
import dev.statusgen.processor.fixtures.standard.HttpStatusCode;
import dev.statusgen.processor.fixtures.standard.HttpStatusTag;
import dev.statusgen.processor.fixtures.vendor.VendorsStatus;
import dev.statusgen.processor.fixtures.vendor.VendorsStatusTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The generated tag enum, such as {@code HttpStatusTag}, of the fixtures' holders: its constants, their ids,
 * descriptions, origin and codes, and the sets that {@code tags()} answers.
 */
class StatusTagTest {
    @Test
    void aVendorTagKnowsItsCodesInAscendingOrder() {
        assertThat(VendorsStatusTag.NGINX.codes())
                .asList()
                .containsExactly(444, 494, 495, 496, 497, 499)
                .inOrder();
        assertThat(VendorsStatusTag.AWS_ELB.codes())
                .asList()
                .containsExactly(460, 463, 464, 561)
                .inOrder();
        for (VendorsStatusTag tag : VendorsStatusTag.values()) {
            List<Integer> carriers = new ArrayList<>();
            for (VendorsStatus status : VendorsStatus.values()) {
                if (status.tags().contains(tag)) {
                    carriers.add(status.code());
                }
            }
            assertThat(tag.codes()).asList().containsExactlyElementsIn(carriers).inOrder();
        }
    }

    @Test
    void codesAnswersACopy() {
        int[] codes = VendorsStatusTag.NGINX.codes();
        codes[0] = 200;
        assertThat(VendorsStatusTag.NGINX.codes()[0]).isEqualTo(444);
    }

    @Test
    void theIdIsTheTagAsTheSpecSpellsIt() {
        assertThat(VendorsStatusTag.AWS_ELB.id()).isEqualTo("aws-elb");
        assertThat(VendorsStatusTag.find("aws-elb")).hasValue(VendorsStatusTag.AWS_ELB);
        assertThat(HttpStatusTag.NO_CONTENT.id()).isEqualTo("no-content");
        assertThat(HttpStatusTag.find("NO_CONTENT")).isEmpty();
        assertThat(HttpStatusTag.find("override")).isEmpty();
    }

    @Test
    void everyTagThatACodeCanCarryHasAConstantButOverride() {
        assertThat(HttpStatusTag.values())
                .asList()
                .containsExactly(
                        HttpStatusTag.WEBDAV,
                        HttpStatusTag.EXPERIMENTAL,
                        HttpStatusTag.DEPRECATED,
                        HttpStatusTag.UNUSED,
                        HttpStatusTag.NON_STANDARD,
                        HttpStatusTag.CACHEABLE,
                        HttpStatusTag.NO_CONTENT)
                .inOrder();
        assertThat(VendorsStatusTag.valueOf("CLOUDFLARE").id()).isEqualTo("cloudflare");
    }

    @Test
    void theDescriptionIsTheSpecs() {
        assertThat(HttpStatusTag.WEBDAV.description()).isEqualTo("A WebDAV extension of HTTP.");
        assertThat(OursStatusTag.PROXY.description()).isEqualTo("Sent by one of our proxies, not by the origin.");
        assertThat(HttpStatusTag.NO_CONTENT.description())
                .isEqualTo("Never has content: every 1xx code, 204 and 304 (RFC 9110, Section 6.4.1).");
    }

    @Test
    void statusgensTagsAreBuiltInAndAProjectsAreNot() {
        // Built into the processor, or declared by a table bundled with it.
        assertThat(HttpStatusTag.WEBDAV.builtIn()).isTrue();
        assertThat(HttpStatusTag.CACHEABLE.builtIn()).isTrue();
        assertThat(VendorsStatusTag.NGINX.builtIn()).isTrue();
        // Declared by the project's own spec.
        assertThat(OursStatusTag.PROXY.builtIn()).isFalse();
        assertThat(OursStatusTag.PROXY.codes())
                .asList()
                .containsExactly(499, 520)
                .inOrder();
        assertThat(OursStatus.CLIENT_CLOSED_REQUEST.isProxy()).isTrue();
    }

    @Test
    void tagsAnswersTheConstantsInTheOrderOfTheirIds() {
        assertThat(HttpStatus.NOT_FOUND.tags()).isEqualTo(Set.of(HttpStatusTag.CACHEABLE));
        assertThat(HttpStatus.PROCESSING.tags())
                .containsExactly(HttpStatusTag.NO_CONTENT, HttpStatusTag.WEBDAV)
                .inOrder();
        assertThat(VendorsStatus.CLIENT_CLOSED_REQUEST.tags())
                .containsExactly(VendorsStatusTag.NGINX, VendorsStatusTag.NON_STANDARD)
                .inOrder();
        assertThat(HttpStatus.BAD_REQUEST.tags()).isEmpty();
        assertThat(HttpStatusCode.valueOf(299).tags()).isEmpty();
    }

    @Test
    void tagsIsUnmodifiableAndTheSameSetEachTime() {
        Set<HttpStatusTag> tags = HttpStatus.NOT_FOUND.tags();
        assertThrows(UnsupportedOperationException.class, () -> tags.add(HttpStatusTag.WEBDAV));
        assertThrows(UnsupportedOperationException.class, () -> tags.remove(HttpStatusTag.CACHEABLE));
        assertThrows(
                UnsupportedOperationException.class,
                () -> HttpStatusCode.valueOf(299).tags().add(HttpStatusTag.UNUSED));
        assertThat(HttpStatus.NOT_FOUND.tags()).isSameInstanceAs(tags);
        assertThat(HttpStatus.NOT_FOUND.tags()).containsExactly(HttpStatusTag.CACHEABLE);
    }
}
