package dev.adjoint.tests.oracle;

import java.util.List;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The arguments of one evaluation point, looked up by parameter name, for twins and admissibility
 * predicates; {@link #g} lifts a parameter to a Hipparchus variable (or constant if not differentiated).
 */
public final class Args {
  private final FunctionCase function;
  private final Object[] values;

  Args(FunctionCase function, Object[] values) {
    this.function = function;
    this.values = values.clone();
  }

  /** The value of a {@code double} parameter. */
  public double d(String name) {
    return (Double) values[index(name, Param.Kind.REAL, Param.Kind.CONSTANT)];
  }

  public int i(String name) {
    return (Integer) values[index(name, Param.Kind.INT)];
  }

  public long l(String name) {
    return (Long) values[index(name, Param.Kind.LONG)];
  }

  public boolean b(String name) {
    return (Boolean) values[index(name, Param.Kind.BOOLEAN)];
  }

  /** A {@code double} parameter as a Hipparchus value: a free variable if differentiable, else a constant. */
  public Gradient g(String name) {
    int index = index(name, Param.Kind.REAL, Param.Kind.CONSTANT);
    Param param = function.params().get(index);
    if (!param.differentiable()) {
      return c(d(name));
    }
    return Gradient.variable(function.freeParameters(), function.differentiableIndex(name), d(name));
  }

  /** A constant with as many (zero) partials as the function has differentiable parameters. */
  public Gradient c(double value) {
    return Gradient.constant(function.freeParameters(), value);
  }

  Object[] values() {
    return values.clone();
  }

  private int index(String name, Param.Kind... kinds) {
    List<Param> params = function.params();
    for (int k = 0; k < params.size(); k++) {
      if (params.get(k).name().equals(name)) {
        for (Param.Kind kind : kinds) {
          if (params.get(k).kind() == kind) {
            return k;
          }
        }
        throw new IllegalArgumentException(
            function.name() + ": parameter " + name + " is " + params.get(k).kind());
      }
    }
    throw new IllegalArgumentException(function.name() + ": no parameter " + name);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("(");
    List<Param> params = function.params();
    for (int k = 0; k < params.size(); k++) {
      if (k > 0) {
        s.append(", ");
      }
      s.append(params.get(k).name()).append('=').append(values[k]);
    }
    return s.append(')').toString();
  }
}
