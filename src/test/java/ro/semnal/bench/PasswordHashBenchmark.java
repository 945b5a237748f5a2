package ro.semnal.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * What one sign-in costs in password hashing: {@code matches} of a 21-character password against a bcrypt
 * hash at cost 10 to 13 (a sign-in verifies one hash; registration and password changes encode one, which
 * costs the same). The chosen cost is the highest under 300 ms per hash on the target machine
 * ({@code semnal.accounts.bcrypt-cost}).
 *
 * <p>Run with {@code scripts/bench.sh passwords} (see docs/benchmarks.md). Not a JUnit test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class PasswordHashBenchmark {

    @Param({"10", "11", "12", "13"})
    public int cost;

    private BCryptPasswordEncoder encoder;
    private String hash;

    @Setup(Level.Trial)
    public void encode() {
        encoder = new BCryptPasswordEncoder(cost);
        hash = encoder.encode("correct-horse-battery");
    }

    @Benchmark
    public boolean verify() {
        return encoder.matches("correct-horse-battery", hash);
    }
}
