package dev.statusgen.sample.view;

/**
 * A tag that codes carry, as the app shows it.
 *
 * @param id the tag as the spec spells it, such as {@code cacheable}
 * @param description what it means
 * @param builtIn whether statusgen itself defines it, rather than the table
 */
public record TagView(String id, String description, boolean builtIn) {}
