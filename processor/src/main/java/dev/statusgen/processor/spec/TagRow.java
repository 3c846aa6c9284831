package dev.statusgen.processor.spec;

/**
 * A row of a tag table, which declares a tag of the spec's own.
 *
 * @param file the spec's name
 * @param line the 1-based line of the row
 * @param column the 1-based column of the tag cell
 * @param id the tag
 * @param description what the tag means
 */
public record TagRow(String file, int line, int column, String id, String description) {}
