package dev.statusgen.processor.model;

import java.util.List;

/**
 * One status code of a table.
 *
 * @param code the 3-digit code
 * @param constantName the Java constant, by the naming rule of {@link Identifiers}
 * @param name the reason phrase
 * @param description the description
 * @param statusClass the class whose range holds the code
 * @param tags the ids of the code's tags, sorted, without {@value Tag#OVERRIDE}; {@value Tag#NON_STANDARD} for
 *     every code that is not standard
 * @param aliases the code's other names, in the order of the spec
 * @param references the texts that define the code, in the order of the spec
 */
public record StatusCode(
        int code,
        String constantName,
        String name,
        String description,
        StatusClass statusClass,
        List<String> tags,
        List<Alias> aliases,
        List<Reference> references) {

    /** Copies the lists, so that the model stays immutable. */
    public StatusCode {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        references = List.copyOf(references);
    }

    /** Whether the code carries the tag {@code id}. */
    public boolean has(String id) {
        return tags.contains(id);
    }

    /** Whether the code is standard: every code that does not carry {@value Tag#NON_STANDARD}. */
    public boolean isStandard() {
        return !has(Tag.NON_STANDARD);
    }

    /**
     * Another name of a code, such as Content Too Large for 413.
     *
     * @param name the name as the spec writes it
     * @param constantName the Java constant it gives
     */
    public record Alias(String name, String constantName) {}
}
