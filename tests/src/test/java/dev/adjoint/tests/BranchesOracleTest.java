package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.real;

import dev.adjoint.tests.corpus.Branches;
import dev.adjoint.tests.oracle.Args;
import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** Checks the generated derivatives of {@link Branches} against their Hipparchus twins, away from every switch point. */
class BranchesOracleTest {
  private static final double MARGIN = 0.01;

  static List<FunctionCase> cases() {
    Class<?> c = Branches.class;
    return List.of(
        of(c, "huber", real("r", -4, 4), real("delta", 0.5, 2))
            .where(a -> away(Math.abs(a.d("r")), a.d("delta")))
            .twin(a -> {
              Gradient r = a.g("r");
              Gradient delta = a.g("delta");
              return Math.abs(a.d("r")) <= a.d("delta")
                  ? r.square().multiply(0.5)
                  : delta.multiply(r.abs().subtract(delta.multiply(0.5)));
            }),
        of(c, "clamp", real("x", -3, 3), real("lo", -2, -0.5), real("hi", 0.5, 2))
            .where(a -> away(a.d("x"), a.d("lo")) && away(a.d("x"), a.d("hi")))
            .twin(a -> a.d("x") < a.d("lo") ? a.g("lo") : a.d("x") > a.d("hi") ? a.g("hi") : a.g("x")),
        of(c, "smoothstep", real("e0", -2, -0.5), real("e1", 0.5, 2), real("x", -3, 3))
            .where(a -> away(smoothstepT(a), 0) && away(smoothstepT(a), 1))
            .twin(a -> {
              Gradient t = a.g("x").subtract(a.g("e0")).divide(a.g("e1").subtract(a.g("e0")));
              if (t.getValue() < 0) {
                t = a.c(0);
              } else if (t.getValue() > 1) {
                t = a.c(1);
              }
              return t.square().multiply(t.multiply(-2).add(3));
            }),
        of(c, "piecewiseCubic", real("x", -3, 3))
            .where(a -> away(a.d("x"), -1) && away(a.d("x"), 1))
            .twin(a -> {
              Gradient x = a.g("x");
              if (a.d("x") < -1) {
                return x.square().negate().add(2);
              }
              if (a.d("x") < 1) {
                return x.pow(3);
              }
              return x.multiply(3).subtract(2).add(x.subtract(1).square().multiply(0.25));
            }),
        of(c, "signedLog", real("x", -5, 5))
            .where(a -> away(a.d("x"), 0))
            .twin(a -> a.d("x") >= 0 ? a.g("x").log1p() : a.g("x").negate().log1p().negate()),
        of(c, "quadrantRule", real("x", -3, 3), real("y", -3, 3))
            .where(a -> away(a.d("x"), 0) && away(a.d("y"), 0) && away(a.d("x") * a.d("y"), -1))
            .twin(a -> {
              double x = a.d("x");
              double y = a.d("y");
              boolean product = (x > 0 && y > 0) || x * y <= -1;
              return product ? a.g("x").multiply(a.g("y")) : a.g("x").add(a.g("y").multiply(2));
            }),
        of(c, "nestedIf", real("x", -3, 3), real("y", -3, 3))
            .where(a -> away(a.d("x"), a.d("y")) && away(a.d("x"), 0) && away(nestedZ(a), 3))
            .twin(a -> {
              Gradient x = a.g("x");
              Gradient y = a.g("y");
              Gradient z = x.subtract(y);
              if (a.d("x") > a.d("y")) {
                z = a.d("x") > 0 ? z.multiply(x) : z.square();
              } else {
                z = z.sin().add(y);
              }
              return z.getValue() > 3 ? z.subtract(2).log().add(3) : z;
            }));
  }

  private static boolean away(double value, double kink) {
    return Math.abs(value - kink) > MARGIN;
  }

  private static double smoothstepT(Args a) {
    return (a.d("x") - a.d("e0")) / (a.d("e1") - a.d("e0"));
  }

  /** The value z has just before nestedIf's last if. */
  private static double nestedZ(Args a) {
    double x = a.d("x");
    double y = a.d("y");
    double z = x - y;
    if (x > y) {
      z = x > 0 ? z * x : z * z;
    } else {
      z = Math.sin(z) + y;
    }
    return z;
  }

  @TestFactory
  Stream<DynamicNode> oracles() {
    return CaseTests.of(cases());
  }
}
