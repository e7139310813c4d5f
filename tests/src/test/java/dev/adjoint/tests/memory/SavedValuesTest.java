package dev.adjoint.tests.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Counts the values a generated VJP saves, by the bytes it allocates (not by time): a loop of n
 * iterations that overwrites a scalar the reverse sweep needs saves exactly n doubles in one
 * array sized up front, and a loop that overwrites nothing the reverse sweep needs saves none.
 * Forward mode allocates nothing at all.
 */
class SavedValuesTest {
  private static final int HEADER_BYTES_BOUND = 64;
  private static com.sun.management.ThreadMXBean threads;

  @BeforeAll
  static void allocationCounter() {
    assumeFalse("off".equals(System.getProperty("adjoint.tbr")),
        "the corpus was compiled with -Aadjoint.tbr=off, which saves every overwritten value");
    assumeTrue(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean,
        "this JVM does not count allocated bytes per thread");
    threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported());
    threads.setThreadAllocatedMemoryEnabled(true);
  }

  /** Bytes allocated by one call, after a few calls to load and link everything. */
  private static long allocated(ToLongFunction<Void> call) {
    for (int i = 0; i < 3; i++) {
      call.applyAsLong(null);
    }
    long id = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(id);
    call.applyAsLong(null);
    return threads.getThreadAllocatedBytes(id) - before;
  }

  private static double[] ones(int n) {
    double[] x = new double[n];
    java.util.Arrays.fill(x, 1.0001);
    return x;
  }

  /** Saved doubles per iteration: the growth in bytes between n and 2n, over 8n. */
  private static double savedPerIteration(java.util.function.IntFunction<ToLongFunction<Void>> f) {
    int n = 1000;
    long small = allocated(f.apply(n));
    long large = allocated(f.apply(2 * n));
    return (large - small) / (8.0 * n);
  }

  @Test
  void overwrittenScalarIsSavedOncePerIteration() {
    double perIteration = savedPerIteration(n -> {
      double[] c = ones(n);
      double[] cBar = new double[n];
      double[] xBar = new double[1];
      return v -> (long) SavedValuesDerivatives.hornerVjp(c, 0.5, 1.0, cBar, xBar);
    });
    assertEquals(1.0, perIteration, 0.0, "horner saves p once per iteration");
    double inPlace = savedPerIteration(n -> {
      double[] x = ones(n);
      double[] xBar = new double[n];
      return v -> (long) SavedValuesDerivatives.productVjp(x, 1.0, xBar);
    });
    assertEquals(1.0, inPlace, 0.0, "s *= x[i] saves s once per iteration");
  }

  @Test
  void exactlyNValuesAreSavedInOneArray() {
    int n = 1000;
    double[] c = ones(n);
    double[] cBar = new double[n];
    double[] xBar = new double[1];
    long bytes = allocated(v -> (long) SavedValuesDerivatives.hornerVjp(c, 0.5, 1.0, cBar, xBar));
    long payload = 8L * n;
    assertEquals(true, bytes >= payload && bytes <= payload + HEADER_BYTES_BOUND,
        "expected one array of " + n + " doubles, allocated " + bytes + " bytes");
  }

  @Test
  void loopThatOverwritesNothingNeededSavesNothing() {
    int n = 1000;
    double[] x = ones(n);
    double[] xBar = new double[n];
    assertEquals(0L, allocated(v -> (long) SavedValuesDerivatives.sumOfSquaresVjp(x, 1.0, xBar)),
        "sumOfSquaresVjp allocates");
  }

  @Test
  void forwardModeAllocatesNothing() {
    int n = 1000;
    double[] c = ones(n);
    double[] cDot = ones(n);
    assertEquals(0L, allocated(v -> (long) SavedValuesDerivatives.hornerJvp(c, cDot, 0.5, 1.0)));
    assertEquals(0L, allocated(v -> (long) SavedValuesDerivatives.sumOfSquaresJvp(c, cDot)));
  }
}
