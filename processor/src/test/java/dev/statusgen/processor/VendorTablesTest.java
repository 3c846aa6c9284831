package dev.statusgen.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.statusgen.processor.fixtures.registry.RegistryStatus;
import dev.statusgen.processor.fixtures.vendor.EdgeStatus;
import dev.statusgen.processor.fixtures.vendor.EdgeStatusCodes;
import dev.statusgen.processor.fixtures.vendor.NginxStatus;
import dev.statusgen.processor.fixtures.vendor.NginxStatusCodes;
import dev.statusgen.processor.fixtures.vendor.VendorsStatus;
import dev.statusgen.processor.fixtures.vendor.VendorsStatusClass;
import dev.statusgen.processor.fixtures.vendor.VendorsStatusCode;
import dev.statusgen.processor.fixtures.vendor.VendorsStatusCodes;
import dev.statusgen.processor.fixtures.vendor.VendorsStatusTag;
import dev.statusgen.processor.testing.Compiler;
import dev.statusgen.processor.testing.Expect;
import dev.statusgen.processor.testing.FileCompilation;
import dev.statusgen.processor.testing.ProcessorTest;
import dev.statusgen.processor.testing.Resources;
import dev.statusgen.processor.testing.SeedTable;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled vendor tables, nginx's, Cloudflare's and the AWS load balancer's: their codes as their files give
 * them, read here apart from the processor, in the fixtures {@code fixtures.vendor} ({@code Vendors}: all three
 * over the standard table; {@code Edge}: Cloudflare's and the load balancer's over the IANA registry;
 * {@code Nginx}: nginx's by {@code extendsStandard}), their compositions under both compilers, and the errors of a
 * vendor table given alone or redefined.
 */
class VendorTablesTest {
    private static final String ALL_VENDORS =
            "HttpStatusTable.NGINX, HttpStatusTable.CLOUDFLARE, HttpStatusTable.AWS_ELB";
    private static final Pattern ROW =
            Pattern.compile("(?m)^\\| (\\d{3}) \\| ([^|]+) \\| ([^|]*) \\| ([^|]*) \\| ([^|]+) \\| ([^|]+) \\|$");

    @TempDir
    Path dir;

    /** A vendor table: its file, its tag, and the hosts of the documentation that it links to. */
    private enum Vendor {
        NGINX(Resources.NGINX, "nginx", List.of("nginx.org")),
        CLOUDFLARE(Resources.CLOUDFLARE, "cloudflare", List.of("developers.cloudflare.com")),
        AWS_ELB(Resources.AWS_ELB, "aws-elb", List.of("docs.aws.amazon.com"));

        final String resource;
        final String tag;
        final List<String> hosts;

        Vendor(String resource, String tag, List<String> hosts) {
            this.resource = resource;
            this.tag = tag;
            this.hosts = hosts;
        }

        /** The code rows of the table's file. */
        List<Row> rows() {
            Matcher m = ROW.matcher(Resources.text(resource));
            List<Row> rows = new ArrayList<>();
            while (m.find()) {
                rows.add(new Row(
                        Integer.parseInt(m.group(1)),
                        m.group(2).strip(),
                        items(m.group(3), ","),
                        items(m.group(4), ","),
                        items(m.group(5), " "),
                        m.group(6).strip()));
            }
            return rows;
        }

        /** The codes of the table's file, in its order. */
        List<Integer> codes() {
            List<Integer> codes = new ArrayList<>();
            for (Row row : rows()) {
                codes.add(row.code());
            }
            return codes;
        }
    }

    /** A code row of a vendor table's file, as the file gives it. */
    private record Row(
            int code, String name, List<String> tags, List<String> aliases, List<String> urls, String description) {}

    @Test
    void eachVendorTableHasItsVendorsCodes() {
        assertThat(Vendor.NGINX.codes())
                .containsExactly(444, 494, 495, 496, 497, 499)
                .inOrder();
        assertThat(Vendor.CLOUDFLARE.codes())
                .containsExactly(520, 521, 522, 523, 524, 525, 526, 527, 530)
                .inOrder();
        assertThat(Vendor.AWS_ELB.codes()).containsExactly(460, 463, 464, 561).inOrder();
    }

    @Test
    void everyVendorRowCarriesItsTagAndLinksToItsVendorsDocumentation() {
        for (Vendor vendor : Vendor.values()) {
            for (Row row : vendor.rows()) {
                assertWithMessage("the tags of %s", row.code()).that(row.tags()).contains(vendor.tag);
                assertWithMessage("the links of %s", row.code())
                        .that(row.urls())
                        .isNotEmpty();
                for (String url : row.urls()) {
                    URI uri = URI.create(url);
                    assertWithMessage("the scheme of %s", url)
                            .that(uri.getScheme())
                            .isEqualTo("https");
                    assertWithMessage("the host of %s", url).that(vendor.hosts).contains(uri.getHost());
                }
            }
        }
    }

    @Test
    void everyVendorCodeIsGeneratedAsItsTableGivesItAndNonStandard() {
        for (Vendor vendor : Vendor.values()) {
            for (Row row : vendor.rows()) {
                VendorsStatus status = VendorsStatus.of(row.code());
                assertWithMessage("the name of %s", row.code())
                        .that(status.reasonPhrase())
                        .isEqualTo(row.name());
                assertWithMessage("the description of %s", row.code())
                        .that(status.description())
                        .isEqualTo(row.description());
                assertWithMessage("the aliases of %s", row.code())
                        .that(status.aliases())
                        .containsExactlyElementsIn(row.aliases())
                        .inOrder();
                List<String> urls = new ArrayList<>();
                for (VendorsStatusCode.Reference reference : status.references()) {
                    urls.add(reference.url().orElseThrow());
                }
                assertWithMessage("the links of %s", row.code()).that(urls).isEqualTo(row.urls());
                TreeSet<String> tags = new TreeSet<>(row.tags());
                tags.add("non-standard");
                assertWithMessage("the tags of %s", row.code())
                        .that(status.tags().stream().map(VendorsStatusTag::id).toList())
                        .containsExactlyElementsIn(tags)
                        .inOrder();
                assertWithMessage("isStandard() of %s", row.code())
                        .that(status.isStandard())
                        .isFalse();
                assertWithMessage("isStandard(%s)", row.code())
                        .that(VendorsStatusCodes.isStandard(row.code()))
                        .isFalse();
                assertWithMessage("findByReasonPhrase(%s)", row.name())
                        .that(VendorsStatus.findByReasonPhrase(row.name()))
                        .hasValue(status);
            }
        }
    }

    @Test
    void nginxsClientClosedRequest() {
        VendorsStatus closed = VendorsStatus.CLIENT_CLOSED_REQUEST;
        assertThat(closed.code()).isEqualTo(499);
        assertThat(closed.reasonPhrase()).isEqualTo("Client Closed Request");
        assertThat(closed.statusClass()).isEqualTo(VendorsStatusClass.CLIENT_ERROR);
        assertThat(closed.isStandard()).isFalse();
        assertThat(closed.isNginx()).isTrue();
        assertThat(closed.isCloudflare()).isFalse();
        assertThat(closed.isAwsElb()).isFalse();
        assertThat(closed.tags())
                .containsExactly(VendorsStatusTag.NGINX, VendorsStatusTag.NON_STANDARD)
                .inOrder();
        assertThat(closed.references().get(0).url())
                .hasValue("https://nginx.org/en/docs/dev/development_guide.html#http_request_finalization");
        assertThat(VendorsStatusCodes.CLIENT_CLOSED_REQUEST).isEqualTo(499);
        assertThat(VendorsStatusCodes.isNginx(499)).isTrue();
        assertThat(VendorsStatusCodes.isNginx(520)).isFalse();
        assertThat(VendorsStatusCode.valueOf(499)).isSameInstanceAs(closed);
        // An alias of nginx's own wording, from its error page.
        assertThat(VendorsStatus.findByReasonPhrase("request header or cookie too large"))
                .hasValue(VendorsStatus.REQUEST_HEADER_TOO_LARGE);
        assertThat(VendorsStatus.REQUEST_HEADER_OR_COOKIE_TOO_LARGE)
                .isSameInstanceAs(VendorsStatus.REQUEST_HEADER_TOO_LARGE);
    }

    @Test
    void cloudflaresAndTheLoadBalancersCodes() {
        VendorsStatus down = VendorsStatus.WEB_SERVER_IS_DOWN;
        assertThat(down.code()).isEqualTo(521);
        assertThat(down.isCloudflare()).isTrue();
        assertThat(down.isServerError()).isTrue();
        assertThat(down.references().get(0).url())
                .hasValue("https://developers.cloudflare.com/support/troubleshooting/http-status-codes/"
                        + "cloudflare-5xx-errors/error-521/");
        VendorsStatus closed = VendorsStatus.CLIENT_CLOSED_CONNECTION;
        assertThat(closed.code()).isEqualTo(460);
        assertThat(closed.isAwsElb()).isTrue();
        assertThat(closed.isNginx()).isFalse();
        assertThat(VendorsStatusCodes.isAwsElb(561)).isTrue();
        // AWS calls 561 Unauthorized, which is 401's constant: the table's name keeps them apart.
        assertThat(VendorsStatus.of(561)).isSameInstanceAs(VendorsStatus.UNAUTHORIZED_BY_IDENTITY_PROVIDER);
        assertThat(VendorsStatus.UNAUTHORIZED.code()).isEqualTo(401);
    }

    @Test
    void railgunsRetiredCodeIsDeprecated() throws NoSuchFieldException {
        VendorsStatus railgun = VendorsStatus.of(527);
        assertThat(railgun.name()).isEqualTo("RAILGUN_LISTENER_TO_ORIGIN_ERROR");
        assertThat(railgun.isDeprecated()).isTrue();
        assertThat(railgun.isCloudflare()).isTrue();
        assertThat(railgun.references().get(0).url())
                .hasValue("https://developers.cloudflare.com/support/troubleshooting/http-status-codes/"
                        + "cloudflare-5xx-errors/");
        assertThat(railgun.description()).contains("no longer documents 527");
        assertThat(VendorsStatus.class.getField(railgun.name()).isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(VendorsStatusCodes.class.getField(railgun.name()).isAnnotationPresent(Deprecated.class))
                .isTrue();
        assertThat(VendorsStatus.class.getField("INVALID_SSL_CERTIFICATE").isAnnotationPresent(Deprecated.class))
                .isFalse();
        assertThat(VendorsStatus.INVALID_SSL_CERTIFICATE.isDeprecated()).isFalse();
    }

    @Test
    void theStandardCodesStayAsTheSeedHasThem() {
        assertThat(VendorsStatus.values()).hasLength(SeedTable.ROWS.size() + vendorCodes(Vendor.values()));
        for (SeedTable.Row row : SeedTable.ROWS) {
            VendorsStatus status = VendorsStatus.of(row.code());
            assertThat(status.reasonPhrase()).isEqualTo(row.name());
            assertThat(status.description()).isEqualTo(row.description());
            assertThat(status.isStandard()).isEqualTo(!row.tags().contains("non-standard"));
            assertThat(status.isNginx() || status.isCloudflare() || status.isAwsElb())
                    .isFalse();
        }
    }

    @Test
    void extendsStandardLayersNginxOverTheStandardTable() {
        assertThat(NginxStatus.values()).hasLength(SeedTable.ROWS.size() + vendorCodes(Vendor.NGINX));
        assertThat(NginxStatus.CLIENT_CLOSED_REQUEST.code()).isEqualTo(499);
        assertThat(NginxStatus.CLIENT_CLOSED_REQUEST.isNginx()).isTrue();
        assertThat(NginxStatus.CLIENT_CLOSED_REQUEST.isStandard()).isFalse();
        assertThat(NginxStatus.NOT_FOUND.isStandard()).isTrue();
        assertThat(NginxStatusCodes.isNginx(444)).isTrue();
        assertThat(NginxStatus.find(520)).isEmpty();
    }

    @Test
    void cloudflareAndTheLoadBalancerOverTheRegistry() {
        assertThat(EdgeStatus.values())
                .hasLength(RegistryStatus.values().length + vendorCodes(Vendor.CLOUDFLARE, Vendor.AWS_ELB));
        assertThat(EdgeStatus.ORIGIN_DNS_ERROR.code()).isEqualTo(530);
        assertThat(EdgeStatus.ORIGIN_DNS_ERROR.isCloudflare()).isTrue();
        assertThat(EdgeStatus.ORIGIN_DNS_ERROR.isStandard()).isFalse();
        assertThat(EdgeStatus.INCOMPATIBLE_PROTOCOL.isAwsElb()).isTrue();
        assertThat(EdgeStatus.NOT_FOUND.isStandard()).isTrue();
        assertThat(EdgeStatusCodes.isCloudflare(404)).isFalse();
        assertThat(EdgeStatus.find(499)).isEmpty();
    }

    @Test
    void theReferenceDocumentListsEachVendorsTagAndCodes() {
        String reference = Resources.text("/META-INF/statusgen/dev/statusgen/processor/fixtures/vendor/Vendors.md");
        assertThat(reference)
                .contains("from aws-elb-status-codes.md over cloudflare-status-codes.md over nginx-status-codes.md"
                        + " over http-status-codes.md");
        for (Vendor vendor : Vendor.values()) {
            List<String> codes = new ArrayList<>();
            for (int code : vendor.codes()) {
                codes.add(Integer.toString(code));
            }
            Matcher line = Pattern.compile("(?m)^\\| " + Pattern.quote(vendor.tag) + " \\| .*$")
                    .matcher(reference);
            assertWithMessage("the row of the tag %s", vendor.tag)
                    .that(line.find())
                    .isTrue();
            assertThat(line.group()).endsWith(" | " + String.join(", ", codes) + " |");
        }
        assertThat(reference)
                .contains(
                        "| nginx | `VendorsStatusTag.NGINX` | `isNginx()` | A code of nginx's own, outside the HTTP standard");
        assertThat(reference)
                .contains(
                        "| aws-elb | `VendorsStatusTag.AWS_ELB` | `isAwsElb()` | Generated by an AWS Application Load Balancer");
    }

    @ProcessorTest
    void theVendorTablesComposeWithTheStandardTableAndTheRegistry(Compiler compiler) {
        Map<String, String> sources = Map.of(
                "spec = {HttpStatusTable.STANDARD, HttpStatusTable.NGINX}",
                "from nginx-status-codes.md over http-status-codes.md",
                "spec = {HttpStatusTable.IANA_REGISTRY, HttpStatusTable.CLOUDFLARE, HttpStatusTable.AWS_ELB}",
                "from aws-elb-status-codes.md over cloudflare-status-codes.md over the IANA HTTP Status Code"
                        + " Registry as of 2025-09-15",
                "extendsStandard = true, spec = HttpStatusTable.NGINX",
                "from nginx-status-codes.md over http-status-codes.md",
                "spec = {HttpStatusTable.STANDARD, " + ALL_VENDORS + "}",
                "from aws-elb-status-codes.md over cloudflare-status-codes.md over nginx-status-codes.md over"
                        + " http-status-codes.md",
                "spec = {HttpStatusTable.IANA_REGISTRY, " + ALL_VENDORS + "}",
                "from aws-elb-status-codes.md over cloudflare-status-codes.md over nginx-status-codes.md over the"
                        + " IANA HTTP Status Code Registry as of 2025-09-15");
        for (Map.Entry<String, String> spec : sources.entrySet()) {
            FileCompilation compilation = compiler.holder(spec.getKey()).compile(dir);
            Expect.clean(compilation);
            assertWithMessage("the reference of %s", spec.getKey())
                    .that(compilation.generatedResource("META-INF/statusgen/p/Http.md"))
                    .contains(spec.getValue());
        }
    }

    /** The lint and doclint options are javac's: these are javac's cases. */
    @ParameterizedTest(name = "over {0} at --release {1}")
    @CsvSource({"STANDARD, 8", "STANDARD, 17", "IANA_REGISTRY, 8", "IANA_REGISTRY, 17"})
    void allThreeCompileCleanUnderStrictLintAndDoclint(String lowest, int release) {
        Expect.clean(Compiler.JAVAC
                .holder("spec = {HttpStatusTable." + lowest + ", " + ALL_VENDORS + "}")
                .release(release)
                .compile(dir));
    }

    @ProcessorTest
    void aVendorTableAloneIsAnErrorThatSaysToLayerIt(Compiler compiler) {
        Expect.errors(
                compiler.holder("spec = HttpStatusTable.NGINX").compile(dir),
                "statusgen:nginx lists vendor codes only; layer it over a table of classes: spec ="
                        + " {HttpStatusTable.STANDARD, HttpStatusTable.NGINX} or extendsStandard = true");
    }

    @ProcessorTest
    void aVendorTableBelowTheTableOfClassesIsAlone(Compiler compiler) {
        Expect.errors(
                compiler.holder("spec = {HttpStatusTable.CLOUDFLARE, HttpStatusTable.STANDARD}")
                        .compile(dir),
                "statusgen:cloudflare lists vendor codes only; layer it over a table of classes: spec ="
                        + " {HttpStatusTable.STANDARD, HttpStatusTable.CLOUDFLARE} or extendsStandard = true");
        Expect.errors(
                compiler.holder("spec = {HttpStatusTable.AWS_ELB, HttpStatusTable.NGINX}")
                        .compile(dir),
                "statusgen:aws-elb lists vendor codes only; layer it over a table of classes: spec ="
                        + " {HttpStatusTable.STANDARD, HttpStatusTable.AWS_ELB} or extendsStandard = true");
    }

    @ProcessorTest
    void aProjectRowThatRedefinesAVendorCodeNeedsTheOverrideTag(Compiler compiler) {
        Expect.errors(
                compileOverNginx(compiler, "499 | Gave Up | | Ours."),
                "mine.md:3:1: code 499 is already in the nginx table (Client Closed Request); tag the row override"
                        + " to replace it");
    }

    @ProcessorTest
    void anOverriddenVendorCodeTakesTheProjectsRowAndStaysNonStandard(Compiler compiler) {
        FileCompilation compilation = compileOverNginx(compiler, "499 | Gave Up | override | Ours.");
        Expect.clean(compilation);
        String reference = compilation.generatedResource("META-INF/statusgen/p/Http.md");
        assertThat(reference).contains("| 499 | Gave Up | `GAVE_UP` | non-standard |  |  | Ours. |");
        assertThat(reference).doesNotContain("Client Closed Request");
    }

    /** Compiles a holder with {@code mine.md}, a code table of {@code rows}, over the standard and nginx tables. */
    private FileCompilation compileOverNginx(Compiler compiler, String... rows) {
        List<String> lines = new ArrayList<>(List.of("Status Code | Name | Tags | Description", "---|---|---|---"));
        lines.addAll(List.of(rows));
        return compiler.compileHolder(
                dir,
                "spec = {HttpStatusTable.STANDARD, HttpStatusTable.NGINX, \"mine.md\"}",
                Map.of("mine.md", String.join("\n", lines) + "\n"));
    }

    /** How many codes the tables of {@code vendors} hold together. */
    private static int vendorCodes(Vendor... vendors) {
        int count = 0;
        for (Vendor vendor : vendors) {
            count += vendor.codes().size();
        }
        return count;
    }

    /** The items of a cell, split at {@code separator}, without blanks. */
    private static List<String> items(String cell, String separator) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(separator)) {
            Optional.of(item.strip()).filter(s -> !s.isEmpty()).ifPresent(items::add);
        }
        return items;
    }
}
