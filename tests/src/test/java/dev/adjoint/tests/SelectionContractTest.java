package dev.adjoint.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.adjoint.tests.corpus.SelectionDerivatives;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parameters excluded by @NoDerivative or wrt get no tangent, no accumulator and no gradient component. */
class SelectionContractTest {

  private static Method only(String name) {
    List<Method> found = Arrays.stream(SelectionDerivatives.class.getDeclaredMethods())
        .filter(m -> m.getName().equals(name) && !m.isSynthetic())
        .toList();
    assertEquals(1, found.size(), "methods named " + name + ": " + found);
    return found.get(0);
  }

  private static List<String> names(Method m) {
    return Arrays.stream(m.getParameters()).map(Parameter::getName).toList();
  }

  private static List<Class<?>> types(Method m) {
    return Arrays.asList(m.getParameterTypes());
  }

  private static List<String> components(Class<?> record) {
    return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static void expect(String method, List<String> jvpNames, List<Class<?>> jvpTypes,
      List<String> vjpNames, List<Class<?>> vjpTypes, List<String> recordComponents) {
    Method jvp = only(method + "Jvp");
    Method vjp = only(method + "Vjp");
    Method grad = only(method + "Grad");
    assertEquals(jvpTypes, types(jvp), method + "Jvp parameter types");
    assertEquals(jvpNames, names(jvp), method + "Jvp parameter names");
    assertEquals(vjpTypes, types(vjp), method + "Vjp parameter types");
    assertEquals(vjpNames, names(vjp), method + "Vjp parameter names");
    assertEquals(recordComponents, components(grad.getReturnType()), method + "Grad record components");
  }

  private static final Class<?> D = double.class;
  private static final Class<?> A = double[].class;

  @Test
  void noDerivativeParameterIsLeftOut() {
    expect("scaledSquare",
        List.of("x", "xDot", "scale"), List.of(D, D, D),
        List.of("x", "scale", "seed", "xBar"), List.of(D, D, D, A),
        List.of("value", "x"));
    SelectionDerivatives.ScaledSquareGradient g = SelectionDerivatives.scaledSquareGrad(2, 3);
    assertEquals(12, g.value());
    assertEquals(12, g.x());
  }

  @Test
  void wrtKeepsOnlyTheNamedParameter() {
    expect("onlyY",
        List.of("x", "y", "yDot"), List.of(D, D, D),
        List.of("x", "y", "seed", "yBar"), List.of(D, D, D, A),
        List.of("value", "y"));
    SelectionDerivatives.OnlyYGradient g = SelectionDerivatives.onlyYGrad(2, 0);
    assertEquals(2, g.value());
    assertEquals(2, g.y());
  }

  @Test
  void wrtKeepsDeclarationOrderNotTheOrderOfNames() {
    expect("outerTwo",
        List.of("a", "aDot", "b", "c", "cDot"), List.of(D, D, D, D, D),
        List.of("a", "b", "c", "seed", "aBar", "cBar"), List.of(D, D, D, D, A, A),
        List.of("value", "a", "c"));
    double[] aBar = {0};
    double[] cBar = {0};
    SelectionDerivatives.outerTwoVjp(1, 5, 0, 1, aBar, cBar);
    assertEquals(5, aBar[0], "d/da = b + c cos(ac)");
    assertEquals(6, cBar[0], "d/dc = b + a cos(ac)");
  }

  @Test
  void twoNoDerivativeParameters() {
    expect("weightedSquaredError",
        List.of("theta", "thetaDot", "observed", "weight"), List.of(D, D, D, D),
        List.of("theta", "observed", "weight", "seed", "thetaBar"), List.of(D, D, D, D, A),
        List.of("value", "theta"));
  }

  @Test
  void singleNameWrtWithNoDerivativeAndInt() {
    Class<?> i = int.class;
    expect("normalLogLikelihood",
        List.of("x", "xDot", "mu", "sigma", "count"), List.of(D, D, D, D, i),
        List.of("x", "mu", "sigma", "count", "seed", "xBar"), List.of(D, D, D, i, D, A),
        List.of("value", "x"));
    SelectionDerivatives.NormalLogLikelihoodGradient g = SelectionDerivatives.normalLogLikelihoodGrad(1, 0, 1, 2);
    assertEquals(-1, g.value());
    assertEquals(-2, g.x());
  }
}
