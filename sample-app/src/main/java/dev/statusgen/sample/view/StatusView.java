package dev.statusgen.sample.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A status code as the app shows it, on the command line, in the JSON API and on the pages: a code of the table,
 * or a 3-digit code that the table lacks, which is a non-standard response of its class.
 *
 * @param code the 3-digit code
 * @param name its reason phrase, such as {@code Not Found}
 * @param description what it means
 * @param statusClass the class whose range holds it
 * @param tags its tags, in the generated code's order
 * @param aliases its other names
 * @param references the texts that define it
 * @param standard whether it is a standard code
 * @param vendor the tag of the vendor whose servers send it, such as {@code nginx}, if it carries one
 */
public record StatusView(
        int code,
        String name,
        String description,
        ClassView statusClass,
        List<TagView> tags,
        List<String> aliases,
        List<ReferenceView> references,
        boolean standard,
        Optional<TagView> vendor) {
    /**
     * Returns the names to find this code by.
     *
     * @return its name, then its aliases
     */
    public List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    /**
     * Whether this code carries the tag {@code id}.
     *
     * @param id a tag as the spec spells it
     * @return whether one of its tags is {@code id}
     */
    public boolean hasTag(String id) {
        return tags.stream().anyMatch(tag -> tag.id().equals(id));
    }
}
