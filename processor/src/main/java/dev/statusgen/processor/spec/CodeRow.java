package dev.statusgen.processor.spec;

import dev.statusgen.processor.model.Tag;
import java.util.Set;

/**
 * A row of a code table, checked on its own but not yet against the other rows.
 *
 * @param file the spec's name
 * @param line the 1-based line of the row
 * @param column the 1-based column of the code cell
 * @param code the code
 * @param name the reason phrase
 * @param description the description
 * @param tags the tags
 */
public record CodeRow(String file, int line, int column, int code, String name, String description, Set<Tag> tags) {

    /** Copies the tags, so that rows stay immutable. */
    public CodeRow {
        tags = Set.copyOf(tags);
    }
}
