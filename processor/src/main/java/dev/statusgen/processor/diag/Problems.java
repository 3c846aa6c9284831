package dev.statusgen.processor.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of a spec, so that every one of them is reported in a single compile.
 */
public final class Problems {
    private final List<Problem> list = new ArrayList<>();

    /** Adds a problem. */
    public void add(Problem problem) {
        list.add(problem);
    }

    /** How many problems were added. */
    public int count() {
        return list.size();
    }

    /** Whether any problem was added. */
    public boolean any() {
        return !list.isEmpty();
    }

    /** The problems, ordered by file, line and column. */
    public List<Problem> sorted() {
        List<Problem> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(Problem::file)
                .thenComparingInt(Problem::line)
                .thenComparingInt(Problem::column));
        return List.copyOf(sorted);
    }
}
