package dev.adjoint.tests.fuzz;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calls a program's method and its generated derivatives by reflection, with the inputs
 * that carry derivatives flattened into one vector in parameter order. Every call gets copies
 * of the argument arrays and checks afterwards that it left them alone.
 */
final class Invoker {
  /** A generated method threw, or wrote to an input. */
  static final class Broken extends Exception {
    private static final long serialVersionUID = 1L;

    Broken(String message) {
      super(message);
    }
  }

  private final Method method;
  private final Class<?> user;
  private final Class<?> companion;
  private final int length;
  private final List<Param> differentiable = new ArrayList<>();
  /** The object an instance method runs on, passed first to its generated methods; else null. */
  private final Object receiver;

  Invoker(Program program, Class<?> user, Class<?> companion) {
    this.method = program.main();
    this.user = user;
    this.companion = companion;
    this.length = program.length();
    this.receiver = method.isInstance() ? newInstance(user) : null;
    for (Param p : method.params()) {
      if (method.differentiates(p)) {
        differentiable.add(p);
      }
    }
  }

  int dimension() {
    return differentiable.stream().mapToInt(p -> p.isArray() ? length : 1).sum();
  }

  double[] flatten(Object[] args) {
    double[] z = new double[dimension()];
    int at = 0;
    for (int i = 0; i < args.length; i++) {
      Param p = method.params().get(i);
      if (method.differentiates(p)) {
        if (p.isArray()) {
          System.arraycopy((double[]) args[i], 0, z, at, length);
          at += length;
        } else {
          z[at++] = (Double) args[i];
        }
      }
    }
    return z;
  }

  /** {@code args} with the differentiable inputs replaced by {@code z}. */
  Object[] with(Object[] args, double[] z) {
    Object[] out = copy(args);
    int at = 0;
    for (int i = 0; i < out.length; i++) {
      Param p = method.params().get(i);
      if (method.differentiates(p)) {
        if (p.isArray()) {
          out[i] = Arrays.copyOfRange(z, at, at + length);
          at += length;
        } else {
          out[i] = z[at++];
        }
      }
    }
    return out;
  }

  double primal(Object[] args) throws Throwable {
    try {
      setFields(args);
      return (Double) find(user, method.name()).invoke(receiver, copy(parameters(args)));
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  double jvp(Object[] args, double[] tangent) throws Broken {
    List<Object> call = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < args.length; i++) {
      Param p = method.params().get(i);
      if (!p.isField()) {
        call.add(copyOne(args[i]));
      }
      if (method.differentiates(p)) {
        if (p.isArray()) {
          call.add(Arrays.copyOfRange(tangent, at, at + length));
          at += length;
        } else {
          call.add(tangent[at++]);
        }
      }
    }
    return (Double) invoke("Jvp", args, call);
  }

  /** Adds {@code seed ∂f/∂z} into {@code bars}, returning the value. */
  double vjp(Object[] args, double seed, double[] bars) throws Broken {
    List<Object> call = new ArrayList<>();
    for (Object a : parameters(args)) {
      call.add(copyOne(a));
    }
    call.add(seed);
    List<double[]> accumulators = new ArrayList<>();
    int at = 0;
    for (Param p : differentiable) {
      int n = p.isArray() ? length : 1;
      double[] acc = Arrays.copyOfRange(bars, at, at + n);
      accumulators.add(acc);
      call.add(acc);
      at += n;
    }
    double value = (Double) invoke("Vjp", args, call);
    at = 0;
    for (double[] acc : accumulators) {
      System.arraycopy(acc, 0, bars, at, acc.length);
      at += acc.length;
    }
    return value;
  }

  /** The gradient record as {value, gradient...}. */
  double[] grad(Object[] args) throws Broken {
    List<Object> call = new ArrayList<>();
    for (Object a : parameters(args)) {
      call.add(copyOne(a));
    }
    Object record = invoke("Grad", args, call);
    double[] out = new double[1 + dimension()];
    int at = 0;
    try {
      for (RecordComponent c : record.getClass().getRecordComponents()) {
        java.lang.reflect.Method accessor = c.getAccessor();
        accessor.setAccessible(true);
        Object v = accessor.invoke(record);
        if (v instanceof double[] array) {
          System.arraycopy(array, 0, out, at, array.length);
          at += array.length;
        } else {
          out[at++] = (Double) v;
        }
      }
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
    return out;
  }

  double[] hvp(Object[] args, double[] direction) throws Broken {
    List<Object> call = new ArrayList<>();
    for (Object a : parameters(args)) {
      call.add(copyOne(a));
    }
    int at = 0;
    for (Param p : differentiable) {
      if (p.isArray()) {
        call.add(Arrays.copyOfRange(direction, at, at + length));
        at += length;
      } else {
        call.add(direction[at++]);
      }
    }
    return (double[]) invoke("Hvp", args, call);
  }

  double[][] hessian(Object[] args) throws Broken {
    List<Object> call = new ArrayList<>();
    for (Object a : parameters(args)) {
      call.add(copyOne(a));
    }
    return (double[][]) invoke("Hessian", args, call);
  }

  private Object invoke(String suffix, Object[] original, List<Object> call) throws Broken {
    String name = method.name() + suffix;
    setFields(original);
    List<Object> withReceiver = new ArrayList<>(call);
    if (receiver != null) {
      withReceiver.add(0, receiver);
    }
    Object[] actual = withReceiver.toArray();
    Object result;
    try {
      result = find(companion, name).invoke(null, actual);
    } catch (InvocationTargetException e) {
      throw new Broken(name + " threw " + e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    // the arguments come first in every generated signature (after the receiver), interleaved
    // with tangents in Jvp
    int k = receiver != null ? 1 : 0;
    for (int i = 0; i < original.length; i++) {
      if (method.params().get(i).isField()) {
        continue; // not an argument: its value is in the receiver
      }
      if (!equal(original[i], actual[k])) {
        throw new Broken(name + " changed its argument " + method.params().get(i).name()
            + ": " + show(original[i]) + " became " + show(actual[k]));
      }
      k += suffix.equals("Jvp") && method.differentiates(method.params().get(i)) ? 2 : 1;
    }
    return result;
  }

  /** The arguments without the values of fields named in {@code wrt}, which come last. */
  private Object[] parameters(Object[] args) {
    return Arrays.stream(args, 0, (int) method.params().stream().filter(p -> !p.isField()).count())
        .toArray();
  }

  /** Stores the values the checker chose for the receiver's fields named in {@code wrt}. */
  private void setFields(Object[] args) {
    for (int i = 0; i < args.length; i++) {
      Param p = method.params().get(i);
      if (p.isField()) {
        try {
          FuzzTables.class.getField(p.name()).setDouble(receiver, (Double) args[i]);
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private static Object newInstance(Class<?> user) {
    try {
      java.lang.reflect.Constructor<?> c = user.getDeclaredConstructor();
      c.setAccessible(true);
      return c.newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot create a " + user.getName(), e);
    }
  }

  private static java.lang.reflect.Method find(Class<?> c, String name) {
    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name)) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new AssertionError("no method " + name + " in " + c.getName());
  }

  private static boolean equal(Object a, Object b) {
    if (a instanceof double[] x && b instanceof double[] y) {
      return Arrays.equals(x, y);
    }
    return a.equals(b);
  }

  static String show(Object a) {
    return a instanceof double[] x ? Arrays.toString(x) : String.valueOf(a);
  }

  static Object[] copy(Object[] args) {
    Object[] out = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      out[i] = copyOne(args[i]);
    }
    return out;
  }

  private static Object copyOne(Object a) {
    return a instanceof double[] x ? x.clone() : a;
  }
}
