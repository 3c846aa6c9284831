package dev.statusgen.processor.testing;

import java.util.OptionalLong;
import java.util.Properties;
import java.util.Random;

/**
 * How many cases a {@link Property} tries and which, or the one case it replays.
 *
 * <p>From system properties ({@link #from(Properties)}): {@code fuzz.tries}, the tries per property, 1,000 by
 * default ({@code -Dfuzz.tries=10000} for a long run); {@code fuzz.fresh}: unless it is {@code true}, the tries'
 * seeds come from {@link #FIXED_SEEDS}, so that every run tries the same cases and a build fails only for what
 * its own change did, while {@code -Dfuzz.fresh=true} draws them from a fresh seed, to find new bugs; {@code
 * fuzz.seed}, the seed of one case to replay, as a failing try prints it ({@code -Dfuzz.seed=-4997567286387441562}).
 * The processor's POM passes them from the Maven command line to the tests.
 *
 * @param tries the cases to try, at least 1; ignored when {@code seed} is present
 * @param seed the seed of the one case to replay, or empty to try cases
 * @param seeds the seed of the sequence of the tries' seeds
 */
public record FuzzSettings(int tries, OptionalLong seed, long seeds) {
    /** The tries per property unless {@code fuzz.tries} says otherwise. */
    public static final int DEFAULT_TRIES = 1000;

    /** The seed of the tries' seeds unless {@code fuzz.fresh} is {@code true}. */
    public static final long FIXED_SEEDS = 20261127L;

    /** Checks the tries. */
    public FuzzSettings {
        if (tries < 1) {
            throw new IllegalArgumentException("fuzz.tries must be at least 1, not " + tries);
        }
    }

    /**
     * The settings that {@code fuzz.tries}, {@code fuzz.fresh} and {@code fuzz.seed} in {@code properties} give;
     * blank is unset.
     */
    public static FuzzSettings from(Properties properties) {
        String tries = properties.getProperty("fuzz.tries", "").strip();
        String fresh = properties.getProperty("fuzz.fresh", "").strip();
        String seed = properties.getProperty("fuzz.seed", "").strip();
        if (!fresh.isEmpty() && !fresh.equals("true") && !fresh.equals("false")) {
            throw new IllegalArgumentException("fuzz.fresh is true or false, not '" + fresh + "'");
        }
        try {
            return new FuzzSettings(
                    tries.isEmpty() ? DEFAULT_TRIES : Integer.parseInt(tries),
                    seed.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(seed)),
                    fresh.equals("true") ? new Random().nextLong() : FIXED_SEEDS);
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
        return new FuzzSettings(Math.max(1, (int) ((long) tries * percent / 100)), seed, seeds);
    }

    /**
     * These settings for the property named {@code name}: its tries' seeds are a sequence of its own, so that
     * properties whose generators start alike do not try the same cases. The same name gives the same sequence.
     */
    public FuzzSettings forProperty(String name) {
        return new FuzzSettings(tries, seed, seeds ^ (name.hashCode() * 0x9E3779B97F4A7C15L));
    }

    /** The settings from this JVM's system properties. */
    public static FuzzSettings fromSystemProperties() {
        return from(System.getProperties());
    }
}
