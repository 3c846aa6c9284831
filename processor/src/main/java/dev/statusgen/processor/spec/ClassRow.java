package dev.statusgen.processor.spec;

/**
 * A row of a class table, checked on its own but not yet against the other rows.
 *
 * @param file the spec's name
 * @param line the 1-based line of the row
 * @param idColumn the 1-based column of the id cell, or 0 when the id is derived from the name
 * @param id the class id, given or derived from the name
 * @param firstCode the first code of the range
 * @param lastCode the last code of the range
 * @param name the class's name
 * @param description the class's description
 */
public record ClassRow(
        String file, int line, int idColumn, String id, int firstCode, int lastCode, String name, String description) {}
