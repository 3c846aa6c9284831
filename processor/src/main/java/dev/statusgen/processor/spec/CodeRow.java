package dev.statusgen.processor.spec;

import dev.statusgen.processor.model.Reference;
import java.util.List;

/**
 * A row of a code table, checked on its own but not yet against the other rows.
 *
 * @param file the spec's name
 * @param line the 1-based line of the row
 * @param column the 1-based column of the code cell
 * @param code the code
 * @param name the reason phrase
 * @param description the description
 * @param tags the tags, in lower case, as the row writes them
 * @param aliases the other names, as the row writes them
 * @param references the references
 */
public record CodeRow(
        String file,
        int line,
        int column,
        int code,
        String name,
        String description,
        List<Item> tags,
        List<Item> aliases,
        List<Reference> references) {

    /** Copies the lists, so that rows stay immutable. */
    public CodeRow {
        tags = List.copyOf(tags);
        aliases = List.copyOf(aliases);
        references = List.copyOf(references);
    }

    /** Whether the row carries the tag {@code id}. */
    public boolean has(String id) {
        for (Item tag : tags) {
            if (tag.text().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * One item of a comma-separated cell, such as a tag or an alias.
     *
     * @param text the item, without the spaces around it
     * @param column its 1-based column
     */
    public record Item(String text, int column) {}
}
