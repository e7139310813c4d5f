package dev.adjoint.processor.ir;

import java.util.List;

/**
 * A call of a static library function such as {@code Math.sin}. {@code owner} is the simple name
 * the generated code prints ({@code Math} or {@code StrictMath}), so the primal is computed by
 * exactly the function the user called.
 */
public record Call(String owner, String name, List<Expr> args, Type type, Pos pos) implements Expr {
  private static final List<String> LIBRARIES =
      List.of("Math", "StrictMath", "dev.adjoint.AdjointMath", "org.hipparchus.util.FastMath",
          "org.apache.commons.math3.util.FastMath");

  public Call {
    args = List.copyOf(args);
  }

  /** True for the classes whose functions the rule table knows. */
  public boolean isLibrary() {
    return LIBRARIES.contains(owner);
  }
}
