package dev.statusgen.processor.testing;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Greedy shrinking: from a failing value, take the first smaller candidate that still fails, and repeat until no
 * candidate of the current value fails (a local minimum) or the checks run out. After a step, the search goes on
 * from the candidate that was taken rather than from the first, since a value's next shrink is usually of the
 * same kind; so deleting n lines one at a time costs about n checks, not n squared.
 */
public final class Shrinker {
    private Shrinker() {}

    /**
     * What shrinking reached.
     *
     * @param value the smallest failing value found
     * @param steps how many candidates were taken
     * @param checks how many candidates were checked
     * @param minimal whether no candidate of {@code value} fails; false if the checks ran out first
     * @param <T> the type of the values
     */
    public record Result<T>(T value, int steps, int checks, boolean minimal) {}

    /**
     * Shrinks {@code value}, which fails.
     *
     * @param value a failing value
     * @param candidates the values one shrink smaller than a value, best first
     * @param fails whether a value fails; a value is taken exactly when this returns true for it, so the last
     *     value for which it returned true is the result
     * @param maxChecks the most candidates to check
     * @param <T> the type of the values
     * @return the smallest failing value found, and how it was found
     */
    public static <T> Result<T> shrink(
            T value,
            Function<? super T, ? extends Stream<? extends T>> candidates,
            Predicate<? super T> fails,
            int maxChecks) {
        T current = value;
        int steps = 0;
        int checks = 0;
        int start = 0;
        while (true) {
            List<? extends T> options = candidates.apply(current).toList();
            T taken = null;
            for (int k = 0; k < options.size() && taken == null; k++) {
                if (checks == maxChecks) {
                    return new Result<>(current, steps, checks, false);
                }
                int index = (start + k) % options.size();
                T option = options.get(index);
                checks++;
                if (fails.test(option)) {
                    taken = option;
                    start = index;
                }
            }
            if (taken == null) {
                return new Result<>(current, steps, checks, true);
            }
            current = taken;
            steps++;
        }
    }
}
