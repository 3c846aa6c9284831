package dev.statusgen.sample.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A body that the server answers with: its bytes, its media type and a strong ETag, a hash of the bytes, and the
 * bytes compressed with gzip, for the clients that take them, if that makes them smaller.
 *
 * @param body the bytes
 * @param contentType the media type, with its charset
 * @param etag the strong entity tag, quoted
 * @param gzip the bytes compressed with gzip, or null if they are too few to gain from it
 */
record Resource(byte[] body, String contentType, String etag, byte[] gzip) {
    /** Bodies smaller than this are sent as they are: compressing them gains less than a packet. */
    private static final int COMPRESS_FROM = 1024;

    static final String HTML = "text/html; charset=utf-8";
    static final String JAVASCRIPT = "text/javascript; charset=utf-8";
    static final String CSS = "text/css; charset=utf-8";
    static final String MARKDOWN = "text/markdown; charset=utf-8";
    static final String JSON = "application/json; charset=utf-8";

    /** A resource of {@code body}, tagged with the first 128 bits of its SHA-256 hash. */
    static Resource of(byte[] body, String contentType) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return new Resource(body, contentType, '"' + HexFormat.of().formatHex(hash, 0, 16) + '"', gzip(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The entity tag of the compressed bytes: another representation, so another strong tag. */
    String gzipEtag() {
        return etag.substring(0, etag.length() - 1) + "-gzip\"";
    }

    /** {@code body} compressed, or null if it is too small or would not shrink. */
    private static byte[] gzip(byte[] body) {
        if (body.length < COMPRESS_FROM) {
            return null;
        }
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return compressed.size() < body.length ? compressed.toByteArray() : null;
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
     * Whether an {@code If-None-Match} header matches the representation tagged {@code etag}, so that a 304 may
     * answer: {@code *}, or a list of tags holding this one, compared weakly as RFC 9110 says.
     *
     * @param ifNoneMatch the header's values, joined by commas; null if absent
     */
    static boolean matches(String ifNoneMatch, String etag) {
        return ifNoneMatch != null
                && Arrays.stream(ifNoneMatch.split(","))
                        .map(String::strip)
                        .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                        .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }
}
