package dev.statusgen.sample.view;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON of the API and of the command line's {@code --json}, mapped with Jackson from the views: a status is
 * {@code {code, name, aliases, description, class: {id, name, range}, tags, references: [{label, url}], standard}}
 * and a tag {@code {id, description, builtIn, codes}}. Jackson escapes the spec's text for JSON.
 */
public final class StatusJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private StatusJson() {}

    /** A status code, of the table or not. */
    private record Status(
            int code,
            String name,
            List<String> aliases,
            String description,
            @JsonProperty("class") ClassRef statusClass,
            List<String> tags,
            List<Reference> references,
            boolean standard) {}

    /** A text that defines a status code; {@code url} is its {@code https} URL, or null for plain text. */
    private record Reference(String label, String url) {}

    /** The class of a status code. */
    private record ClassRef(String id, String name, String range) {}

    /** A class, as listed by {@code /api/classes}. */
    private record ClassInfo(String id, String name, String range, String description) {}

    /** A tag, as listed by {@code /api/tags}: what it means, who defines it, and the codes that carry it. */
    private record TagInfo(String id, String description, boolean builtIn, List<Integer> codes) {}

    /** A query of the command line that found nothing, in the place of its statuses. */
    private record Failure(String query, String error) {}

    /** The body of every error answer. */
    private record Error(String error) {}

    /** The body of the health check. */
    private record Health(String status) {}

    /**
     * Returns the JSON of a status.
     *
     * @param status a status, of the table or not
     * @return its JSON object
     */
    public static byte[] status(StatusView status) {
        return encode(toStatus(status));
    }

    /**
     * Returns the JSON array of the statuses of a table.
     *
     * @param table the table
     * @return every status, in the table's order
     */
    public static byte[] statuses(TableView table) {
        return encode(table.statuses().stream().map(StatusJson::toStatus).toList());
    }

    /**
     * Returns the JSON array of the classes of a table.
     *
     * @param table the table
     * @return every class, in the table's order
     */
    public static byte[] classes(TableView table) {
        return encode(table.classes().stream()
                .map(c -> new ClassInfo(c.id(), c.name(), c.range(), c.description()))
                .toList());
    }

    /**
     * Returns the JSON array of the tags of a table.
     *
     * @param table the table
     * @return every tag, in the table's order, each with the codes that carry it
     */
    public static byte[] tags(TableView table) {
        return encode(table.tags().stream()
                .map(tag -> new TagInfo(tag.id(), tag.description(), tag.builtIn(), table.codesTagged(tag.id())))
                .toList());
    }

    /**
     * Returns the JSON array of what queries found: for each, in their order, the object of each status it found,
     * or {@code {"query": ..., "error": ...}} if it found none.
     *
     * @param results what each query found
     * @return the array
     */
    public static byte[] results(List<StatusSearch.Result> results) {
        List<Object> items = new ArrayList<>();
        for (StatusSearch.Result result : results) {
            if (result.ok()) {
                result.found().forEach(status -> items.add(toStatus(status)));
            } else {
                items.add(new Failure(result.query(), result.problem()));
            }
        }
        return encode(items);
    }

    /**
     * Returns the JSON of the health check's answer.
     *
     * @return {@code {"status":"ok"}}
     */
    public static byte[] health() {
        return encode(new Health("ok"));
    }

    /**
     * Returns the JSON of an error answer.
     *
     * @param message what went wrong
     * @return {@code {"error": message}}
     */
    public static byte[] error(String message) {
        return encode(new Error(message));
    }

    private static Status toStatus(StatusView status) {
        ClassView c = status.statusClass();
        return new Status(
                status.code(),
                status.name(),
                status.aliases(),
                status.description(),
                new ClassRef(c.id(), c.name(), c.range()),
                status.tags().stream().map(TagView::id).toList(),
                status.references().stream()
                        .map(r -> new Reference(r.text(), r.url().orElse(null)))
                        .toList(),
                status.standard());
    }

    private static byte[] encode(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
