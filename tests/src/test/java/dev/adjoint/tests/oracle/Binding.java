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
 * The primal method and its generated {@code Jvp}, {@code Vjp} and {@code Grad}, found by reflection
 * and checked against the public contract (names, parameter lists, modifiers, record components).
 */
public final class Binding {
  private final FunctionCase function;
  private final Class<?> derivatives;
  private final Method primal;
  private final Method jvp;
  private final Method vjp;
  private final Method grad;
  private final Method[] gradAccessors;

  private Binding(FunctionCase function) {
    this.function = function;
    Class<?> owner = function.owner();
    String name = function.method();
    List<Param> params = function.params();
    List<Param> diff = function.differentiable();

    Class<?>[] primalTypes = params.stream().map(Param::type).toArray(Class<?>[]::new);
    try {
      primal = owner.getDeclaredMethod(name, primalTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          function.name() + ": the case lists parameters " + Arrays.toString(primalTypes)
              + " but the corpus method has another signature", e);
    }
    require(Modifier.isStatic(primal.getModifiers()), "the corpus method must be static");
    require(primal.getReturnType() == double.class, "the corpus method must return double");
    primal.setAccessible(true);

    String derivativesName = owner.getName() + "Derivatives";
    try {
      derivatives = Class.forName(derivativesName, true, owner.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(function.name() + ": no generated class " + derivativesName, e);
    }
    require(Modifier.isPublic(derivatives.getModifiers()), derivativesName + " must be public");
    require(Modifier.isFinal(derivatives.getModifiers()), derivativesName + " must be final");

    List<Class<?>> jvpTypes = new ArrayList<>();
    List<String> jvpNames = new ArrayList<>();
    for (Param p : params) {
      jvpTypes.add(p.type());
      jvpNames.add(p.name());
      if (p.differentiable()) {
        jvpTypes.add(double.class);
        jvpNames.add(p.name() + "Dot");
      }
    }
    jvp = generated(name + "Jvp", jvpTypes, jvpNames, double.class);

    List<Class<?>> vjpTypes = new ArrayList<>(Arrays.asList(primalTypes));
    List<String> vjpNames = new ArrayList<>(params.stream().map(Param::name).toList());
    vjpTypes.add(double.class);
    vjpNames.add("seed");
    for (Param p : diff) {
      vjpTypes.add(double[].class);
      vjpNames.add(p.name() + "Bar");
    }
    vjp = generated(name + "Vjp", vjpTypes, vjpNames, double.class);

    String recordName = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Gradient";
    grad = generated(name + "Grad", Arrays.asList(primalTypes),
        params.stream().map(Param::name).toList(), null);
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
      require(components[k].getType() == double.class,
          recordName + "." + components[k].getName() + " must be a double");
      gradAccessors[k] = components[k].getAccessor();
    }
  }

  /** Finds and checks every generated method of {@code function}; throws {@link AssertionError} on any contract violation. */
  public static Binding of(FunctionCase function) {
    return new Binding(function);
  }

  private Method generated(String name, List<Class<?>> types, List<String> names, Class<?> result) {
    List<Method> overloads = Arrays.stream(derivatives.getDeclaredMethods())
        .filter(m -> m.getName().equals(name) && !m.isSynthetic())
        .toList();
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
      require(m.getReturnType() == result, name + " must return " + result);
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

  /** Calls the user's method. */
  public double primal(Object[] args) {
    return (Double) call(primal, args);
  }

  /** Calls {@code fJvp} with tangents {@code dots}, one per differentiable parameter. */
  public double jvp(Object[] args, double[] dots) {
    List<Param> params = function.params();
    List<Object> all = new ArrayList<>();
    int d = 0;
    for (int k = 0; k < params.size(); k++) {
      all.add(args[k]);
      if (params.get(k).differentiable()) {
        all.add(dots[d++]);
      }
    }
    return (Double) call(jvp, all.toArray());
  }

  /** Calls {@code fVjp}, which adds into {@code bars} (one {@code double[1]} per differentiable parameter). */
  public double vjp(Object[] args, double seed, double[][] bars) {
    List<Object> all = new ArrayList<>(Arrays.asList(args));
    all.add(seed);
    all.addAll(Arrays.asList((Object[]) bars));
    return (Double) call(vjp, all.toArray());
  }

  /** Calls {@code fGrad}; returns {@code value()} followed by the components, in record order. */
  public double[] grad(Object[] args) {
    Object record = call(grad, args);
    double[] out = new double[gradAccessors.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = (Double) read(gradAccessors[k], record);
    }
    return out;
  }

  private static Object call(Method m, Object target, Object[] args) {
    try {
      return m.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + m, e);
    } catch (InvocationTargetException e) {
      throw new AssertionError(m.getName() + " threw " + e.getCause(), e.getCause());
    }
  }

  private static Object call(Method m, Object[] args) {
    return call(m, null, args);
  }

  private static Object read(Method accessor, Object record) {
    return call(accessor, record, new Object[0]);
  }
}
