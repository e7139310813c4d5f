package dev.adjoint.tests.oracle;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The arguments of one evaluation point, looked up by parameter name, for twins and admissibility
 * predicates. {@link #g}, {@link #gv} and {@link #gm} lift a parameter to Hipparchus variables (or
 * constants if not differentiated); every differentiable input, scalar or array entry, is one free
 * parameter, numbered as {@link Layout} flattens them.
 */
public final class Args {
  private final FunctionCase function;
  private final Object[] values;
  private final Layout layout;
  private DSFactory order2;

  Args(FunctionCase function, Object[] values) {
    this.function = function;
    this.values = values.clone();
    this.layout = new Layout(function.params(), values);
  }

  /** The value of a {@code double} parameter. */
  public double d(String name) {
    return (Double) values[index(name, Param.Kind.REAL, Param.Kind.CONSTANT)];
  }

  /** The value of an {@code int} parameter (plain or an index). */
  public int i(String name) {
    return (Integer) values[index(name, Param.Kind.INT, Param.Kind.INDEX)];
  }

  /** The value of an enum, String or char parameter. */
  public Object o(String name) {
    return values[index(name, Param.Kind.CHOICE)];
  }

  public long l(String name) {
    return (Long) values[index(name, Param.Kind.LONG)];
  }

  public boolean b(String name) {
    return (Boolean) values[index(name, Param.Kind.BOOLEAN)];
  }

  /** A copy of a {@code double[]} parameter. */
  public double[] v(String name) {
    return ((double[]) values[index(name, Param.Kind.VECTOR, Param.Kind.CONSTANT_VECTOR, Param.Kind.SIGNS)]).clone();
  }

  /** A deep copy of a {@code double[][]} parameter. */
  public double[][] m(String name) {
    double[][] m = (double[][]) values[index(name, Param.Kind.MATRIX, Param.Kind.CONSTANT_MATRIX)];
    double[][] copy = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      copy[i] = m[i].clone();
    }
    return copy;
  }

  /** A {@code double} parameter as a Hipparchus value: a free variable if differentiable, else a constant. */
  public Gradient g(String name) {
    int k = index(name, Param.Kind.REAL, Param.Kind.CONSTANT);
    if (layout.offset(k) < 0) {
      return c(d(name));
    }
    return Gradient.variable(layout.size(), layout.offset(k), d(name));
  }

  /** A {@code double[]} parameter as Hipparchus values, one free variable per entry if differentiable. */
  public Gradient[] gv(String name) {
    int k = index(name, Param.Kind.VECTOR, Param.Kind.CONSTANT_VECTOR, Param.Kind.SIGNS);
    double[] v = (double[]) values[k];
    Gradient[] out = new Gradient[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = layout.offset(k) < 0 ? c(v[i]) : Gradient.variable(layout.size(), layout.offset(k) + i, v[i]);
    }
    return out;
  }

  /** A {@code double[][]} parameter as Hipparchus values, one free variable per entry (row by row) if differentiable. */
  public Gradient[][] gm(String name) {
    int k = index(name, Param.Kind.MATRIX, Param.Kind.CONSTANT_MATRIX);
    double[][] m = (double[][]) values[k];
    Gradient[][] out = new Gradient[m.length][];
    int at = layout.offset(k);
    for (int i = 0; i < m.length; i++) {
      out[i] = new Gradient[m[i].length];
      for (int j = 0; j < m[i].length; j++) {
        out[i][j] = at < 0 ? c(m[i][j]) : Gradient.variable(layout.size(), at++, m[i][j]);
      }
    }
    return out;
  }

  /** The receiver of an instance method ({@link Param#receiver()}), as its class. */
  public <T> T self(Class<T> type) {
    return type.cast(values[index("self", Param.Kind.RECEIVER)]);
  }

  private DSFactory order2() {
    if (order2 == null) {
      order2 = new DSFactory(layout.size(), 2);
    }
    return order2;
  }

  /** A {@code double} parameter as an order-2 Hipparchus value: a free variable if differentiable, else a constant. */
  public DerivativeStructure s(String name) {
    int k = index(name, Param.Kind.REAL, Param.Kind.CONSTANT);
    return layout.offset(k) < 0 ? sc(d(name)) : order2().variable(layout.offset(k), d(name));
  }

  /** A {@code double[]} parameter as order-2 Hipparchus values, one free variable per entry if differentiable. */
  public DerivativeStructure[] sv(String name) {
    int k = index(name, Param.Kind.VECTOR, Param.Kind.CONSTANT_VECTOR, Param.Kind.SIGNS);
    double[] v = (double[]) values[k];
    DerivativeStructure[] out = new DerivativeStructure[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = layout.offset(k) < 0 ? sc(v[i]) : order2().variable(layout.offset(k) + i, v[i]);
    }
    return out;
  }

  /** An order-2 constant with as many (zero) partials as the point has free parameters. */
  public DerivativeStructure sc(double value) {
    return order2().constant(value);
  }

  /** A constant with as many (zero) partials as the point has free parameters. */
  public Gradient c(double value) {
    return Gradient.constant(layout.size(), value);
  }

  /** The number of free parameters at this point: all differentiable inputs, flattened. */
  public int freeParameters() {
    return layout.size();
  }

  Layout layout() {
    return layout;
  }

  FunctionCase function() {
    return function;
  }

  /** The raw argument values, shared with this point: copy with {@link #copyArgs} before calling anything. */
  Object[] raw() {
    return values;
  }

  /** A deep copy of the arguments, keeping which parameters share one array (and which rows are shared). */
  Object[] values() {
    return copyArgs(values);
  }

  /** Deep-copies every array in {@code args}, preserving identity between them. */
  static Object[] copyArgs(Object[] args) {
    Map<Object, Object> seen = new IdentityHashMap<>();
    Object[] out = new Object[args.length];
    for (int k = 0; k < args.length; k++) {
      out[k] = copy(args[k], seen);
    }
    return out;
  }

  private static Object copy(Object o, Map<Object, Object> seen) {
    if (o instanceof double[] || o instanceof double[][]) {
      Object known = seen.get(o);
      if (known != null) {
        return known;
      }
      Object made;
      if (o instanceof double[] v) {
        made = v.clone();
      } else {
        double[][] m = (double[][]) o;
        double[][] c = new double[m.length][];
        seen.put(o, c);
        for (int i = 0; i < m.length; i++) {
          c[i] = (double[]) copy(m[i], seen);
        }
        made = c;
      }
      seen.put(o, made);
      return made;
    }
    return o;
  }

  /** The same point with parameter {@code q} bound to the very array of parameter {@code p}. */
  Args aliased(int p, int q) {
    Object[] v = values.clone();
    v[q] = v[p];
    return new Args(function, v);
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
      s.append(params.get(k).name()).append('=').append(show(values[k]));
      for (int p = 0; p < k; p++) {
        if (values[p] == values[k] && params.get(k).isArray()) {
          s.append(" (the same array as ").append(params.get(p).name()).append(')');
        }
      }
    }
    return s.append(')').toString();
  }

  private static String show(Object o) {
    if (o instanceof double[] v) {
      return Arrays.toString(v);
    }
    if (o instanceof double[][] m) {
      return Arrays.deepToString(m);
    }
    return String.valueOf(o);
  }
}
