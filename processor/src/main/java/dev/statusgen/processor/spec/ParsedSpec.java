package dev.statusgen.processor.spec;

import java.util.List;

/**
 * The rows of a spec, as a front end read them: {@link SpecParser} for a Markdown table, {@link RegistryParser}
 * for the IANA registry's CSV file.
 *
 * @param file the spec's name
 * @param classes the class rows, in the order of the spec
 * @param codes the code rows, in the order of the spec
 * @param tags the tag rows, in the order of the spec
 * @param hasClassTable whether the spec has a class table
 * @param hasCodeTable whether the spec has a code table
 * @param bundled whether the spec is one of the tables bundled with statusgen, rather than the project's
 */
public record ParsedSpec(
        String file,
        List<ClassRow> classes,
        List<CodeRow> codes,
        List<TagRow> tags,
        boolean hasClassTable,
        boolean hasCodeTable,
        boolean bundled) {

    /** Copies the lists, so that the parse stays immutable. */
    public ParsedSpec {
        classes = List.copyOf(classes);
        codes = List.copyOf(codes);
        tags = List.copyOf(tags);
    }

    /** What a spec that could not be read at all yields: no rows, and no complaint about missing tables. */
    public static ParsedSpec unreadable(String file) {
        return new ParsedSpec(file, List.of(), List.of(), List.of(), true, true, false);
    }

    /** This spec, as one of the tables bundled with statusgen. */
    public ParsedSpec asBundled() {
        return new ParsedSpec(file, classes, codes, tags, hasClassTable, hasCodeTable, true);
    }
}
