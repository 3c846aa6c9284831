package dev.statusgen.processor.testing;

import java.util.OptionalLong;
import java.util.Properties;

/**
 * How many cases a {@link Property} tries, or the one case it replays.
 *
 * <p>From system properties ({@link #from(Properties)}): {@code fuzz.tries}, the tries per property, 1,000 by
 * default ({@code -Dfuzz.tries=10000} for a long run); {@code fuzz.seed}, the seed of one case to replay, as a
 * failing try prints it ({@code -Dfuzz.seed=-4997567286387441562}). The processor's POM passes both from the
 * Maven command line to the tests.
 *
 * @param tries the cases to try, at least 1; ignored when {@code seed} is present
 * @param seed the seed of the one case to replay, or empty to try random cases
 */
public record FuzzSettings(int tries, OptionalLong seed) {
    /** The tries per property unless {@code fuzz.tries} says otherwise. */
    public static final int DEFAULT_TRIES = 1000;

    /** Checks the tries. */
    public FuzzSettings {
        if (tries < 1) {
            throw new IllegalArgumentException("fuzz.tries must be at least 1, not " + tries);
        }
    }

    /** The settings that {@code fuzz.tries} and {@code fuzz.seed} in {@code properties} give; blank is unset. */
    public static FuzzSettings from(Properties properties) {
        String tries = properties.getProperty("fuzz.tries", "").strip();
        String seed = properties.getProperty("fuzz.seed", "").strip();
        try {
            return new FuzzSettings(
                    tries.isEmpty() ? DEFAULT_TRIES : Integer.parseInt(tries),
                    seed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(seed)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "fuzz.tries and fuzz.seed take whole numbers, not '" + tries + "' and '" + seed + "'", e);
        }
    }

    /**
     * These settings for a property that takes {@code percent} of the tries, at least one: for properties that
     * cost more than they find at the full count. A replay stays a replay.
     */
    public FuzzSettings share(int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("a share is 1 to 100 percent, not " + percent);
        }
        return new FuzzSettings(Math.max(1, (int) ((long) tries * percent / 100)), seed);
    }

    /** The settings from this JVM's system properties. */
    public static FuzzSettings fromSystemProperties() {
        return from(System.getProperties());
    }
}
