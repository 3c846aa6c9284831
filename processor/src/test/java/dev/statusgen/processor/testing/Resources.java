package dev.statusgen.processor.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The test resources and the processor's bundled tables, read from the class path. */
public final class Resources {
    /** The bundled standard table, as the processor reads it. */
    public static final String STANDARD = "/dev/statusgen/processor/http-status-codes.md";
    /** The bundled IANA registry, as the processor reads it. */
    public static final String IANA_REGISTRY = "/dev/statusgen/processor/http-status-codes-1.csv";

    /** The bundled nginx table, as the processor reads it. */
    public static final String NGINX = "/dev/statusgen/processor/nginx-status-codes.md";
    /** The bundled Cloudflare table, as the processor reads it. */
    public static final String CLOUDFLARE = "/dev/statusgen/processor/cloudflare-status-codes.md";
    /** The bundled AWS load balancer table, as the processor reads it. */
    public static final String AWS_ELB = "/dev/statusgen/processor/aws-elb-status-codes.md";

    private Resources() {}

    /** The text of the resource {@code name}, such as {@code /specs/nginx.md}. */
    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** The bytes of the resource {@code name}. */
    public static byte[] bytes(String name) {
        try (InputStream in = Resources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The 1-based line of the resource {@code name} that starts with {@code start}, so that tests name lines of a
     * spec without counting them, and an edit of the spec breaks no test.
     */
    public static int line(String name, String start) {
        List<String> lines = text(name).lines().toList();
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                if (found > 0) {
                    throw new AssertionError(
                            "lines " + found + " and " + (i + 1) + " of " + name + " start with " + start);
                }
                found = i + 1;
            }
        }
        if (found == 0) {
            throw new AssertionError("no line of " + name + " starts with " + start);
        }
        return found;
    }
}
