package dev.statusgen.processor.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A validated status table: classes ordered by range, codes ordered by code, every code inside exactly one
 * class, and every constant name unique.
 *
 * @param source where the table comes from, for documentation, such as the spec's name
 * @param classes the classes, ordered by range
 * @param codes the codes, ordered by code
 * @param tags the tags that the table knows: the built-in ones, then those its specs declare, in their order
 */
public record StatusTable(String source, List<StatusClass> classes, List<StatusCode> codes, List<Tag> tags) {

    /** Copies the lists, so that the model stays immutable. */
    public StatusTable {
        classes = List.copyOf(classes);
        codes = List.copyOf(codes);
        tags = List.copyOf(tags);
    }

    /** The tags that give the generated types a predicate, in the order of {@link #tags()}. */
    public List<Tag> predicateTags() {
        List<Tag> withPredicate = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.hasPredicate()) {
                withPredicate.add(tag);
            }
        }
        return withPredicate;
    }

    /** The tags that a code can carry, which the tag enum declares, in the order of {@link #tags()}. */
    public List<Tag> codeTags() {
        List<Tag> carried = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.hasConstant()) {
                carried.add(tag);
            }
        }
        return carried;
    }

    /** The codes that carry the tag {@code id}, in order. */
    public List<StatusCode> codesTagged(String id) {
        List<StatusCode> tagged = new ArrayList<>();
        for (StatusCode code : codes) {
            if (code.has(id)) {
                tagged.add(code);
            }
        }
        return tagged;
    }

    /** The lowest code in any class. */
    public int firstClassCode() {
        return classes.get(0).firstCode();
    }

    /** The classes whose codes are errors, in order. */
    public List<StatusClass> errorClasses() {
        List<StatusClass> errors = new ArrayList<>();
        for (StatusClass c : classes) {
            if (c.isError()) {
                errors.add(c);
            }
        }
        return errors;
    }

    /**
     * The ranges of {@code some}, classes of this table in its order, with ranges that touch merged: for the
     * standard table and all classes, the one range 100 to 599.
     *
     * @param some the classes to take
     * @return pairs of first and last code, in order
     */
    public static List<int[]> mergedRanges(List<StatusClass> some) {
        List<int[]> ranges = new ArrayList<>();
        for (StatusClass c : some) {
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && c.firstCode() == last[1] + 1) {
                last[1] = c.lastCode();
            } else {
                ranges.add(new int[] {c.firstCode(), c.lastCode()});
            }
        }
        return ranges;
    }

    /** The highest code in any class. */
    public int lastClassCode() {
        return classes.get(classes.size() - 1).lastCode();
    }
}
