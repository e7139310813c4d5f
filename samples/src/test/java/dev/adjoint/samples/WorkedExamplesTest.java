package dev.adjoint.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

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
  void comparisonWithinUsesItsOwnToleranceAndAtMostChecksABound() {
    assertTrue(Comparison.within("q", "v", 1.0 + 1e-9, 1.0, 1e-8).ok());
    assertFalse(Comparison.within("q", "v", 1.0 + 1e-7, 1.0, 1e-8).ok());
    assertFalse(Comparison.within("q", "v", Double.NaN, 1.0, 1e-8).ok());
    assertTrue(Comparison.atMost("q", "v", 0.04, 0.05).ok());
    assertTrue(Comparison.atMost("q", "v", 0.05, 0.05).ok());
    assertFalse(Comparison.atMost("q", "v", 0.06, 0.05).ok());
    assertFalse(Comparison.atMost("q", "v", Double.NaN, 0.05).ok());
    assertEquals("<= 0.05", Comparison.atMost("q", "v", 0.04, 0.05).expected());
    assertTrue(Comparison.within("q", "v", 1.0, 1.0, 1e-8).differenceText().contains("tol 1e-08"));
  }

  @Test
  void everyExampleOfTheArraySectionsIsNamedAfterACatalogueEntry() {
    List<String> ids = WorkedExamples.all().stream().flatMap(s -> s.examples().stream()).map(Example::id).toList();
    for (String id : List.of("S02-jacobian-x1sq+x2", "S03-jacobian-Ax", "S03-jacobian-x-times-x",
        "S03-jacobian-sigmoid", "S00-jacobian-WtW", "S00-jacobian-UVt", "S02-backprop-two-layer",
        "S01-leastsq-mean", "S00-leastsq-half", "S03-leastsq-Ax-b", "S02-matrix-1-aTx", "S02-matrix-2-xTx",
        "S02-matrix-3-xTAx", "S02-matrix-4-norm", "S02-nn-hidden-layer", "S02-softmax-jacobian",
        "S03-hessian-table", "S03-taylor2-checks", "S03-newton-step", "S03-stationary-points", "S03-gd-demo",
        "S02-gd-paraboloid", "S02-gd-quadratic-form", "S03-gd-ravine", "S03-forward-vs-reverse",
        "S00-poly-general", "xor-network")) {
      assertTrue(ids.contains(id), id);
    }
  }

  @Test
  void gradientDescentWithoutMomentumMultipliesTheParaboloidPointByPointNine() {
    List<GradientDescent.Iterate> path =
        GradientDescent.descend(GradientDescent.PARABOLOID, new double[] {3, 4}, 0.05, 0, 3);
    assertEquals(4, path.size());
    assertEquals(2.187, path.get(3).x()[0], 1e-14);
    assertEquals(2.916, path.get(3).x()[1], 1e-14);
  }

  @Test
  void svgContourDrawsOnePathPerLevelAndADotPerPoint() {
    String svg = new SvgContour("circles & dots", -2, 2, -2, 2, (x, y) -> x * x + y * y, 0.5, 1, 2)
        .path("run", "red", new double[][] {{1, 1}, {0.5, 0.5}, {0, 0}})
        .scatter("data", "blue", new double[][] {{-1, 0}, {5, 5}})
        .toSvg();
    assertTrue(svg.startsWith("<svg"));
    assertTrue(svg.trim().endsWith("</svg>"));
    assertTrue(svg.contains("circles &amp; dots"));
    assertEquals(3, svg.split("<path ").length - 1);
    assertEquals(1, svg.split("<polyline").length - 1);
    // three path dots and one scatter dot (the other lies outside), plus one legend dot per series
    assertEquals(3 + 1 + 2, svg.split("<circle").length - 1);
  }

  @Test
  void plotsAreWrittenAsSvgFiles(@TempDir Path directory) throws IOException {
    List<Path> files = Plots.writeAll(directory);
    for (String name : List.of("polynomial.svg", "gd-paraboloid.svg", "gd-ravine.svg", "gd-quadratic-form.svg",
        "gd-ravine-loss.svg", "xor-loss.svg", "xor-network.svg")) {
      Path file = directory.resolve(name);
      assertTrue(files.contains(file), name);
      String svg = Files.readString(file);
      assertTrue(svg.startsWith("<svg") && svg.trim().endsWith("</svg>"), name);
    }
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
