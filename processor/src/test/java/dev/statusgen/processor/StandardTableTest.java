package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statusgen.processor.fixtures.standard.HttpStatus;
import dev.statusgen.processor.fixtures.standard.HttpStatusClass;
import dev.statusgen.processor.fixtures.standard.HttpStatusCode;
import dev.statusgen.processor.fixtures.standard.HttpStatusCodes;
import dev.statusgen.processor.fixtures.standard.HttpStatusTag;
import dev.statusgen.processor.testing.SeedTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What a holder that names no spec gets from the bundled standard table, called as a consumer calls it: the fixture
 * {@code fixtures.standard.Http} is compiled by the processor with these tests. {@link StandardSourceTest} checks
 * the generated source text.
 */
class StandardTableTest {

    @Test
    void everySeedCodeIsAStatusWithTheSeedsNameDescriptionAndMarkers() {
        for (SeedTable.Row row : SeedTable.ROWS) {
            HttpStatus status = HttpStatus.of(row.code());
            assertThat(status.code()).isEqualTo(row.code());
            assertThat(status.reasonPhrase()).isEqualTo(row.name());
            assertThat(status.description()).isEqualTo(row.description());
            assertThat(status.tags().stream().map(HttpStatusTag::id).toList()).containsAtLeastElementsIn(row.tags());
        }
        assertThat(HttpStatus.values()).hasLength(SeedTable.ROWS.size());
    }

    @Test
    void constantsAreNamedInUpperSnakeCaseAfterTheirReasonPhrase() {
        assertThat(HttpStatus.NOT_FOUND.code()).isEqualTo(404);
        assertThat(HttpStatus.IM_A_TEAPOT.code()).isEqualTo(418);
        assertThat(HttpStatus.NON_AUTHORITATIVE_INFORMATION.code()).isEqualTo(203);
        assertThat(HttpStatus.HTTP_VERSION_NOT_SUPPORTED.code()).isEqualTo(505);
        assertThat(HttpStatus.IM_USED.code()).isEqualTo(226);
        assertThat(HttpStatus.of(404)).isSameInstanceAs(HttpStatus.NOT_FOUND);
    }

    @Test
    void accessorsAnswerFromTheTable() {
        HttpStatus notFound = HttpStatus.NOT_FOUND;
        assertThat(notFound.reasonPhrase()).isEqualTo("Not Found");
        assertThat(notFound.description()).startsWith("The server can not find the requested resource.");
        assertThat(notFound.statusClass()).isEqualTo(HttpStatusClass.CLIENT_ERROR);
        assertThat(notFound.tags()).containsExactly(HttpStatusTag.CACHEABLE);
        assertThat(notFound.aliases()).isEmpty();
        assertThat(notFound.isStandard()).isTrue();
        assertThat(notFound.toString()).isEqualTo("404 Not Found");
        assertThat(HttpStatus.PROCESSING.tags())
                .containsExactly(HttpStatusTag.NO_CONTENT, HttpStatusTag.WEBDAV)
                .inOrder();
    }

    @Test
    void classifiersAndTagPredicatesOfAStatus() {
        assertThat(HttpStatus.NOT_FOUND.isClientError()).isTrue();
        assertThat(HttpStatus.NOT_FOUND.isServerError()).isFalse();
        assertThat(HttpStatus.NOT_FOUND.isError()).isTrue();
        assertThat(HttpStatus.NOT_FOUND.isCacheable()).isTrue();
        assertThat(HttpStatus.of(204).isNoContent()).isTrue();
        assertThat(HttpStatus.of(200).isNoContent()).isFalse();
        assertThat(HttpStatus.PROCESSING.isInformational()).isTrue();
        assertThat(HttpStatus.PROCESSING.isError()).isFalse();
        assertThat(HttpStatus.PROCESSING.isWebdav()).isTrue();
        assertThat(HttpStatus.TOO_EARLY.isExperimental()).isTrue();
        assertThat(HttpStatus.UNUSED.isUnused()).isTrue();
        assertThat(HttpStatus.BAD_REQUEST.isCacheable()).isFalse();
    }

    @Test
    void everyTagPredicateAgreesWithTags() {
        for (HttpStatus status : HttpStatus.values()) {
            Set<HttpStatusTag> tags = status.tags();
            assertWithMessage("%s", status)
                    .that(status.isCacheable())
                    .isEqualTo(tags.contains(HttpStatusTag.CACHEABLE));
            assertWithMessage("%s", status)
                    .that(status.isNoContent())
                    .isEqualTo(tags.contains(HttpStatusTag.NO_CONTENT));
            assertWithMessage("%s", status).that(status.isWebdav()).isEqualTo(tags.contains(HttpStatusTag.WEBDAV));
            assertWithMessage("%s", status)
                    .that(status.isDeprecated())
                    .isEqualTo(tags.contains(HttpStatusTag.DEPRECATED));
            assertWithMessage("%s", status)
                    .that(status.isStandard())
                    .isEqualTo(!tags.contains(HttpStatusTag.NON_STANDARD));
            int code = status.code();
            assertWithMessage("%s", status)
                    .that(HttpStatusCodes.isCacheable(code))
                    .isEqualTo(status.isCacheable());
            assertWithMessage("%s", status)
                    .that(HttpStatusCodes.isNoContent(code))
                    .isEqualTo(status.isNoContent());
            assertWithMessage("%s", status)
                    .that(HttpStatusCodes.isStandard(code))
                    .isEqualTo(status.isStandard());
        }
    }

    @Test
    void codesOutsideTheStandardsAreTaggedAndNotStandard() {
        assertThat(HttpStatus.RETRY_WITH.isStandard()).isFalse();
        assertThat(HttpStatus.RETRY_WITH.tags()).containsExactly(HttpStatusTag.NON_STANDARD);
        assertThat(HttpStatus.BANDWIDTH_LIMIT_EXCEEDED.isStandard()).isFalse();
        assertThat(HttpStatusCodes.isStandard(509)).isFalse();
        assertThat(HttpStatusCodes.isStandard(404)).isTrue();
    }

    @Test
    void aliasesAreTheVeryConstantsOfTheirCode() {
        assertThat(HttpStatus.CONTENT_TOO_LARGE).isSameInstanceAs(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        assertThat(HttpStatus.PAYLOAD_TOO_LARGE).isSameInstanceAs(HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        assertThat(HttpStatus.UNPROCESSABLE_CONTENT).isSameInstanceAs(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(HttpStatusCodes.CONTENT_TOO_LARGE).isEqualTo(413);
        assertThat(HttpStatusCodes.UNPROCESSABLE_CONTENT).isEqualTo(422);
        assertThat(HttpStatus.REQUEST_ENTITY_TOO_LARGE.aliases())
                .containsExactly("Content Too Large", "Payload Too Large")
                .inOrder();
        assertThat(HttpStatus.FOUND.aliases()).containsExactly("Moved Temporarily");
    }

    @Test
    void referencesLinkTheRfcSections() {
        HttpStatusCode.Reference reference = HttpStatus.NOT_FOUND.references().get(0);
        assertThat(HttpStatus.NOT_FOUND.references()).hasSize(1);
        assertThat(reference.label()).isEqualTo("RFC 9110, Section 15.5.5");
        assertThat(reference.url()).hasValue("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5");
        assertThat(reference.toString())
                .isEqualTo("RFC 9110, Section 15.5.5 <https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5>");
        assertThat(reference).isEqualTo(HttpStatus.of(404).references().get(0));
        assertThat(HttpStatus.EARLY_HINTS.references().get(0).url())
                .hasValue("https://www.rfc-editor.org/rfc/rfc8297.html");
        HttpStatusCode.Reference plain = HttpStatus.RETRY_WITH.references().get(0);
        assertThat(plain.label())
                .isEqualTo("Microsoft Internet Information Services (IIS) extension; not in the IANA registry");
        assertThat(plain.url()).isEmpty();
        assertThat(HttpStatus.NOT_EXTENDED.references().stream()
                        .map(HttpStatusCode.Reference::label)
                        .toList())
                .containsExactly("RFC 2774", "status-change-http-experiments-to-historic")
                .inOrder();
    }

    @Test
    @SuppressWarnings("deprecation")
    void deprecatedCodesAreDeprecatedInBothForms() throws NoSuchFieldException {
        assertThat(HttpStatus.USE_PROXY.isDeprecated()).isTrue();
        assertThat(HttpStatusCodes.isDeprecated(HttpStatusCodes.USE_PROXY)).isTrue();
        assertThat(HttpStatus.class.getField("USE_PROXY").isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(HttpStatusCodes.class.getField("USE_PROXY").isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(HttpStatus.class.getField("NOT_FOUND").isAnnotationPresent(Deprecated.class))
                .isFalse();
    }

    @Test
    void findAndOfAnswerEveryIntAsTheTableDoes() {
        for (int code = -1; code <= 1000; code++) {
            Optional<HttpStatus> expected = Optional.empty();
            for (HttpStatus status : HttpStatus.values()) {
                if (status.code() == code) {
                    expected = Optional.of(status);
                }
            }
            Optional<HttpStatus> found = HttpStatus.find(code);
            assertWithMessage("find(%s)", code).that(found).isEqualTo(expected);
            assertWithMessage("find(%s) again", code)
                    .that(HttpStatus.find(code))
                    .isSameInstanceAs(found);
            if (expected.isPresent()) {
                assertWithMessage("of(%s)", code).that(HttpStatus.of(code)).isSameInstanceAs(expected.get());
            } else {
                int missing = code;
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatus.of(missing));
                assertThat(e).hasMessageThat().isEqualTo("HTTP status code " + code + " is not in the status table");
            }
        }
        for (int code : new int[] {Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            assertThat(HttpStatus.find(code)).isEmpty();
        }
    }

    @Test
    void everyReasonPhraseAndAliasIsFoundInAnyCase() {
        for (HttpStatus status : HttpStatus.values()) {
            List<String> names = new ArrayList<>(status.aliases());
            names.add(status.reasonPhrase());
            for (String name : names) {
                for (String spelling : List.of(name, name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT))) {
                    assertWithMessage("findByReasonPhrase(%s)", spelling)
                            .that(HttpStatus.findByReasonPhrase(spelling))
                            .hasValue(status);
                }
            }
        }
        assertThat(HttpStatus.findByReasonPhrase("unprocessable content")).hasValue(HttpStatus.of(422));
        assertThat(HttpStatus.findByReasonPhrase("I'M A TEAPOT")).hasValue(HttpStatus.IM_A_TEAPOT);
        assertThat(HttpStatus.findByReasonPhrase("Not Foun")).isEmpty();
        assertThat(HttpStatus.findByReasonPhrase("Not Foundx")).isEmpty();
        assertThat(HttpStatus.findByReasonPhrase("")).isEmpty();
        assertThrows(NullPointerException.class, () -> HttpStatus.findByReasonPhrase(null));
    }

    @Test
    void statusClassesComeFromTheClassTable() {
        assertThat(HttpStatusClass.values())
                .asList()
                .containsExactly(
                        HttpStatusClass.INFORMATIONAL,
                        HttpStatusClass.SUCCESSFUL,
                        HttpStatusClass.REDIRECTION,
                        HttpStatusClass.CLIENT_ERROR,
                        HttpStatusClass.SERVER_ERROR)
                .inOrder();
        HttpStatusClass clientError = HttpStatusClass.of(450);
        assertThat(clientError).isEqualTo(HttpStatusClass.CLIENT_ERROR);
        assertThat(clientError.firstCode()).isEqualTo(400);
        assertThat(clientError.lastCode()).isEqualTo(499);
        assertThat(clientError.displayName()).isEqualTo("Client error responses");
        assertThat(clientError.description())
                .isEqualTo("The request could not be completed because of a client request error.");
        assertThat(clientError.isError()).isTrue();
        assertThat(HttpStatusClass.REDIRECTION.isError()).isFalse();
        assertThat(HttpStatusClass.of(100)).isEqualTo(HttpStatusClass.INFORMATIONAL);
        assertThat(HttpStatusClass.of(599)).isEqualTo(HttpStatusClass.SERVER_ERROR);
        assertThat(HttpStatusClass.find(600)).isEmpty();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HttpStatusClass.of(600));
        assertThat(e).hasMessageThat().isEqualTo("Invalid HTTP status code 600: it is in no status class (100-599)");
    }

    @Test
    void intClassifiersAnswerEveryIntAsTheClassesDo() {
        for (int code = -1; code <= 1000; code++) {
            Optional<HttpStatusClass> statusClass = Optional.empty();
            for (HttpStatusClass c : HttpStatusClass.values()) {
                if (code >= c.firstCode() && code <= c.lastCode()) {
                    statusClass = Optional.of(c);
                }
            }
            assertWithMessage("find(%s)", code).that(HttpStatusClass.find(code)).isEqualTo(statusClass);
            assertWithMessage("isValid(%s)", code)
                    .that(HttpStatusCodes.isValid(code))
                    .isEqualTo(statusClass.isPresent());
            assertWithMessage("isError(%s)", code)
                    .that(HttpStatusCodes.isError(code))
                    .isEqualTo(statusClass.map(HttpStatusClass::isError).orElse(false));
            assertWithMessage("isClientError(%s)", code)
                    .that(HttpStatusCodes.isClientError(code))
                    .isEqualTo(statusClass.equals(Optional.of(HttpStatusClass.CLIENT_ERROR)));
            assertWithMessage("isRedirection(%s)", code)
                    .that(HttpStatusCodes.isRedirection(code))
                    .isEqualTo(statusClass.equals(Optional.of(HttpStatusClass.REDIRECTION)));
            assertWithMessage("isStandard(%s)", code)
                    .that(HttpStatusCodes.isStandard(code))
                    .isEqualTo(HttpStatus.find(code).map(HttpStatus::isStandard).orElse(false));
        }
        assertThat(HttpStatusCodes.isClientError(404)).isTrue();
        assertThat(HttpStatusCodes.isServerError(599)).isTrue();
        assertThat(HttpStatusCodes.isError(399)).isFalse();
        assertThat(HttpStatusCodes.isCacheable(404)).isTrue();
        assertThat(HttpStatusCodes.isCacheable(299)).isFalse();
    }

    @Test
    void intConstantsAreCompileTimeConstantsForSwitchLabels() {
        assertThat(kind(404)).isEqualTo("missing");
        assertThat(kind(200)).isEqualTo("ok");
        assertThat(kind(418)).isEqualTo("I'm a teapot");
        assertThat(kind(299)).isEqualTo("other");
        assertThat(HttpStatusCodes.IM_A_TEAPOT).isEqualTo(418);
    }

    /** Uses the int constants as switch labels, as consumers do; it compiles only if they are constants. */
    private static String kind(int code) {
        switch (code) {
            case HttpStatusCodes.OK:
                return "ok";
            case HttpStatusCodes.NOT_FOUND:
                return "missing";
            default:
                return HttpStatus.find(code).map(HttpStatus::reasonPhrase).orElse("other");
        }
    }

    @Test
    void aCodeTheTableLacksIsANonStandardResponseOfItsClass() {
        HttpStatusCode unknown = HttpStatusCode.valueOf(299);
        assertThat(unknown).isInstanceOf(HttpStatusCode.NonStandard.class);
        assertThat(unknown.code()).isEqualTo(299);
        assertThat(unknown.reasonPhrase()).isEqualTo("Non-Standard Response");
        assertThat(unknown.description())
                .isEqualTo("A non-standard response, possibly custom to the server's software.");
        assertThat(unknown.statusClass()).isEqualTo(HttpStatusClass.SUCCESSFUL);
        assertThat(unknown.isSuccessful()).isTrue();
        assertThat(unknown.isError()).isFalse();
        assertThat(unknown.isStandard()).isFalse();
        assertThat(unknown.tags()).isEmpty();
        assertThat(unknown.isCacheable()).isFalse();
        assertThat(unknown.aliases()).isEmpty();
        assertThat(unknown.references()).isEmpty();
        assertThat(unknown.toString()).isEqualTo("299 Non-Standard Response");
        assertThat(HttpStatusCode.valueOf(299)).isSameInstanceAs(unknown);
        assertThat(unknown).isNotEqualTo(HttpStatusCode.valueOf(298));
        assertThat(unknown.hashCode()).isEqualTo(299);
        for (int invalid : new int[] {99, 600, 1000, -1, Integer.MIN_VALUE}) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> HttpStatusCode.valueOf(invalid));
            assertThat(e)
                    .hasMessageThat()
                    .isEqualTo("Invalid HTTP status code " + invalid + ": it is in no status class (100-599)");
        }
    }

    @Test
    void theInterfaceAnswersForTableCodesAsTheirStatus() {
        for (int code = 100; code <= 599; code++) {
            HttpStatusCode status = HttpStatusCode.valueOf(code);
            Optional<HttpStatus> inTable = HttpStatus.find(code);
            if (inTable.isPresent()) {
                assertThat(status).isSameInstanceAs(inTable.get());
            } else {
                assertThat(status).isInstanceOf(HttpStatusCode.NonStandard.class);
            }
            assertThat(status.statusClass()).isEqualTo(HttpStatusClass.of(code));
        }
        HttpStatusCode notFound = HttpStatusCode.valueOf(404);
        assertThat(notFound.tags()).containsExactly(HttpStatusTag.CACHEABLE);
        assertThat(notFound.isCacheable()).isTrue();
        assertThat(notFound.isStandard()).isTrue();
    }
}
