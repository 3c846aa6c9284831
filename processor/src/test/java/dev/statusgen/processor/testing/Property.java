package dev.statusgen.processor.testing;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * A property checked on generated cases, as JUnit dynamic tests: return {@link #check} from a
 * {@code @TestFactory} method. Each try is one test, named with its case's seed, and generates its case from a
 * {@link Random} of that seed alone, so the seed reproduces the case on any JDK ({@code Random}'s algorithm is
 * part of its specification). The tries' seeds come in turn from a {@code Random} of {@link FuzzSettings#seeds()},
 * which it prints: fixed unless {@code -Dfuzz.fresh=true}, so that each run tries the same cases.
 *
 * <p>When a try fails, the tries after it are not run, and the try's failure says its seed, how to replay it
 * ({@code -Dfuzz.seed=...}, see {@link FuzzSettings}) and the case shrunk as far as it still fails the same way:
 * with the same exception type, from the same line of the check, for the same root cause. The shrunk case's
 * failure is the cause, the original failure a suppressed exception.
 *
 * @param <T> the type of the cases
 */
public final class Property<T> {
    /** The most shrunk cases to check after a failure, which bounds the time a failure costs. */
    static final int MAX_SHRINK_CHECKS = 500;

    private final Function<Random, ? extends T> generator;
    private final Function<? super T, String> show;
    private final Function<? super T, ? extends Stream<? extends T>> shrinks;

    private Property(
            Function<Random, ? extends T> generator,
            Function<? super T, String> show,
            Function<? super T, ? extends Stream<? extends T>> shrinks) {
        this.generator = generator;
        this.show = show;
        this.shrinks = shrinks;
    }

    /**
     * A property over the cases of {@code generator}, which must make its case from the random numbers alone.
     *
     * @param generator makes a case from a seeded source of random numbers
     * @param show how a failure report shows a case
     * @param <T> the type of the cases
     * @return the property, whose cases do not shrink until {@link #shrinkingBy} says how
     */
    public static <T> Property<T> forAll(Function<Random, ? extends T> generator, Function<? super T, String> show) {
        return new Property<>(generator, show, value -> Stream.empty());
    }

    /**
     * This property, with failing cases shrunk through {@code shrinks}.
     *
     * @param shrinks the cases one shrink smaller than a case, best first; only cases that the check should
     *     hold for, since a case that breaks the check's assumptions can fail the same way for another reason
     * @return the property
     */
    public Property<T> shrinkingBy(Function<? super T, ? extends Stream<? extends T>> shrinks) {
        return new Property<>(generator, show, shrinks);
    }

    /**
     * The tests of {@code check} on this property's cases: one a try, or one for the case to replay.
     *
     * @param settings the tries and the seed of their seeds, or the seed of the case to replay
     * @param check throws if the property does not hold for a case
     * @return the tests, a lazy stream that ends after the first failure
     */
    public Stream<DynamicTest> check(FuzzSettings settings, ThrowingConsumer<? super T> check) {
        if (settings.seed().isPresent()) {
            long seed = settings.seed().getAsLong();
            String attempt = "seed " + seed;
            return Stream.of(dynamicTest(attempt, () -> run(attempt, seed, check, new AtomicBoolean())));
        }
        Random seeds = new Random(settings.seeds());
        System.out.println("fuzz: " + settings.tries() + " tries, their seeds drawn from the seed " + settings.seeds());
        AtomicBoolean failed = new AtomicBoolean();
        return IntStream.rangeClosed(1, settings.tries())
                .boxed()
                .takeWhile(i -> !failed.get())
                .map(i -> {
                    long seed = seeds.nextLong();
                    String attempt = "try " + i + " of " + settings.tries() + ", seed " + seed;
                    return dynamicTest(attempt, () -> run(attempt, seed, check, failed));
                });
    }

    private void run(String attempt, long seed, ThrowingConsumer<? super T> check, AtomicBoolean failed) {
        T value = generator.apply(new Random(seed));
        Throwable failure = failure(check, value);
        if (failure == null) {
            return;
        }
        failed.set(true);
        Class<?> host = check.getClass().getNestHost();
        Signature signature = Signature.of(failure, host);
        Throwable[] last = {failure};
        Shrinker.Result<T> shrunk = Shrinker.shrink(
                value,
                shrinks,
                candidate -> {
                    Throwable f = failure(check, candidate);
                    if (f != null && Signature.of(f, host).equals(signature)) {
                        last[0] = f;
                        return true;
                    }
                    return false;
                },
                MAX_SHRINK_CHECKS);
        String message = attempt + " failed; replay it with -Dfuzz.seed=" + seed + "\n"
                + "shrunk in " + shrunk.steps() + " steps"
                + (shrunk.minimal() ? "" : ", until the limit of " + shrunk.checks() + " checks,")
                + " to:\n" + show.apply(shrunk.value());
        AssertionError error = new AssertionError(message, last[0]);
        if (last[0] != failure) {
            error.addSuppressed(failure);
        }
        throw error;
    }

    private static <T> Throwable failure(ThrowingConsumer<? super T> check, T value) {
        try {
            check.accept(value);
            return null;
        } catch (Throwable t) {
            return t;
        }
    }

    /**
     * What makes two failures the same: the exception's type, the line of the check that it came through, and
     * the type and origin of its root cause.
     */
    private record Signature(String type, String checkLine, String rootType, String rootOrigin) {
        static Signature of(Throwable failure, Class<?> host) {
            Throwable root = failure;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            StackTraceElement[] rootTrace = root.getStackTrace();
            return new Signature(
                    failure.getClass().getName(),
                    Arrays.stream(failure.getStackTrace())
                            .filter(frame -> frame.getClassName().equals(host.getName())
                                    || frame.getClassName().startsWith(host.getName() + "$"))
                            .findFirst()
                            .map(StackTraceElement::toString)
                            .orElse(""),
                    root.getClass().getName(),
                    rootTrace.length == 0 ? "" : rootTrace[0].toString());
        }
    }
}
