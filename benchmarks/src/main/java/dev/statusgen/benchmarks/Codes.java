package dev.statusgen.benchmarks;

import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The inputs that every benchmark looks up, the same for every peer: a fixed pseudo-random mix of codes and
 * the reason phrases of those codes, and the raw tables, static final like the generated ones, that are the
 * limit to compare with.
 *
 * <p>The mix is {@value #SIZE} codes drawn with a fixed seed: 85% from 12 common codes, 10% from the rest of
 * the standard table, 5% from 3-digit codes that no library here knows.
 */
@State(Scope.Benchmark)
public class Codes {
    /** The number of lookups per benchmark invocation. */
    public static final int SIZE = 1024;

    private static final long SEED = 20_260_127L;
    private static final int[] COMMON = {200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 500, 503};
    private static final int[] UNKNOWN = {199, 230, 299, 333, 399, 432, 460, 499, 520, 599};

    /** The mix of codes: common, rare and unknown. */
    int[] mix;
    /**
     * The codes of the mix that both statusgen's and Spring's tables have, for the lookups that throw on the
     * others.
     */
    int[] known;
    /** Unknown 3-digit codes drawn with the same seed, for the non-standard path. */
    int[] unknown;
    /** The reason phrase of each code of the mix as it would arrive on the wire: a fresh string each. */
    String[] phrases;

    /** The raw limit of int to status: the status of each code, indexed by the code itself. */
    static final HttpStatus[] STATUS_BY_CODE = new HttpStatus[600];
    /** The raw limit of the non-standard path: a pre-built status code for each code 100-599. */
    static final HttpStatusCode[] CODE_BY_CODE = new HttpStatusCode[600];
    /** The raw limit of int to class: the class of each hundred, indexed by {@code code / 100}. */
    static final HttpStatusClass[] CLASS_BY_HUNDRED = new HttpStatusClass[6];
    /** The raw limit of int to reason phrase. */
    static final String[] PHRASE_BY_CODE = new String[600];
    /** The raw limit of phrase to status: a hash map keyed by the exact phrase, case-sensitive. */
    static final Map<String, HttpStatus> STATUS_BY_PHRASE = new HashMap<>();

    static {
        for (HttpStatus status : HttpStatus.values()) {
            STATUS_BY_CODE[status.code()] = status;
            PHRASE_BY_CODE[status.code()] = status.reasonPhrase();
            STATUS_BY_PHRASE.put(status.reasonPhrase(), status);
        }
        for (int code = 100; code < 600; code++) {
            CODE_BY_CODE[code] = HttpStatusCode.valueOf(code);
        }
        for (int hundred = 1; hundred < 6; hundred++) {
            CLASS_BY_HUNDRED[hundred] = HttpStatusClass.of(hundred * 100);
        }
    }

    /** Draws the mix. */
    @Setup
    public void setUp() {
        for (int code : UNKNOWN) {
            requireUnknown(code);
        }
        int[] rare = Arrays.stream(HttpStatus.values())
                .mapToInt(HttpStatus::code)
                .filter(code -> Arrays.stream(COMMON).noneMatch(c -> c == code))
                .toArray();
        Random random = new Random(SEED);
        mix = new int[SIZE];
        unknown = new int[SIZE];
        phrases = new String[SIZE];
        List<Integer> knownCodes = new ArrayList<>();
        for (int i = 0; i < SIZE; i++) {
            int draw = random.nextInt(100);
            int[] pool = draw < 85 ? COMMON : draw < 95 ? rare : UNKNOWN;
            mix[i] = pool[random.nextInt(pool.length)];
            unknown[i] = UNKNOWN[random.nextInt(UNKNOWN.length)];
            HttpStatus status = HttpStatus.find(mix[i]).orElse(null);
            phrases[i] = new String(status == null ? "Unknown Status" : status.reasonPhrase());
            if (status != null && org.springframework.http.HttpStatus.resolve(mix[i]) != null) {
                knownCodes.add(mix[i]);
            }
        }
        known = knownCodes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Fails unless no library here knows {@code code}, so that the unknown codes are unknown to every peer. */
    private static void requireUnknown(int code) {
        boolean unknown = HttpStatus.find(code).isEmpty()
                && org.springframework.http.HttpStatus.resolve(code) == null
                && HttpResponseStatus.valueOf(code) != HttpResponseStatus.valueOf(code)
                && Response.Status.fromStatusCode(code) == null
                && EnglishReasonPhraseCatalog.INSTANCE.getReason(code, null) == null;
        if (!unknown) {
            throw new IllegalStateException("code " + code + " is known to some library; pick another unknown code");
        }
    }
}
