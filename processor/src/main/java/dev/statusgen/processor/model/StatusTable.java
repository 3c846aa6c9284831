package dev.statusgen.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A validated status table: classes ordered by range, codes ordered by code, every code inside exactly one
 * class, and every constant name unique.
 *
 * @param source the spec's name, for documentation
 * @param classes the classes, ordered by range
 * @param codes the codes, ordered by code
 */
public record StatusTable(String source, List<StatusClass> classes, List<StatusCode> codes) {

    /** Copies the lists, so that the model stays immutable. */
    public StatusTable {
        classes = List.copyOf(classes);
        codes = List.copyOf(codes);
    }

    /** The lowest code in any class. */
    public int firstClassCode() {
        return classes.get(0).firstCode();
    }

    /**
     * The ranges of the classes that match, with ranges that touch merged: for the standard table and all
     * classes, the one range 100 to 599.
     *
     * @param matching which classes to take
     * @return pairs of first and last code, in order
     */
    public List<int[]> mergedRanges(Predicate<StatusClass> matching) {
        List<int[]> ranges = new ArrayList<>();
        for (StatusClass c : classes) {
            if (!matching.test(c)) {
                continue;
            }
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
