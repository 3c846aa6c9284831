package dev.statusgen.sample.view;

/**
 * A class of status codes, as the app shows it.
 *
 * @param id the class's constant, such as {@code CLIENT_ERROR}
 * @param name its name, such as {@code Client error responses}
 * @param first the first code of its range
 * @param last the last code of its range
 * @param description what its codes have in common
 */
public record ClassView(String id, String name, int first, int last, String description) {
    /**
     * Returns the range as the table writes it.
     *
     * @return such as {@code 400 - 499}
     */
    public String range() {
        return first + " - " + last;
    }
}
