package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.statusgen.processor.fixtures.registry.OursStatus;
import dev.statusgen.processor.fixtures.registry.OursStatusCode;
import dev.statusgen.processor.fixtures.registry.OursStatusCodes;
import dev.statusgen.processor.fixtures.registry.OursStatusTag;
import dev.statusgen.processor.fixtures.registry.Registry2017Status;
import dev.statusgen.processor.fixtures.registry.Registry2017StatusCode;
import dev.statusgen.processor.fixtures.registry.Registry2017StatusTag;
import dev.statusgen.processor.fixtures.registry.RegistryStatus;
import dev.statusgen.processor.fixtures.registry.RegistryStatusClass;
import dev.statusgen.processor.fixtures.registry.RegistryStatusCode;
import dev.statusgen.processor.fixtures.registry.RegistryStatusCodes;
import dev.statusgen.processor.fixtures.registry.RegistryStatusTag;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.Resources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The IANA HTTP Status Code Registry as a spec: the bundled registry of 2025-09-15 (the fixture
 * {@code fixtures.registry.Registry}), an older registry file with the references of RFC 7231 ({@code Registry2017})
 * and a project's codes layered over the bundled one ({@code Ours}), compiled by the processor with these tests.
 * Each registered code is checked against the registry file as read here, apart from the processor.
 * {@link RegistryCsvTest} has the CSV's forms and errors.
 */
class RegistryTest {
    private static final String OLDER = "/fixtures/http-status-codes-2017.csv";

    @TempDir
    Path dir;

    /** The lint and doclint options are javac's: these are javac's cases. */
    @ParameterizedTest(name = "{0} at --release {1}")
    @CsvSource({
        "dev.statusgen.HttpStatusTable.IANA_REGISTRY, 8",
        "dev.statusgen.HttpStatusTable.IANA_REGISTRY, 17",
        "\"fixtures/http-status-codes-2017.csv\", 8",
        "\"fixtures/http-status-codes-2017.csv\", 17"
    })
    void eachRegistryCompilesCleanUnderStrictLintAndDoclint(String spec, int release) {
        Expect.clean(Compiler.JAVAC.holder("spec = " + spec).release(release).compile(dir));
    }

    @Test
    void everyRegisteredCodeIsPresentWithItsReferences() {
        List<Seen> seen = new ArrayList<>();
        for (RegistryStatus status : RegistryStatus.values()) {
            seen.add(new Seen(
                    status.code(),
                    status.reasonPhrase(),
                    status.description(),
                    status.tags().stream().map(RegistryStatusTag::id).toList(),
                    references(status.references()),
                    status.isStandard()));
        }
        assertMatchesTheRegistry(Resources.IANA_REGISTRY, seen);
    }

    @Test
    void everyCodeOfTheOlderRegistryIsPresentWithItsReferences() {
        List<Seen> seen = new ArrayList<>();
        for (Registry2017Status status : Registry2017Status.values()) {
            seen.add(new Seen(
                    status.code(),
                    status.reasonPhrase(),
                    status.description(),
                    status.tags().stream().map(Registry2017StatusTag::id).toList(),
                    links(
                            status.references(),
                            Registry2017StatusCode.Reference::label,
                            Registry2017StatusCode.Reference::url),
                    status.isStandard()));
        }
        assertMatchesTheRegistry(OLDER, seen);
    }

    @Test
    void theUnusedCodesAreNamedAfterTheirStatusAndCode() {
        assertThat(RegistryStatus.UNUSED_306.code()).isEqualTo(306);
        assertThat(RegistryStatus.UNUSED_306.reasonPhrase()).isEqualTo("Unused 306");
        assertThat(RegistryStatus.UNUSED_306.isUnused()).isTrue();
        assertThat(RegistryStatus.UNUSED_418.reasonPhrase()).isEqualTo("Unused 418");
        assertThat(RegistryStatus.UNUSED_418.isUnused()).isTrue();
        assertThat(RegistryStatusCodes.UNUSED_306).isEqualTo(306);
        assertThat(RegistryStatusCodes.UNUSED_418).isEqualTo(418);
        assertThat(RegistryStatusCodes.isUnused(418)).isTrue();
        assertThat(RegistryStatus.findByReasonPhrase("unused 418")).hasValue(RegistryStatus.UNUSED_418);
        assertThat(RegistryStatus.UNUSED_418.description())
                .isEqualTo("Registered in the IANA HTTP Status Code Registry with the status (Unused). Defined in"
                        + " RFC 9110, Section 15.5.19.");
    }

    @Test
    void aTemporaryRegistrationIsExperimental() {
        RegistryStatus upload = RegistryStatus.UPLOAD_RESUMPTION_SUPPORTED;
        assertThat(upload.code()).isEqualTo(104);
        assertThat(upload.reasonPhrase()).isEqualTo("Upload Resumption Supported");
        assertThat(upload.isExperimental()).isTrue();
        assertThat(upload.tags()).containsExactly(RegistryStatusTag.EXPERIMENTAL);
        assertThat(RegistryStatusCodes.isExperimental(104)).isTrue();
        assertThat(upload.references().get(0).url())
                .hasValue("https://datatracker.ietf.org/doc/draft-ietf-httpbis-resumable-upload-05/");
        assertThat(upload.description())
                .isEqualTo("Registered in the IANA HTTP Status Code Registry with the status (TEMPORARY - registered"
                        + " 2024-11-13, extension registered 2025-09-15, expires 2026-11-13). Defined in"
                        + " draft-ietf-httpbis-resumable-upload-05.");
    }

    @Test
    @SuppressWarnings("deprecation")
    void anObsoletedCodeIsDeprecated() throws NoSuchFieldException {
        RegistryStatus notExtended = RegistryStatus.NOT_EXTENDED;
        assertThat(notExtended.code()).isEqualTo(510);
        assertThat(notExtended.reasonPhrase()).isEqualTo("Not Extended");
        assertThat(notExtended.isDeprecated()).isTrue();
        assertThat(RegistryStatusCodes.isDeprecated(RegistryStatusCodes.NOT_EXTENDED))
                .isTrue();
        assertThat(RegistryStatus.class.getField("NOT_EXTENDED").isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(RegistryStatusCodes.class.getField("NOT_EXTENDED").isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(references(notExtended.references()))
                .containsExactly(
                        new Link("RFC 2774", Optional.of("https://www.rfc-editor.org/rfc/rfc2774.html")),
                        new Link("status-change-http-experiments-to-historic", Optional.empty()))
                .inOrder();
        assertThat(notExtended.description())
                .isEqualTo("Registered in the IANA HTTP Status Code Registry with the status (OBSOLETED). Defined in"
                        + " RFC 2774 and status-change-http-experiments-to-historic.");
    }

    @Test
    void theRegistryHasTheClassesOfRfc9110() {
        assertThat(RegistryStatusClass.values())
                .asList()
                .containsExactly(
                        RegistryStatusClass.INFORMATIONAL,
                        RegistryStatusClass.SUCCESSFUL,
                        RegistryStatusClass.REDIRECTION,
                        RegistryStatusClass.CLIENT_ERROR,
                        RegistryStatusClass.SERVER_ERROR)
                .inOrder();
        assertThat(RegistryStatusClass.CLIENT_ERROR.displayName()).isEqualTo("Client Error");
        assertThat(RegistryStatusClass.of(599)).isEqualTo(RegistryStatusClass.SERVER_ERROR);
        assertThat(RegistryStatus.NOT_FOUND.isClientError()).isTrue();
        RegistryStatusCode unassigned = RegistryStatusCode.valueOf(299);
        assertThat(unassigned.isStandard()).isFalse();
        assertThat(unassigned.isSuccessful()).isTrue();
    }

    @Test
    @SuppressWarnings("deprecation")
    void anOlderRegistryIsTheSameSpecWithOtherRows() {
        Registry2017Status notFound = Registry2017Status.NOT_FOUND;
        assertThat(links(
                        notFound.references(),
                        Registry2017StatusCode.Reference::label,
                        Registry2017StatusCode.Reference::url))
                .containsExactly(new Link(
                        "RFC 7231, Section 6.5.4",
                        Optional.of("https://www.rfc-editor.org/rfc/rfc7231.html#section-6.5.4")));
        assertThat(Registry2017Status.PRECONDITION_FAILED.references().stream()
                        .map(r -> r.url().orElseThrow())
                        .toList())
                .containsExactly(
                        "https://www.rfc-editor.org/rfc/rfc7232.html#section-4.2",
                        "https://www.rfc-editor.org/rfc/rfc8144.html#section-3.2")
                .inOrder();
        assertThat(Registry2017Status.PAYLOAD_TOO_LARGE.code()).isEqualTo(413);
        assertThat(Registry2017Status.UNUSED_306.isUnused()).isTrue();
        assertThat(Registry2017Status.NOT_EXTENDED.isDeprecated()).isFalse();
        assertThat(Registry2017Status.NOT_EXTENDED.tags()).isEmpty();
        assertThat(Registry2017Status.find(104)).isEmpty();
        assertThat(Registry2017Status.find(418)).isEmpty();

        TreeSet<Integer> older = new TreeSet<>();
        for (Registry2017Status status : Registry2017Status.values()) {
            older.add(status.code());
        }
        TreeSet<Integer> newer = new TreeSet<>();
        for (RegistryStatus status : RegistryStatus.values()) {
            newer.add(status.code());
        }
        TreeSet<Integer> added = new TreeSet<>(newer);
        added.removeAll(older);
        TreeSet<Integer> removed = new TreeSet<>(older);
        removed.removeAll(newer);
        assertThat(added).containsExactly(104, 418, 425).inOrder();
        assertThat(removed).isEmpty();
    }

    @Test
    void aProjectsCodesOverTheRegistryAreNonStandard() {
        OursStatus closed = OursStatus.CLIENT_CLOSED_REQUEST;
        assertThat(closed.code()).isEqualTo(499);
        assertThat(closed.isStandard()).isFalse();
        assertThat(closed.tags())
                .containsExactly(OursStatusTag.NON_STANDARD, OursStatusTag.PROXY)
                .inOrder();
        assertThat(closed.isClientError()).isTrue();
        assertThat(closed.references().get(0).url())
                .hasValue("https://nginx.org/en/docs/http/ngx_http_request_module.html");
        OursStatus unknown = OursStatus.WEB_SERVER_RETURNED_AN_UNKNOWN_ERROR;
        assertThat(unknown.code()).isEqualTo(520);
        assertThat(unknown.isStandard()).isFalse();
        assertThat(unknown.tags())
                .containsExactly(OursStatusTag.NON_STANDARD, OursStatusTag.PROXY)
                .inOrder();
        assertThat(unknown.isServerError()).isTrue();
        assertThat(OursStatus.UNKNOWN_ERROR).isSameInstanceAs(unknown);
        assertThat(OursStatusCodes.UNKNOWN_ERROR).isEqualTo(520);
        assertThat(OursStatusCodes.isStandard(520)).isFalse();
        assertThat(OursStatus.findByReasonPhrase("unknown error")).hasValue(unknown);
    }

    @Test
    void aProjectMayOverrideARegistryRow() {
        OursStatus teapot = OursStatus.of(418);
        assertThat(teapot).isSameInstanceAs(OursStatus.IM_A_TEAPOT);
        assertThat(teapot.reasonPhrase()).isEqualTo("I'm a teapot");
        assertThat(teapot.isStandard()).isTrue();
        assertThat(teapot.tags()).isEmpty();
        assertThat(teapot.isUnused()).isFalse();
        assertThat(teapot.aliases()).containsExactly("Teapot");
        assertThat(OursStatus.TEAPOT).isSameInstanceAs(teapot);
        assertThat(links(teapot.references(), OursStatusCode.Reference::label, OursStatusCode.Reference::url))
                .containsExactly(new Link(
                        "RFC 2324, Section 2.3.2",
                        Optional.of("https://www.rfc-editor.org/rfc/rfc2324.html#section-2.3.2")));
        assertThat(OursStatus.findByReasonPhrase("Unused 418")).isEmpty();
        assertThrows(IllegalArgumentException.class, () -> OursStatus.valueOf("UNUSED_418"));
    }

    @Test
    void theRestOfTheRegistryStaysAsItIs() {
        for (RegistryStatus registered : RegistryStatus.values()) {
            if (registered.code() != 418) {
                OursStatus ours = OursStatus.of(registered.code());
                assertThat(ours.name()).isEqualTo(registered.name());
                assertThat(ours.reasonPhrase()).isEqualTo(registered.reasonPhrase());
                assertThat(ours.description()).isEqualTo(registered.description());
                assertThat(ours.tags().stream().map(OursStatusTag::id).toList())
                        .isEqualTo(registered.tags().stream()
                                .map(RegistryStatusTag::id)
                                .toList());
                assertThat(ours.isStandard()).isTrue();
            }
        }
        assertThat(OursStatus.values()).hasLength(RegistryStatus.values().length + 2);
    }

    /** What a generated status says, whichever registry's enum it is. */
    private record Seen(
            int code, String name, String description, List<String> tags, List<Link> references, boolean standard) {}

    /** A reference's label and link. */
    private record Link(String label, Optional<String> url) {}

    private static List<Link> references(List<RegistryStatusCode.Reference> references) {
        return links(references, RegistryStatusCode.Reference::label, RegistryStatusCode.Reference::url);
    }

    /** The links of {@code references}, references of whichever registry's interface. */
    private static <R> List<Link> links(
            List<R> references, Function<R, String> label, Function<R, Optional<String>> url) {
        List<Link> links = new ArrayList<>();
        for (R reference : references) {
            links.add(new Link(label.apply(reference), url.apply(reference)));
        }
        return links;
    }

    private static final Pattern ROW = Pattern.compile("(\\d{3}),(\"(?:[^\"]|\"\")*\"|[^,]*),(\"(?:[^\"]|\"\")*\"|.*)");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern RFC = Pattern.compile("RFC(\\d+)(?:, Section ([\\d.]+))?");
    private static final Pattern STATUS = Pattern.compile("(.*?) ?\\((OBSOLETED|TEMPORARY.*|Unused)\\)");

    /**
     * The statuses match the registry file {@code resource}, read here with a plain pattern: a status for each
     * row with a 3-digit code that is not Unassigned, and nothing else; its name, status tag, references and the
     * registry's words in its description.
     */
    private static void assertMatchesTheRegistry(String resource, List<Seen> statuses) {
        Map<Integer, Seen> byCode = new LinkedHashMap<>();
        for (Seen status : statuses) {
            byCode.put(status.code(), status);
        }
        List<Integer> registered = new ArrayList<>();
        for (String line : Resources.text(resource).lines().toList()) {
            Matcher row = ROW.matcher(line);
            if (!row.matches() || unquote(row.group(2)).equals("Unassigned")) {
                continue;
            }
            int code = Integer.parseInt(row.group(1));
            registered.add(code);
            Seen status = byCode.get(code);
            assertWithMessage("the status of %s", line).that(status).isNotNull();
            String description = unquote(row.group(2));
            Matcher withStatus = STATUS.matcher(description);
            String name = description;
            List<String> tags = List.of();
            if (withStatus.matches()) {
                String registryStatus = withStatus.group(2);
                name = withStatus.group(1).isEmpty() ? registryStatus + " " + code : withStatus.group(1);
                tags = List.of(
                        registryStatus.equals("OBSOLETED")
                                ? "deprecated"
                                : registryStatus.equals("Unused") ? "unused" : "experimental");
                assertWithMessage("the description of %s", line)
                        .that(status.description())
                        .contains("with the status (" + registryStatus + ")");
            }
            assertWithMessage("the name of %s", line).that(status.name()).isEqualTo(name);
            assertWithMessage("the tags of %s", line).that(status.tags()).isEqualTo(tags);
            assertWithMessage("the standing of %s", line)
                    .that(status.standard())
                    .isTrue();
            assertWithMessage("the description of %s", line)
                    .that(status.description())
                    .startsWith("Registered in the IANA HTTP Status Code Registry");
            List<Link> links = new ArrayList<>();
            Matcher bracket = BRACKET.matcher(unquote(row.group(3)));
            while (bracket.find()) {
                links.add(link(bracket.group(1)));
                assertWithMessage("the description of %s", line)
                        .that(status.description())
                        .contains(links.get(links.size() - 1).label());
            }
            assertWithMessage("the references of %s", line)
                    .that(status.references())
                    .containsExactlyElementsIn(links)
                    .inOrder();
        }
        assertThat(byCode.keySet()).containsExactlyElementsIn(registered).inOrder();
    }

    /** What a bracketed reference of the registry links to: an RFC and its section, a draft, or nothing. */
    private static Link link(String reference) {
        Matcher rfc = RFC.matcher(reference);
        if (rfc.matches()) {
            String url = "https://www.rfc-editor.org/rfc/rfc" + rfc.group(1) + ".html";
            return rfc.group(2) == null
                    ? new Link("RFC " + rfc.group(1), Optional.of(url))
                    : new Link(
                            "RFC " + rfc.group(1) + ", Section " + rfc.group(2),
                            Optional.of(url + "#section-" + rfc.group(2)));
        }
        if (reference.startsWith("draft-")) {
            return new Link(reference, Optional.of("https://datatracker.ietf.org/doc/" + reference + "/"));
        }
        return new Link(reference, Optional.empty());
    }

    private static String unquote(String field) {
        return field.startsWith("\"") ? field.substring(1, field.length() - 1).replace("\"\"", "\"") : field;
    }
}
