package dev.statusgen.processor.model;

import java.util.Set;

/**
 * One status code of a table.
 *
 * @param code the 3-digit code
 * @param constantName the Java constant, by the naming rule of {@link Identifiers}
 * @param name the reason phrase
 * @param description the description
 * @param statusClass the class whose range holds the code
 * @param tags the tags, without {@link Tag#OVERRIDE}
 * @param standard whether the code belongs to the table's own standard: false for codes that a project
 *     layers over the standard table and for codes tagged non-standard
 */
public record StatusCode(
        int code,
        String constantName,
        String name,
        String description,
        StatusClass statusClass,
        Set<Tag> tags,
        boolean standard) {

    /** Copies the tags, so that the model stays immutable. */
    public StatusCode {
        tags = Set.copyOf(tags);
    }

    /** Whether the code carries {@code tag}. */
    public boolean has(Tag tag) {
        return tags.contains(tag);
    }
}
