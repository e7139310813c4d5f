package dev.adjoint.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The checker's comparison of the optimised build with the -Aadjoint.tbr=off build. */
class CheckerTest {
  /**
   * The accumulators of program p22353 (seed 771211): the optimised build fuses its first loop,
   * the other runs two sweeps, and v[2]'s shares cancel to 2e-4, leaving an ulp of difference.
   */
  private static final double[] FUSED = {1.503511126799118, 1.2502627871276015,
      11.359942092445433, 1.97186555756309E-4, 1.1483277468928175, 1.2597895955247205,
      1.198189899937341};
  private static final double[] TWO_SWEEPS = {1.503511126799118, 1.2502627871276015,
      11.359942092445436, 1.9718655575653104E-4, 1.1483277468928175, 1.2597895955247205,
      1.198189899937341};

  @Test
  void sharesAddedInAnotherOrderAgree() {
    assertFalse(Checker.close(FUSED[3], TWO_SWEEPS[3], 1e-12, 0), "beyond the relative bound");
    assertTrue(Checker.sameAccumulators(FUSED, TWO_SWEEPS));
  }

  @Test
  void aShareMissingFromASmallComponentStillDisagrees() {
    double[] wrong = TWO_SWEEPS.clone();
    wrong[3] *= 1.001; // a lost share a thousandth of the component
    assertFalse(Checker.sameAccumulators(FUSED, wrong));
    wrong = TWO_SWEEPS.clone();
    wrong[2] += 1e-9; // one part in 10^10 of the largest
    assertFalse(Checker.sameAccumulators(FUSED, wrong));
  }
}
