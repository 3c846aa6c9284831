package dev.statusgen.benchmarks;

import io.netty.handler.codec.http.HttpResponseStatus;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The lookups of the code that statusgen generates, side by side with a raw array (the limit) and with the
 * same lookups in Spring Web, Netty, Jakarta REST and Apache HttpCore, over the same {@link Codes}.
 *
 * <p>A method is named {@code operation_peer}. Each one looks up all {@value Codes#SIZE} inputs and hands every
 * result to the {@link Blackhole}, so one op is one lookup. The quick defaults below keep a full run to a few
 * minutes; pass JMH options to change them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(Codes.SIZE)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LookupBenchmark {
    private static final org.springframework.http.HttpStatus[] SPRING_STATUSES =
            org.springframework.http.HttpStatus.values();

    // int to status, over the mix; an unknown code gives null or empty.

    @Benchmark
    public void intToStatus_raw(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(Codes.STATUS_BY_CODE[code]);
        }
    }

    @Benchmark
    public void intToStatus_statusgen(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(HttpStatus.find(code));
        }
    }

    @Benchmark
    public void intToStatus_spring(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(org.springframework.http.HttpStatus.resolve(code));
        }
    }

    @Benchmark
    public void intToStatus_netty(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(HttpResponseStatus.valueOf(code));
        }
    }

    @Benchmark
    public void intToStatus_jakarta(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(Response.Status.fromStatusCode(code));
        }
    }

    // int to status with the lookups that throw on unknown codes, over the known codes of the mix.

    @Benchmark
    public void intToStatusKnown_raw(Codes in, Blackhole bh) {
        for (int code : in.known) {
            bh.consume(Codes.STATUS_BY_CODE[code]);
        }
    }

    @Benchmark
    public void intToStatusKnown_statusgen(Codes in, Blackhole bh) {
        for (int code : in.known) {
            bh.consume(HttpStatus.of(code));
        }
    }

    @Benchmark
    public void intToStatusKnown_spring(Codes in, Blackhole bh) {
        for (int code : in.known) {
            bh.consume(org.springframework.http.HttpStatus.valueOf(code));
        }
    }

    // int to class, over the mix.

    @Benchmark
    public void intToClass_raw(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(Codes.CLASS_BY_HUNDRED[code / 100]);
        }
    }

    @Benchmark
    public void intToClass_statusgen(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(HttpStatusClass.of(code));
        }
    }

    @Benchmark
    public void intToClass_spring(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(org.springframework.http.HttpStatus.Series.resolve(code));
        }
    }

    @Benchmark
    public void intToClass_netty(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(io.netty.handler.codec.http.HttpStatusClass.valueOf(code));
        }
    }

    @Benchmark
    public void intToClass_jakarta(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(Response.Status.Family.familyOf(code));
        }
    }

    // int to reason phrase, over the mix.

    @Benchmark
    public void intToPhrase_raw(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(Codes.PHRASE_BY_CODE[code]);
        }
    }

    @Benchmark
    public void intToPhrase_statusgen(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(HttpStatusCode.valueOf(code).reasonPhrase());
        }
    }

    @Benchmark
    public void intToPhrase_spring(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            org.springframework.http.HttpStatus status = org.springframework.http.HttpStatus.resolve(code);
            bh.consume(status == null ? null : status.getReasonPhrase());
        }
    }

    @Benchmark
    public void intToPhrase_netty(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(HttpResponseStatus.valueOf(code).reasonPhrase());
        }
    }

    @Benchmark
    public void intToPhrase_jakarta(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            Response.Status status = Response.Status.fromStatusCode(code);
            bh.consume(status == null ? null : status.getReasonPhrase());
        }
    }

    @Benchmark
    public void intToPhrase_apache(Codes in, Blackhole bh) {
        for (int code : in.mix) {
            bh.consume(EnglishReasonPhraseCatalog.INSTANCE.getReason(code, null));
        }
    }

    // Reason phrase to status, over the phrases of the mix. No peer has this lookup; the Spring entry is the
    // scan of its values that a Spring user would write.

    @Benchmark
    public void phraseToStatus_raw(Codes in, Blackhole bh) {
        for (String phrase : in.phrases) {
            bh.consume(Codes.STATUS_BY_PHRASE.get(phrase));
        }
    }

    @Benchmark
    public void phraseToStatus_statusgen(Codes in, Blackhole bh) {
        for (String phrase : in.phrases) {
            bh.consume(HttpStatus.findByReasonPhrase(phrase));
        }
    }

    @Benchmark
    public void phraseToStatus_spring(Codes in, Blackhole bh) {
        for (String phrase : in.phrases) {
            bh.consume(springScan(phrase));
        }
    }

    // The non-standard path: int to a status of any 3-digit code, over unknown codes only.

    @Benchmark
    public void nonStandard_raw(Codes in, Blackhole bh) {
        for (int code : in.unknown) {
            bh.consume(Codes.CODE_BY_CODE[code]);
        }
    }

    @Benchmark
    public void nonStandard_statusgen(Codes in, Blackhole bh) {
        for (int code : in.unknown) {
            bh.consume(HttpStatusCode.valueOf(code));
        }
    }

    @Benchmark
    public void nonStandard_spring(Codes in, Blackhole bh) {
        for (int code : in.unknown) {
            bh.consume(org.springframework.http.HttpStatusCode.valueOf(code));
        }
    }

    @Benchmark
    public void nonStandard_netty(Codes in, Blackhole bh) {
        for (int code : in.unknown) {
            bh.consume(HttpResponseStatus.valueOf(code));
        }
    }

    private static org.springframework.http.HttpStatus springScan(String phrase) {
        for (org.springframework.http.HttpStatus status : SPRING_STATUSES) {
            if (status.getReasonPhrase().equalsIgnoreCase(phrase)) {
                return status;
            }
        }
        return null;
    }
}
