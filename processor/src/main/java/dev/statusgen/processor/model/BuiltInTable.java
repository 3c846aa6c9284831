package dev.statusgen.processor.model;

import java.util.Optional;

/**
 * The tables bundled with the processor, which a holder names in {@code spec} with no file of its own. This is
 * the one place that says what "standard" refers to: {@link #STANDARD} is the table that
 * {@code extendsStandard = true} layers a spec over. Each name is the value of a constant of
 * {@code @HttpStatusTable}, which the processor does not depend on at run time; {@code BuiltInTableTest} pins
 * the two to each other. Each constant has the name of that constant of {@code @HttpStatusTable}, which messages
 * quote.
 */
public enum BuiltInTable {
    /** statusgen's standard table: 5 classes and 65 codes, with their descriptions, references and tags. */
    STANDARD("statusgen:standard", "http-status-codes.md", "the standard table", "http-status-codes.md"),
    /** The IANA HTTP Status Code Registry as it stood at its update of 2025-09-15. */
    IANA_REGISTRY(
            "statusgen:iana-registry",
            "http-status-codes-1.csv",
            "the IANA registry of 2025-09-15",
            "the IANA HTTP Status Code Registry as of 2025-09-15 (http-status-codes-1.csv)"),
    /** nginx's codes of its own: 444, 494 to 497 and 499. Codes only, to layer over another. */
    NGINX("statusgen:nginx", "nginx-status-codes.md", "the nginx table", "nginx-status-codes.md"),
    /** Cloudflare's codes for origin failures: 520 to 527 and 530. Codes only, to layer over another. */
    CLOUDFLARE(
            "statusgen:cloudflare", "cloudflare-status-codes.md", "the Cloudflare table", "cloudflare-status-codes.md"),
    /** An AWS Application Load Balancer's own codes: 460, 463, 464 and 561. Codes only, to layer over another. */
    AWS_ELB("statusgen:aws-elb", "aws-elb-status-codes.md", "the AWS load balancer table", "aws-elb-status-codes.md");

    private final String specName;
    private final String resource;
    private final String title;
    private final String source;

    BuiltInTable(String specName, String resource, String title, String source) {
        this.specName = specName;
        this.resource = resource;
        this.title = title;
        this.source = source;
    }

    /** Where the table comes from, as generated documentation says it. */
    public String source() {
        return source;
    }

    /** The name a holder gives in {@code spec}, such as {@code statusgen:standard}. */
    public String specName() {
        return specName;
    }

    /** The file name of the bundled resource, which messages and documentation show. */
    public String resource() {
        return resource;
    }

    /** The built-in table named {@code specName} in a holder's {@code spec}. */
    public static Optional<BuiltInTable> named(String specName) {
        for (BuiltInTable table : values()) {
            if (table.specName.equals(specName)) {
                return Optional.of(table);
            }
        }
        return Optional.empty();
    }

    /** How messages name the spec file {@code file}: a built-in table by its title, any other by its name. */
    public static String describe(String file) {
        for (BuiltInTable table : values()) {
            if (table.resource.equals(file)) {
                return table.title;
            }
        }
        return file;
    }
}
