package dev.statusgen.sample.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A body that the server answers with: its bytes, its media type and a strong ETag, a hash of the bytes.
 *
 * @param body the bytes
 * @param contentType the media type, with its charset
 * @param etag the strong entity tag, quoted
 */
record Resource(byte[] body, String contentType, String etag) {
    static final String HTML = "text/html; charset=utf-8";
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    static final String CSS = "text/css; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    /** A resource of {@code body}, tagged with the first 128 bits of its SHA-256 hash. */
    static Resource of(byte[] body, String contentType) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new Resource(body, contentType, '"' + HexFormat.of().formatHex(hash, 0, 16) + '"');
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** A JSON resource. */
    static Resource json(byte[] body) {
        return of(body, JSON);
    }

    /** The class-path resource {@code name}, which must exist. */
    static Resource classpath(String name, String contentType) {
        try (InputStream in = Resource.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing class-path resource " + name);
            }
            return of(in.readAllBytes(), contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether an {@code If-None-Match} header matches this resource, so that a 304 may answer: {@code *}, or a list
     * of tags holding this one, compared weakly as RFC 9110 says.
     *
     * @param ifNoneMatch the header's values, joined by commas; null if absent
     */
    boolean matches(String ifNoneMatch) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
