package dev.adjoint.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
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
  void levelCurvesOfXSquaredPlusYSquaredAreCirclesAllTheWayRound() {
    LevelCurves.Curve circles = new LevelCurves((x, y) -> x * x + y * y, -2, 2, -2, 2, 80).at(1, 2.25);
    assertEquals(circles.x().length, circles.y().length);
    int[] octants = new int[16];
    int points = 0;
    for (int i = 0; i < circles.x().length; i++) {
      double x = circles.x()[i];
      double y = circles.y()[i];
      if (i % 3 == 2) {
        assertTrue(Double.isNaN(x) && Double.isNaN(y), "a NaN point ends each segment, at " + i);
        continue;
      }
      points++;
      double r = Math.hypot(x, y);
      // on a cell edge of 0.05, interpolating x^2 linearly is off by at most 0.05^2 / 4 in f, 3e-4 in r
      boolean inner = Math.abs(r - 1) < 5e-4;
      assertTrue(inner || Math.abs(r - 1.5) < 5e-4, "(" + x + ", " + y + ") has radius " + r);
      octants[(inner ? 0 : 8) + (int) Math.floor((Math.atan2(y, x) + Math.PI) / (Math.PI / 4)) % 8]++;
    }
    assertEquals(0, circles.x().length % 3);
    for (int count : octants) {
      assertTrue(count > 10, "points per octant of each circle: " + Arrays.toString(octants));
    }
    // a circle of radius r crosses 8 r / 0.05 grid lines, so about as many cells, each holding one segment
    assertEquals(2 * 8 * (1 + 1.5) / 0.05, points, 20);
    assertEquals(0, new LevelCurves((x, y) -> x * x + y * y, -2, 2, -2, 2, 80).at(9).x().length,
        "no curve for a level the function does not reach on the rectangle");
  }

  @Test
  void everyPlotIsWrittenAsPngAndSvg(@TempDir Path directory) throws Exception {
    List<Path> files = Plots.writeAll(directory);
    List<String> names = List.of("polynomial", "activations", "relu", "gd-paraboloid", "gd-ravine",
        "gd-quadratic-form", "gd-ravine-loss", "xor-loss", "xor-network");
    assertEquals(2 * names.size(), files.size());
    byte[] pngSignature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
    DocumentBuilder svgDocuments = factory.newDocumentBuilder();
    for (String name : names) {
      Path png = directory.resolve(name + ".png");
      Path svg = directory.resolve(name + ".svg");
      assertTrue(files.contains(png) && files.contains(svg), name);
      byte[] image = Files.readAllBytes(png);
      assertArrayEquals(pngSignature, Arrays.copyOf(image, pngSignature.length), name + ".png");
      assertNotNull(ImageIO.read(png.toFile()), name + ".png decodes");
      String text = Files.readString(svg);
      assertTrue(text.contains("<svg") && text.trim().endsWith("</svg>"), name + ".svg");
      assertEquals("svg", svgDocuments.parse(svg.toFile()).getDocumentElement().getTagName(), name + ".svg");
      // the curves are vector lines, one per pair of sample points
      assertTrue(text.split("<line ").length > 50, name + ".svg draws its curves");
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
}
