package dev.statusgen.processor.spec;

import java.util.List;

/**
 * The rows of a spec, as the parser read them.
 *
 * @param file the spec's name
 * @param classes the class rows, in the order of the spec
 * @param codes the code rows, in the order of the spec
 * @param hasClassTable whether the spec has a class table
 * @param hasCodeTable whether the spec has a code table
 */
public record ParsedSpec(
        String file, List<ClassRow> classes, List<CodeRow> codes, boolean hasClassTable, boolean hasCodeTable) {

    /** Copies the lists, so that the parse stays immutable. */
    public ParsedSpec {
        classes = List.copyOf(classes);
        codes = List.copyOf(codes);
    }
}
