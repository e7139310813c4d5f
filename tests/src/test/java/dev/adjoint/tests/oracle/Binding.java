package dev.adjoint.tests.oracle;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The primal method and its generated {@code Jvp}, {@code Vjp}, {@code Grad} (scalar result) and
 * {@code Jacobian} (array result, one differentiable {@code double[]}), found by reflection and checked
 * against the public contract (names, parameter lists, modifiers, record components).
 *
 * <p>Every call hands the generated method deep copies of the caller's arrays (keeping which ones are
 * the same array) and afterwards compares them with the originals: a generated method that writes into
 * an input, a tangent or a seed is recorded in {@link #takeViolations()}.
 */
public final class Binding {
  private final FunctionCase function;
  private final Class<?> derivatives;
  private final Method primal;
  private final boolean vectorResult;
  private final Method jvp;
  private final Method vjp;
  private final Method grad;
  private final Method[] gradAccessors;
  private final Method jacobian;
  private final Method hvp;
  private final Method hessian;
  private final boolean receiver;
  private final List<String> violations = new ArrayList<>();

  private Binding(FunctionCase function) {
    this.function = function;
    Class<?> owner = function.owner();
    String name = function.method();
    List<Param> params = function.params();
    List<Param> diff = function.differentiable();

    receiver = function.hasReceiver();
    // the generated methods take the receiver first, typed as the owner
    Class<?>[] primalTypes = params.stream()
        .map(p -> p.kind() == Param.Kind.RECEIVER ? owner : p.type()).toArray(Class<?>[]::new);
    Class<?>[] declaredTypes = receiver ? Arrays.copyOfRange(primalTypes, 1, primalTypes.length) : primalTypes;
    try {
      primal = owner.getDeclaredMethod(name, declaredTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          function.name() + ": the case lists parameters " + Arrays.toString(declaredTypes)
              + " but the corpus method has another signature", e);
    }
    require(Modifier.isStatic(primal.getModifiers()) != receiver, receiver
        ? "a case with a receiver needs an instance method"
        : "the corpus method must be static (or the case needs Param.receiver() first)");
    Class<?> result = primal.getReturnType();
    require(result == double.class || result == double[].class,
        "the corpus method must return double or double[]");
    vectorResult = result == double[].class;
    require(vectorResult == function.hasVectorTwin(),
        "a double[] result needs vectorTwin, a double result twin");
    primal.setAccessible(true);

    String derivativesName = derivativesName(owner);
    try {
      derivatives = Class.forName(derivativesName, true, owner.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(function.name() + ": no generated class " + derivativesName, e);
    }
    require(Modifier.isPublic(derivatives.getModifiers()), derivativesName + " must be public");
    require(Modifier.isFinal(derivatives.getModifiers()), derivativesName + " must be final");

    List<Class<?>> jvpTypes = new ArrayList<>();
    List<String> jvpNames = new ArrayList<>();
    for (int k = 0; k < params.size(); k++) {
      Param p = params.get(k);
      jvpTypes.add(primalTypes[k]);
      jvpNames.add(p.name());
      if (p.differentiable()) {
        jvpTypes.add(p.type());
        jvpNames.add(p.name() + "Dot");
      }
    }
    jvp = generated(name + "Jvp", jvpTypes, jvpNames, result);

    List<Class<?>> vjpTypes = new ArrayList<>(Arrays.asList(primalTypes));
    List<String> vjpNames = new ArrayList<>(params.stream().map(Param::name).toList());
    vjpTypes.add(result);
    vjpNames.add("seed");
    for (Param p : diff) {
      vjpTypes.add(p.kind() == Param.Kind.REAL ? double[].class : p.type());
      vjpNames.add(p.name() + "Bar");
    }
    vjp = generated(name + "Vjp", vjpTypes, vjpNames, result);

    List<String> primalNames = params.stream().map(Param::name).toList();
    if (vectorResult) {
      grad = null;
      gradAccessors = null;
      require(named(name + "Grad").isEmpty(), "a double[] result has no " + name + "Grad");
      boolean oneVector = diff.size() == 1 && diff.get(0).kind() == Param.Kind.VECTOR;
      // promised for @Differentiable methods and @DerivativeOf primals alike
      boolean promised = oneVector;
      boolean present = oneVector && !named(name + "Jacobian").isEmpty();
      jacobian = promised || present
          ? generated(name + "Jacobian", Arrays.asList(primalTypes), primalNames, double[][].class)
          : null;
    } else {
      jacobian = null;
      String recordName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Gradient";
      grad = generated(name + "Grad", Arrays.asList(primalTypes), primalNames, null);
      Class<?> record = grad.getReturnType();
      require(record.isRecord(), name + "Grad must return a record, not " + record.getName());
      require(record.getSimpleName().equals(recordName),
          name + "Grad must return a record named " + recordName + ", not " + record.getSimpleName());
      require(record.getDeclaringClass() == derivatives,
          recordName + " must be nested in " + derivatives.getSimpleName());
      require(Modifier.isPublic(record.getModifiers()), recordName + " must be public");
      List<String> expected = new ArrayList<>();
      expected.add("value");
      diff.forEach(p -> expected.add(p.name()));
      RecordComponent[] components = record.getRecordComponents();
      List<String> actual = Arrays.stream(components).map(RecordComponent::getName).toList();
      require(actual.equals(expected),
          recordName + " must have components " + expected + " but has " + actual);
      gradAccessors = new Method[components.length];
      for (int k = 0; k < components.length; k++) {
        Class<?> want = k == 0 ? double.class : diff.get(k - 1).type();
        require(components[k].getType() == want,
            recordName + "." + components[k].getName() + " must be a " + want.getSimpleName());
        gradAccessors[k] = components[k].getAccessor();
      }
    }

    if (function.hessianTwin() != null) {
      require(!vectorResult, "order = 2 needs a double result");
      List<Class<?>> hvpTypes = new ArrayList<>(Arrays.asList(primalTypes));
      List<String> hvpNames = new ArrayList<>(primalNames);
      for (Param p : diff) {
        hvpTypes.add(p.type());
        hvpNames.add(p.name() + "Dir");
      }
      hvp = generated(name + "Hvp", hvpTypes, hvpNames, double[].class);
      hessian = generated(name + "Hessian", Arrays.asList(primalTypes), primalNames, double[][].class);
    } else {
      require(named(name + "Hvp").isEmpty() && named(name + "Hessian").isEmpty(),
          "only order = 2 generates " + name + "Hvp and " + name + "Hessian");
      hvp = null;
      hessian = null;
    }
  }

  /**
   * The companion of {@code owner}: {@code p.CDerivatives}, or {@code p.Outer_InnerDerivatives} for a
   * class nested in {@code Outer}.
   */
  public static String derivativesName(Class<?> owner) {
    StringBuilder simple = new StringBuilder(owner.getSimpleName());
    for (Class<?> c = owner.getEnclosingClass(); c != null; c = c.getEnclosingClass()) {
      simple.insert(0, c.getSimpleName() + "_");
    }
    String pkg = owner.getPackageName();
    return (pkg.isEmpty() ? "" : pkg + ".") + simple + "Derivatives";
  }

  /** Finds and checks every generated method of {@code function}; throws {@link AssertionError} on any contract violation. */
  public static Binding of(FunctionCase function) {
    return new Binding(function);
  }

  private List<Method> named(String name) {
    return Arrays.stream(derivatives.getDeclaredMethods())
        .filter(m -> m.getName().equals(name) && !m.isSynthetic())
        .toList();
  }

  private Method generated(String name, List<Class<?>> types, List<String> names, Class<?> result) {
    List<Method> overloads = named(name);
    require(!overloads.isEmpty(), derivatives.getSimpleName() + " has no method " + name);
    require(overloads.size() == 1,
        derivatives.getSimpleName() + " has " + overloads.size() + " methods named " + name);
    Method m = overloads.get(0);
    require(Arrays.equals(m.getParameterTypes(), types.toArray(Class<?>[]::new)),
        name + " must take " + signature(types, names) + " but takes "
            + Arrays.toString(m.getParameterTypes()));
    int mod = m.getModifiers();
    require(Modifier.isPublic(mod) && Modifier.isStatic(mod), name + " must be public static");
    if (result != null) {
      require(m.getReturnType() == result, name + " must return " + result.getSimpleName());
    }
    Parameter[] declared = m.getParameters();
    if (declared.length > 0 && declared[0].isNamePresent()) {
      List<String> actualNames = Arrays.stream(declared).map(Parameter::getName).toList();
      require(actualNames.equals(names),
          name + " parameters must be named " + names + " but are " + actualNames);
    }
    return m;
  }

  private static String signature(List<Class<?>> types, List<String> names) {
    StringBuilder s = new StringBuilder("(");
    for (int k = 0; k < types.size(); k++) {
      s.append(k == 0 ? "" : ", ").append(types.get(k).getSimpleName()).append(' ').append(names.get(k));
    }
    return s.append(')').toString();
  }

  private void require(boolean condition, String message) {
    if (!condition) {
      throw new AssertionError(function.name() + ": " + message);
    }
  }

  public Class<?> derivatives() {
    return derivatives;
  }

  public Method jvpMethod() {
    return jvp;
  }

  public Method vjpMethod() {
    return vjp;
  }

  public Method gradMethod() {
    return grad;
  }

  /** True if the result is {@code double[]}. */
  public boolean vectorResult() {
    return vectorResult;
  }

  /** True if the contract promises {@code fJacobian} for this function. */
  public boolean hasJacobian() {
    return jacobian != null;
  }

  /** The contract violations seen since the last call (writes into inputs, wrong shapes), then forgets them. */
  List<String> takeViolations() {
    List<String> out = List.copyOf(violations);
    violations.clear();
    return out;
  }

  /** Calls the user's method on {@code args} (the receiver first, if any); returns a Double or a double[]. */
  Object primalRaw(Object[] args) {
    return guarded(primal, "the user's method", args, new boolean[args.length]);
  }

  /** True if the case is {@code order = 2} and its {@code fHvp} and {@code fHessian} were found. */
  boolean hasHessian() {
    return hessian != null;
  }

  /** Calls {@code fHessian}. */
  double[][] hessian(Object[] args) {
    return (double[][]) guarded(hessian, hessian.getName(), args, new boolean[args.length]);
  }

  /** Calls {@code fHvp} with the directions cut out of the flat {@code dir}; returns the flat product. */
  double[] hvp(Object[] args, Layout layout, double[] dir) {
    List<Object> all = new ArrayList<>(Arrays.asList(args));
    List<Param> params = function.params();
    for (int k = 0; k < params.size(); k++) {
      if (params.get(k).differentiable()) {
        all.add(layout.tangent(k, dir));
      }
    }
    return (double[]) guarded(hvp, hvp.getName(), all.toArray(), new boolean[all.size()]);
  }

  /** The user's method's result, flattened (one entry for a {@code double} result). */
  double[] primal(Object[] args) {
    return flat(primalRaw(args));
  }

  static double[] flat(Object result) {
    if (result instanceof Double d) {
      return new double[] {d};
    }
    return ((double[]) result).clone();
  }

  /** Calls {@code fJvp} with the tangents cut out of the flat direction {@code dot}; returns the flat output tangent. */
  double[] jvp(Object[] args, Layout layout, double[] dot) {
    return flat(jvpRaw(args, layout, dot, -1, -1));
  }

  /**
   * Calls {@code fJvp}; if {@code p >= 0}, parameter {@code q} gets the very tangent array of {@code p}
   * (for arguments that are one array passed twice).
   */
  Object jvpRaw(Object[] args, Layout layout, double[] dot, int p, int q) {
    List<Param> params = function.params();
    List<Object> all = new ArrayList<>();
    Object sharedTangent = p >= 0 ? layout.tangent(p, dot) : null;
    for (int k = 0; k < params.size(); k++) {
      all.add(args[k]);
      if (params.get(k).differentiable()) {
        all.add(p >= 0 && (k == p || k == q) ? sharedTangent : layout.tangent(k, dot));
      }
    }
    return guarded(jvp, jvp.getName(), all.toArray(), new boolean[all.size()]);
  }

  /** The seed argument of {@code fVjp}: a Double for a scalar result, else a copy of {@code seed}. */
  Object seed(double[] seed) {
    return vectorResult ? seed.clone() : (Object) seed[0];
  }

  /**
   * Calls {@code fVjp} with accumulators pre-filled from the flat {@code start}; writes them back, flat,
   * into {@code bars}, and returns the primal result (a Double or double[]).
   */
  Object vjp(Object[] args, Layout layout, double[] seed, double[] start, double[] bars) {
    List<Param> params = function.params();
    Object[] accumulators = new Object[params.size()];
    for (int k = 0; k < params.size(); k++) {
      if (params.get(k).differentiable()) {
        accumulators[k] = layout.accumulator(k, start);
      }
    }
    Object out = vjpRaw(args, seed(seed), accumulators);
    for (int k = 0; k < params.size(); k++) {
      if (params.get(k).differentiable()) {
        String problem = layout.shapeProblem(k, accumulators[k]);
        if (problem != null) {
          violations.add(vjp.getName() + " changed an accumulator's shape: " + problem);
        } else {
          layout.read(k, accumulators[k], bars);
        }
      }
    }
    return out;
  }

  /** Calls {@code fVjp} with these accumulators (indexed by parameter; the same array may appear twice). */
  Object vjpRaw(Object[] args, Object seed, Object[] accumulators) {
    List<Object> all = new ArrayList<>(Arrays.asList(args));
    all.add(seed);
    List<Param> params = function.params();
    for (int k = 0; k < params.size(); k++) {
      if (params.get(k).differentiable()) {
        all.add(accumulators[k]);
      }
    }
    boolean[] writable = new boolean[all.size()];
    for (int k = args.length + 1; k < writable.length; k++) {
      writable[k] = true;
    }
    return guarded(vjp, vjp.getName(), all.toArray(), writable);
  }

  /** Calls {@code fGrad}; returns {@code value()} followed by the flattened gradient. */
  double[] grad(Object[] args, Layout layout) {
    Object record = guarded(grad, grad.getName(), args, new boolean[args.length]);
    double[] out = new double[1 + layout.size()];
    out[0] = (Double) read(gradAccessors[0], record);
    double[] g = new double[layout.size()];
    List<Param> params = function.params();
    int c = 1;
    for (int k = 0; k < params.size(); k++) {
      if (!params.get(k).differentiable()) {
        continue;
      }
      Object component = read(gradAccessors[c++], record);
      String problem = params.get(k).kind() == Param.Kind.REAL ? null : layout.shapeProblem(k, component);
      if (problem != null) {
        violations.add(grad.getName() + " component has the wrong shape: " + problem);
        Arrays.fill(g, layout.offset(k), layout.offset(k) + layout.count(k), Double.NaN);
      } else {
        layout.read(k, component, g);
      }
    }
    System.arraycopy(g, 0, out, 1, g.length);
    return out;
  }

  /** Calls {@code fJacobian}. */
  double[][] jacobian(Object[] args) {
    return (double[][]) guarded(jacobian, jacobian.getName(), args, new boolean[args.length]);
  }

  /**
   * Calls {@code m} on deep copies of the array arguments not marked writable (keeping shared arrays
   * shared), and records a violation for every copy the call changed.
   */
  private Object guarded(Method m, String what, Object[] args, boolean[] writable) {
    Object[] inputs = new Object[args.length];
    for (int k = 0; k < args.length; k++) {
      inputs[k] = writable[k] ? null : args[k];
    }
    Object[] copies = Args.copyArgs(inputs);
    Object[] call = new Object[args.length];
    for (int k = 0; k < args.length; k++) {
      call[k] = writable[k] ? args[k] : copies[k];
    }
    Object out = call(m, call);
    Parameter[] names = m.getParameters();
    for (int k = 0; k < args.length; k++) {
      if (!writable[k] && !sameContents(args[k], copies[k])) {
        violations.add(what + " wrote into its argument " + names[k].getName() + ": was "
            + show(args[k]) + ", is now " + show(copies[k]));
      }
    }
    return out;
  }

  private static boolean sameContents(Object a, Object b) {
    if (a instanceof double[] x) {
      return Arrays.equals(x, (double[]) b);
    }
    if (a instanceof double[][] x) {
      double[][] y = (double[][]) b;
      if (x.length != y.length) {
        return false;
      }
      for (int i = 0; i < x.length; i++) {
        if (!Arrays.equals(x[i], y[i])) {
          return false;
        }
      }
    }
    return true;
  }

  private static String show(Object o) {
    return o instanceof double[] v ? Arrays.toString(v) : Arrays.deepToString((Object[]) o);
  }

  private Object call(Method m, Object[] args) {
    try {
      if (m == primal && receiver) {
        return m.invoke(args[0], Arrays.copyOfRange(args, 1, args.length));
      }
      return m.invoke(null, args);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + m, e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw " + e.getCause(), e.getCause());
    }
  }

  private static Object read(Method accessor, Object record) {
    try {
      return accessor.invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot read " + accessor, e);
    }
  }
}
