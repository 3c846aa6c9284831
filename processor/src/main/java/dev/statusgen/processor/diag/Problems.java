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
        sorted.sort(new ByPlace());
        return List.copyOf(sorted);
    }

    /** Orders problems by file, line and column. */
    private static final class ByPlace implements Comparator<Problem> {
        @Override
        public int compare(Problem a, Problem b) {
            int byFile = a.file().compareTo(b.file());
            if (byFile != 0) {
                return byFile;
            }
            return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
        }
    }
}
