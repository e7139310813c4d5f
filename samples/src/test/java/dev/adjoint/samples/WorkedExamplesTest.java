package dev.adjoint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the showcase's checks as tests, one per compared number, so {@code mvn test} covers them. */
class WorkedExamplesTest {

  @TestFactory
  Stream<DynamicNode> everyWorkedExampleMatchesTheMath() {
    return WorkedExamples.all().stream()
        .map(section -> DynamicContainer.dynamicContainer(section.title(),
            section.examples().stream().map(WorkedExamplesTest::container)));
  }

  private static DynamicNode container(Example example) {
    String name = example.id() + "  " + example.function() + "  at " + example.point();
    return DynamicContainer.dynamicContainer(name, example.comparisons().stream()
        .map(c -> DynamicTest.dynamicTest(c.via() + ": " + c.quantity(), () -> assertTrue(c.ok(),
            () -> c.quantity() + " via " + c.via() + ": Adjoint gave " + c.adjoint() + ", the math says "
                + c.exact() + " (difference " + c.difference() + ")"))));
  }

  @Test
  void everyExampleComparesSomething() {
    for (WorkedExamples.Section section : WorkedExamples.all()) {
      assertFalse(section.examples().isEmpty(), section.title());
      for (Example example : section.examples()) {
        assertFalse(example.comparisons().isEmpty(), example.id() + " at " + example.point());
      }
    }
  }

  @Test
  void comparisonRejectsNanAndLargeDifferences() {
    assertTrue(new Comparison("q", "v", 1.0 + 1e-15, 1.0).ok());
    assertFalse(new Comparison("q", "v", 1.0 + 1e-9, 1.0).ok());
    assertFalse(new Comparison("q", "v", Double.NaN, 1.0).ok());
  }

  @Test
  void sourceExcerptCutsOneMethodWithItsJavadoc() {
    List<String> lines = List.of(
        "final class C {",
        "  /** Doc. */",
        "  static double f(double x) {",
        "    // a comment with a brace {",
        "    if (x > 0) { x = -x; }",
        "    return x;",
        "  }",
        "  static double g(double x) { return x; }",
        "}");
    String expected = String.join("\n",
        "/** Doc. */",
        "static double f(double x) {",
        "  // a comment with a brace {",
        "  if (x > 0) { x = -x; }",
        "  return x;",
        "}") + "\n";
    assertEquals(expected, SourceExcerpt.method(lines, "f").orElseThrow());
    assertEquals("static double g(double x) { return x; }\n", SourceExcerpt.method(lines, "g").orElseThrow());
  }

  @Test
  void svgPlotIsAWellFormedDocumentWithOneCurvePerSeries() {
    double[] x = Plots.grid(-1, 1, 5);
    String svg = new SvgPlot("t < 1 & more").add("a", "red", false, x, x).add("b", "blue", true, x, x).toSvg();
    assertTrue(svg.startsWith("<svg"));
    assertTrue(svg.trim().endsWith("</svg>"));
    assertTrue(svg.contains("t &lt; 1 &amp; more"));
    assertEquals(2, svg.split("<polyline").length - 1);
  }
}
