package dev.adjoint.benchmarks;

import dev.adjoint.benchmarks.Report.Function;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The benchmarks of one class at one assignment of its {@code @Param} fields, by method name: one
 * row of the report ("Rosenbrock, n = 10000").
 */
record ResultRow(String benchClass, Function function, Map<String, String> params,
    Map<String, Measurement> methods) {

  /** Names a class that runs the slow baselines (Hipparchus, finite differences), at a small size. */
  static final String BASELINES = "BaselinesBench";

  /** "Rosenbrock, n = 10000"; the function's name alone when the class has no parameters. */
  String label() {
    if (params.isEmpty()) {
      return function.name();
    }
    return function.name() + ", " + params.entrySet().stream()
        .map(e -> e.getKey() + " = " + e.getValue())
        .collect(Collectors.joining(", "));
  }

  /** The function's inputs, each {@code {param}} replaced by its value (by its name if unset). */
  String inputs() {
    String text = function.inputs();
    for (Map.Entry<String, String> p : params.entrySet()) {
      text = text.replace("{" + p.getKey() + "}", p.getValue());
    }
    return text.replaceAll("\\{(\\w+)}", "$1");
  }

  Measurement get(String method) {
    return methods.get(method);
  }

  boolean isBaselines() {
    return benchClass.endsWith(BASELINES);
  }

  /**
   * Groups measurements by class and parameters. Rows come in the order of {@code functions} (a
   * {@code XBaselinesBench} right after its {@code XBench}), classes missing from it last by name,
   * and within a class by parameter values, numerically where they are numbers.
   */
  static List<ResultRow> group(Collection<Measurement> measurements, List<Function> functions) {
    Map<List<Object>, Map<String, Measurement>> byKey = new LinkedHashMap<>();
    for (Measurement m : measurements) {
      byKey.computeIfAbsent(List.of(m.benchClass(), m.params()), k -> new LinkedHashMap<>())
          .put(m.method(), m);
    }
    List<ResultRow> rows = new ArrayList<>();
    byKey.forEach((key, methods) -> {
      Measurement any = methods.values().iterator().next();
      rows.add(new ResultRow(any.benchClass(), describe(any.benchClass(), functions), any.params(),
          methods));
    });
    rows.sort(Comparator.<ResultRow>comparingInt(r -> position(r.benchClass(), functions))
        .thenComparing(ResultRow::isBaselines)
        .thenComparing(ResultRow::benchClass)
        .thenComparing(ResultRow::params, ResultRow::compareParams));
    return rows;
  }

  /** The entry of {@code functions} for a class; for {@code XBaselinesBench}, that of {@code XBench}. */
  static Function describe(String benchClass, List<Function> functions) {
    for (Function f : functions) {
      if (f.benchClass().equals(benchClass)) {
        return f;
      }
    }
    String workload = workload(benchClass);
    for (Function f : functions) {
      if (f.benchClass().equals(workload)) {
        return new Function(benchClass, f.name(), f.inputs());
      }
    }
    return new Function(benchClass, benchClass, "–");
  }

  /** {@code XBench} for {@code XBaselinesBench}, else the class itself. */
  private static String workload(String benchClass) {
    return benchClass.endsWith(BASELINES)
        ? benchClass.substring(0, benchClass.length() - BASELINES.length()) + "Bench"
        : benchClass;
  }

  private static int position(String benchClass, List<Function> functions) {
    String workload = workload(benchClass);
    for (int i = 0; i < functions.size(); i++) {
      String listed = functions.get(i).benchClass();
      if (listed.equals(benchClass) || listed.equals(workload)) {
        return i;
      }
    }
    return functions.size();
  }

  private static int compareParams(Map<String, String> a, Map<String, String> b) {
    for (Map.Entry<String, String> e : a.entrySet()) {
      String other = b.get(e.getKey());
      if (other == null) {
        return 1;
      }
      int c = compareValues(e.getValue(), other);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static int compareValues(String a, String b) {
    Double x = number(a);
    Double y = number(b);
    if (x != null && y != null) {
      return Double.compare(x, y);
    }
    return Objects.compare(a, b, Comparator.naturalOrder());
  }

  /** The value of a numeric parameter, or null. */
  static Double number(String value) {
    try {
      return Double.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
