package dev.statusgen.processor.testing;

import java.util.List;
import java.util.Map;

/**
 * What the generated API of a valid fuzz spec must hold, worked out from the spec's cells by the rules of
 * docs/spec.md rather than by the processor's code: the classifiers, the tag predicates and every code.
 *
 * @param classifiers the classifier of each class, such as {@code isClientError}
 * @param tagPredicates the predicate of each tag that has one, by tag id: the built-in ones and the declared ones
 * @param codes the codes, in the spec's order
 */
public record ExpectedTable(List<String> classifiers, Map<String, String> tagPredicates, List<Code> codes) {
    /** The built-in tags that give a predicate, and their predicates. */
    public static final Map<String, String> BUILT_IN_PREDICATES = Map.of(
            "webdav", "isWebdav", "experimental", "isExperimental", "deprecated", "isDeprecated", "unused", "isUnused");

    /** Copies the lists and the map. */
    public ExpectedTable {
        classifiers = List.copyOf(classifiers);
        tagPredicates = Map.copyOf(tagPredicates);
        codes = List.copyOf(codes);
    }

    /**
     * One code.
     *
     * @param code the code
     * @param name its reason phrase
     * @param description its exact description, or null if only {@code mentions} are known
     * @param mentions texts that its description holds
     * @param tags its tags, sorted by id, as {@code tags()} lists them
     * @param aliases its other names, in the spec's order
     * @param references its references, in the spec's order
     */
    public record Code(
            int code,
            String name,
            String description,
            List<String> mentions,
            List<String> tags,
            List<String> aliases,
            List<ReferenceText.Ref> references) {
        /** Copies the lists. */
        public Code {
            mentions = List.copyOf(mentions);
            tags = List.copyOf(tags);
            aliases = List.copyOf(aliases);
            references = List.copyOf(references);
        }
    }

    /** The predicate of a tag, as docs/spec.md says: {@code cacheable} gives isCacheable, no-content isNoContent. */
    public static String predicate(String tagId) {
        StringBuilder out = new StringBuilder("is");
        for (String word : tagId.split("-")) {
            out.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return out.toString();
    }
}
