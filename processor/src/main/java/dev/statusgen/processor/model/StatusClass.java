package dev.statusgen.processor.model;

/**
 * A status class: a range of codes with an id, a name and a description.
 *
 * @param id the constant name, such as CLIENT_ERROR
 * @param firstCode the first code of the range
 * @param lastCode the last code of the range
 * @param name the class's name, such as Client error responses
 * @param description the class's description
 */
public record StatusClass(String id, int firstCode, int lastCode, String name, String description) {

    /** Whether the codes of this class are errors: those from 400 up, as in HTTP. */
    public boolean isError() {
        return firstCode >= 400;
    }

    /** The classifier method for this class, such as isClientError. */
    public String classifierName() {
        return Identifiers.classifierName(id);
    }

    /** The range as written in specs: {@code 400 - 499}. */
    public String range() {
        return firstCode + " - " + lastCode;
    }
}
