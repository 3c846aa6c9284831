package dev.statusgen.sample.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.statusgen.sample.HttpStatus;
import dev.statusgen.sample.HttpStatusClass;
import dev.statusgen.sample.HttpStatusCode;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The JSON of the API, mapped with Jackson from the generated types: a status is
 * {@code {code, name, aliases, description, class: {id, name, range}, tags, references: [{label, url}], standard}}
 * and a tag {@code {id, description, codes}}. Jackson escapes the spec's text for JSON.
 */
final class StatusJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusJson() {}

    /** A status code, of the table or not. */
    record Status(
            int code,
            String name,
            List<String> aliases,
            String description,
            @JsonProperty("class") ClassRef statusClass,
            List<String> tags,
            List<Reference> references,
            boolean standard) {}

    /** A text that defines a status code; {@code url} is its {@code https} URL, or null for plain text. */
    record Reference(String label, String url) {}

    /** The class of a status code. */
    record ClassRef(String id, String name, String range) {}

    /** A class, as listed by {@code /api/classes}. */
    record ClassInfo(String id, String name, String range, String description) {}

    /** A tag, as listed by {@code /api/tags}: what it means and the codes of the table that carry it. */
    record TagInfo(String id, String description, List<Integer> codes) {}

    /** The body of every error answer. */
    record Error(String error) {}

    /** The body of the health check. */
    record Health(String status) {}

    /** The JSON of {@code status}. */
    static byte[] status(HttpStatusCode status) {
        return encode(toStatus(status));
    }

    /** The JSON array of every status of the table, in the table's order. */
    static byte[] statuses() {
        return encode(
                Arrays.stream(HttpStatus.values()).map(StatusJson::toStatus).toList());
    }

    /** The JSON array of the classes, in the table's order. */
    static byte[] classes() {
        return encode(Arrays.stream(HttpStatusClass.values())
                .map(c -> new ClassInfo(c.name(), c.displayName(), range(c), c.description()))
                .toList());
    }

    /** The JSON array of {@code tags}, in their order, each with the codes of the table that carry it. */
    static byte[] tags(List<ReferenceTags.Tag> tags) {
        return encode(tags.stream()
                .map(tag -> new TagInfo(
                        tag.id(),
                        tag.description(),
                        Arrays.stream(HttpStatus.values())
                                .filter(status -> status.tags().contains(tag.id()))
                                .map(HttpStatus::code)
                                .toList()))
                .toList());
    }

    /** The JSON of the health check's answer: {@code {"status":"ok"}}. */
    static byte[] health() {
        return encode(new Health("ok"));
    }

    /** The JSON of an error answer. */
    static byte[] error(String message) {
        return encode(new Error(message));
    }

    private static Status toStatus(HttpStatusCode status) {
        HttpStatusClass c = status.statusClass();
        return new Status(
                status.code(),
                status.reasonPhrase(),
                status.aliases(),
                status.description(),
                new ClassRef(c.name(), c.displayName(), range(c)),
                status.tags(),
                status.references().stream()
                        .map(r -> new Reference(r.label(), r.url().orElse(null)))
                        .toList(),
                status.isStandard());
    }

    /** The range as the table writes it, such as {@code 400 - 499}. */
    private static String range(HttpStatusClass c) {
        return c.firstCode() + " - " + c.lastCode();
    }

    private static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
