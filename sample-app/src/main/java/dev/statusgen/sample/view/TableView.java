package dev.statusgen.sample.view;

import dev.statusgen.sample.HttpStatus;
import dev.statusgen.sample.HttpStatusClass;
import dev.statusgen.sample.HttpStatusCode;
import dev.statusgen.sample.HttpStatusTag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The status table as the app shows it: its classes, its codes and its tags, in the table's order. This is the one
 * place that reads the code that statusgen generated ({@code HttpStatus}, {@code HttpStatusClass},
 * {@code HttpStatusCode}, {@code HttpStatusTag}); everything else of the app works on these views.
 *
 * @param classes the classes, by range
 * @param statuses the codes of the table, by code
 * @param tags the tags, in the order of the generated tag enum: statusgen's own, then those the tables declare
 */
public record TableView(List<ClassView> classes, List<StatusView> statuses, List<TagView> tags) {
    /** Where statusgen writes the Markdown reference of the holder {@code dev.statusgen.sample.Http}. */
    public static final String REFERENCE = "META-INF/statusgen/dev/statusgen/sample/Http.md";

    /** The tags of the vendor tables: a code that carries one is sent by that vendor's servers. */
    static final Set<String> VENDOR_TAGS = Set.of("nginx", "cloudflare", "aws-elb");

    private static final TableView STANDARD = read();

    /**
     * Returns the sample app's table: the standard table with the nginx, Cloudflare and AWS load balancer tables
     * layered on it, through the code generated from it.
     *
     * @return the table, read once
     */
    public static TableView standard() {
        return STANDARD;
    }

    /**
     * Returns the status of {@code code}: the table's, or the non-standard status of its class.
     *
     * @param code any number
     * @return the status
     * @throws IllegalArgumentException if no class holds {@code code}, with the generated code's message
     */
    public StatusView status(int code) {
        return listed(code).orElseGet(() -> STANDARD.view(HttpStatusCode.valueOf(code)));
    }

    /**
     * Returns the status of {@code code} if the table lists it.
     *
     * @param code any number
     * @return the table's status, if it has one
     */
    public Optional<StatusView> listed(int code) {
        return statuses.stream().filter(s -> s.code() == code).findFirst();
    }

    /**
     * Returns the class whose range holds {@code code}.
     *
     * @param code any number
     * @return the class, if one holds it
     */
    public Optional<ClassView> classOf(int code) {
        return classes.stream()
                .filter(c -> c.first() <= code && code <= c.last())
                .findFirst();
    }

    /**
     * Returns the codes of the table that carry the tag {@code id}.
     *
     * @param id a tag as the spec spells it
     * @return the codes, ascending
     */
    public List<Integer> codesTagged(String id) {
        return statuses.stream().filter(s -> s.hasTag(id)).map(StatusView::code).toList();
    }

    /**
     * The vendor of a code with {@code tags}: the first of its tags that names a vendor, if any.
     *
     * @param tags a code's tags
     * @return the vendor's tag
     */
    static Optional<TagView> vendor(List<TagView> tags) {
        return tags.stream().filter(tag -> VENDOR_TAGS.contains(tag.id())).findFirst();
    }

    private static TableView read() {
        Map<String, TagView> tags = new LinkedHashMap<>();
        for (HttpStatusTag tag : HttpStatusTag.values()) {
            tags.put(tag.id(), new TagView(tag.id(), tag.description(), tag.builtIn()));
        }
        List<ClassView> classes =
                Arrays.stream(HttpStatusClass.values()).map(TableView::view).toList();
        TableView shell = new TableView(classes, List.of(), List.copyOf(tags.values()));
        List<StatusView> statuses = new ArrayList<>();
        for (HttpStatus status : HttpStatus.values()) {
            statuses.add(shell.view(status));
        }
        return new TableView(classes, List.copyOf(statuses), shell.tags);
    }

    private StatusView view(HttpStatusCode status) {
        List<TagView> tagViews =
                status.tags().stream().map(tag -> tag(tag.id())).toList();
        return new StatusView(
                status.code(),
                status.reasonPhrase(),
                status.description(),
                view(status.statusClass()),
                tagViews,
                status.aliases(),
                status.references().stream()
                        .map(r -> new ReferenceView(r.label(), r.url()))
                        .toList(),
                status.isStandard(),
                vendor(tagViews));
    }

    private static ClassView view(HttpStatusClass statusClass) {
        return new ClassView(
                statusClass.name(),
                statusClass.displayName(),
                statusClass.firstCode(),
                statusClass.lastCode(),
                statusClass.description());
    }

    /** The view of the tag {@code id}; every tag that a code carries is a constant of the tag enum. */
    private TagView tag(String id) {
        return tags.stream()
                .filter(tag -> tag.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The generated tag enum lacks the tag " + id));
    }
}
