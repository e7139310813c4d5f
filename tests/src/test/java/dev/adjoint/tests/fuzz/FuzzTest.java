package dev.adjoint.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The random-program differential fuzzer. By default a fixed-seed run of 10,000 programs;
 * {@code -Dadjoint.fuzz.programs=N} or {@code -Dadjoint.fuzz.minutes=M} runs longer with a
 * random seed, {@code -Dadjoint.fuzz.seed=S} replays a run. Shrunk failing programs are written
 * to {@code target/fuzz/}.
 */
class FuzzTest {
  private static final long CI_SEED = 20250601L;

  @Test
  void randomProgramsDifferentiateCorrectly() throws IOException {
    String programs = System.getProperty("adjoint.fuzz.programs");
    String minutes = System.getProperty("adjoint.fuzz.minutes");
    String seed = System.getProperty("adjoint.fuzz.seed");
    boolean onDemand = programs != null || minutes != null;
    long runSeed = seed != null ? Long.parseLong(seed)
        : onDemand ? new java.util.Random().nextLong() : CI_SEED;
    int count = programs != null ? Integer.parseInt(programs)
        : minutes != null ? Integer.MAX_VALUE : 10_000;
    long millis = minutes != null ? (long) (Double.parseDouble(minutes) * 60_000) : 0;
    int shrinkPerKind = Integer.getInteger("adjoint.fuzz.shrink", 3);
    System.out.println("fuzz: seed " + runSeed + " (replay with -Dadjoint.fuzz.seed=" + runSeed
        + (programs != null ? " -Dadjoint.fuzz.programs=" + programs : "") + ")");

    FuzzRun run = new FuzzRun(new FuzzRun.Settings(runSeed, count, millis, 30, 20,
        shrinkPerKind, 400, Path.of("target", "fuzz")), System.out);
    run.run();

    System.out.printf("fuzz: %d programs in %.1f s (%.1f programs/s), %d failing,"
        + " %d miscompiled by javac, %d checked without the -Aadjoint.tbr=off build (too"
        + " large)%n", run.programs, run.seconds, run.programs / run.seconds, run.found.size(),
        run.miscompiled.size(), run.checkedWithoutSaveAll.size());
    String summary = run.found.stream().map(f -> f.program().main().name() + ": " + f.failure())
        .limit(20).collect(Collectors.joining("\n"));
    assertTrue(run.found.isEmpty(), run.found.size() + " of " + run.programs
        + " programs failed (seed " + runSeed + "); shrunk programs in " + run.written + "\n"
        + summary);
  }
}
