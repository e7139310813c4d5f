package dev.adjoint.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per diagnostic: each pins the message ID, a fragment of the text, the file, the line,
 * the column and the error count. Expected errors are marked in the sources (see
 * {@link MarkedSource}); each column is javac's preferred position of the tree Adjoint reports on:
 * the name of a method or parameter, the keyword of a statement, the {@code (} of a call, the
 * operator of a binary or assignment, the {@code .} of a member select, the {@code [} of an array
 * type or access, the start of an identifier, literal or primitive type, and the value of an
 * annotation element.
 */
class DiagnosticsTest {

  // ---------------------------------------------------------------- signature

  @Test
  void defaultInterfaceMethodIsNotStatic() {
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "interface Foo {",
        "  @Differentiable",
        "  default double f(double x) {",
        "  //             ^ [Adjoint/NotStatic] method f is a default method of an interface",
        "    return x;",
        "  }",
        "}"));
  }

  @Test
  void instanceMethodTakesItsReceiverFirst() {
    JavaFileObject src = foo(
        "  double scale = 2.0;",
        "",
        "  @Differentiable",
        "  double f(double x) {",
        "    return scale * x * this.scale;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives")
        .contentsAsUtf8String().contains("public static double fJvp(Foo self, double x, double xDot)");
  }

  @Test
  void privateInstanceFieldIsNotReadable() {
    assertReportsExactly(foo(
        "  private double scale = 2.0;",
        "",
        "  @Differentiable",
        "  double f(double x) {",
        "    return scale * x;",
        "    //     ^ [Adjoint/NotConstant] field 'scale' is private, so the generated class"
            + " cannot read it",
        "  }"));
  }

  @Test
  void abstractMethodHasNoBody() {
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "abstract class Foo {",
        "  @Differentiable",
        "  abstract double f(double x);",
        "  //              ^ [Adjoint/NoBody] method f has no body to differentiate",
        "}"));
  }

  @Test
  void nativeMethodHasNoBody() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static native double f(double x);",
        "  //                   ^ [Adjoint/NoBody] method f has no body to differentiate"));
  }

  @Test
  void genericMethodIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static <T> double f(double x) {",
        "  //      ^ [Adjoint/Unsupported] generic @Differentiable methods are not supported",
        "    return x;",
        "  }"));
  }

  @Test
  void floatArrayParameterHasUnsupportedType() {
    // the preferred position of the array type `float[]` is its `[`
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(float[] a, double x) {",
        "  //                   ^ [Adjoint/UnsupportedType] parameter 'a' has type float[];"
            + " @Differentiable methods take double, double[], double[][], int, long, boolean"
            + " and int[], long[], boolean[] parameters",
        "    return x;",
        "  }"));
  }

  @Test
  void intResultHasUnsupportedType() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static int f(double x) {",
        "  //     ^ [Adjoint/UnsupportedType] method f returns int; a @Differentiable method"
            + " must return double",
        "    return 1;",
        "  }"));
  }

  @Test
  void orderThreeIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable(order = 3)",
        "  //                      ^ [Adjoint/Unsupported] order = 3 is not supported yet",
        "  static double f(double x) {",
        "    return x;",
        "  }"));
  }

  @Test
  void orderTwoNeedsAScalarResult() {
    assertReportsExactly(foo(
        "  @Differentiable(order = 2)",
        "  //                      ^ [Adjoint/Unsupported] order = 2 needs a method returning"
            + " double",
        "  static double[] f(double[] x) {",
        "    double[] y = new double[x.length];",
        "    return y;",
        "  }"));
  }

  @Test
  void orderTwoNeedsItsCalleesAtOrderTwo() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double g(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @Differentiable(order = 2)",
        "  static double f(double x) {",
        "  //            ^ [Adjoint/Unsupported] order = 2 needs the second derivatives of the"
            + " methods it calls: annotate g @Differentiable(order = 2)",
        "    return g(x) * x;",
        "  }"));
  }

  @Test
  void orderTwoThroughACalleeAtOrderTwoCompiles() {
    JavaFileObject src = foo(
        "  @Differentiable(order = 2)",
        "  static double g(double x, double[] w) {",
        "    return x * x * w[0];",
        "  }",
        "",
        "  @Differentiable(order = 2)",
        "  static double f(double x, double[] w) {",
        "    return g(x, w) * x;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("FooDerivatives.gHvp(x, w, xDir, wDir)");
  }

  @Test
  void orderTwoGeneratesHessianAndHvp() {
    JavaFileObject src = foo(
        "  @Differentiable(order = 2)",
        "  static double f(double x, double[] w) {",
        "    double s = x * x;",
        "    for (int i = 0; i < w.length; i++) {",
        "      s += w[i] * w[i] * x;",
        "    }",
        "    return s;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("public static double[] fHvp(double x, double[] w, double xDir, double[] wDir)");
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("public static double[][] fHessian(double x, double[] w)");
  }

  @Test
  void signatureProblemsAreAllReported() {
    assertReportsExactly(foo(
        "  @Differentiable(order = 3)",
        "  //                      ^ [Adjoint/Unsupported] order = 3 is not supported yet",
        "  static int f(double x) {",
        "  //     ^ [Adjoint/UnsupportedType] method f returns int",
        "    return 1;",
        "  }"));
  }

  // ---------------------------------------------------------------- wrt and parameters

  @Test
  void wrtNamesUnknownParameter() {
    assertReportsExactly(foo(
        "  @Differentiable(wrt = \"z\")",
        "  //                    ^ [Adjoint/BadWrt] wrt names 'z', which is not a parameter of f",
        "  static double f(double x) {",
        "    return x;",
        "  }"));
  }

  @Test
  void wrtNamesIntParameter() {
    assertReportsExactly(foo(
        "  @Differentiable(wrt = \"n\")",
        "  //                    ^ [Adjoint/BadWrt] wrt names 'n', which has type int",
        "  static double f(double x, int n) {",
        "    return x * n;",
        "  }"));
  }

  @Test
  void wrtNamesNoDerivativeParameter() {
    assertReportsExactly(foo(
        "  @Differentiable(wrt = \"c\")",
        "  //                    ^ [Adjoint/BadWrt] wrt names 'c', which is marked @NoDerivative",
        "  static double f(double x, @NoDerivative double c) {",
        "    return x * c;",
        "  }"));
  }

  @Test
  void wrtArrayPointsAtTheBadName() {
    assertReportsExactly(foo(
        "  @Differentiable(wrt = {\"x\", \"z\"})",
        "  //                          ^ [Adjoint/BadWrt] wrt names 'z', which is not a parameter",
        "  static double f(double x, double y) {",
        "    return x * y;",
        "  }"));
  }

  @Test
  void wrtNamesFieldsOfTheReceiver() {
    Compilation c = compile(foo(
        "  double[] w = {1, 2};",
        "  double b = 0.5;",
        "",
        "  @Differentiable(wrt = {\"w\", \"b\"})",
        "  double loss(double[] x, int[] label) {",
        "    return (x[0] * this.w[0] + x[1] * w[1] + b) * label[0];",
        "  }").file());
    assertThat(c).succeededWithoutWarnings();
    String generated = "test.FooDerivatives";
    assertThat(c).generatedSourceFile(generated).contentsAsUtf8String().contains(
        "public static double lossJvp(Foo self, double[] x, int[] label, double[] wDot,");
    assertThat(c).generatedSourceFile(generated).contentsAsUtf8String().contains(
        "public static double lossVjp(Foo self, double[] x, int[] label, double seed,"
            + " double[] wBar,");
    assertThat(c).generatedSourceFile(generated).contentsAsUtf8String().contains(
        "double[] bBar) {");
    assertThat(c).generatedSourceFile(generated).contentsAsUtf8String().contains(
        "public record LossGradient(double value, double[] w, double b)");
  }

  @Test
  void wrtNamesAPrivateField() {
    assertReportsExactly(foo(
        "  private double b = 0.5;",
        "",
        "  @Differentiable(wrt = \"b\")",
        "  //                    ^ [Adjoint/BadWrt] wrt names the field 'b', which is private, so"
            + " the generated class cannot read it; make it package-private",
        "  double f(double x) {",
        "    return x * b;",
        "  }"));
  }

  @Test
  void wrtNamesAnIntField() {
    assertReportsExactly(foo(
        "  int n = 2;",
        "",
        "  @Differentiable(wrt = \"n\")",
        "  //                    ^ [Adjoint/BadWrt] wrt names the field 'n', which has type int;"
            + " only double, double[] and double[][] fields can be differentiated",
        "  double f(double x) {",
        "    return x * n;",
        "  }"));
  }

  @Test
  void noDifferentiableParameter() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(@NoDerivative double c, int n) {",
        "  //            ^ [Adjoint/NoDifferentiableParameter] method f has no parameter to"
            + " differentiate",
        "    return c * n;",
        "  }"));
  }

  @Test
  void overloadsClash() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x;",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x, double y) {",
        "  //            ^ [Adjoint/NameClash] another @Differentiable method of Foo is also"
            + " named f",
        "    return x * y;",
        "  }"));
  }

  @Test
  void parameterNamedValueClashesWithGradientRecord() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double value) {",
        "  //                     ^ [Adjoint/NameClash] parameter 'value' would name a component",
        "    return value * value;",
        "  }"));
  }

  @Test
  void companionNameTakenInTheSameFile() {
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "//    ^ [Adjoint/NameClash] Adjoint generates the class FooDerivatives for the"
            + " @Differentiable methods of Foo, but the class FooDerivatives already exists"
            + " (declared in Foo.java). Rename FooDerivatives, or move it to another package",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}",
        "",
        "final class FooDerivatives {",
        "}"));
  }

  @Test
  void companionNameTakenByAnotherFile() {
    MarkedSource src = foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }");
    JavaFileObject other = JavaFileObjects.forSourceLines("test.FooDerivatives",
        "package test;",
        "",
        "public final class FooDerivatives {",
        "  public static double fGrad(double x) {",
        "    return 2 * x;",
        "  }",
        "}");
    Compilation c = compile(src.file(), other);
    assertThat(c).hadErrorContaining("[Adjoint/NameClash] Adjoint generates the class"
        + " FooDerivatives for the @Differentiable methods of Foo, but the class FooDerivatives"
        + " already exists (declared in FooDerivatives.java)").inFile(src.file()).onLine(6)
        .atColumn(7);
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void companionNameTakenOnTheClassPath(@TempDir Path classes) throws IOException {
    compileInto(classes, JavaFileObjects.forSourceLines("test.FooDerivatives",
        "package test;",
        "",
        "public class FooDerivatives {",
        "  public static double scale(double x) {",
        "    return 2 * x;",
        "  }",
        "}"));
    MarkedSource src = source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "//    ^ [Adjoint/NameClash] a class test.FooDerivatives is already on the class path,"
            + " and the generated one would hide it. Rename that class, or move it to another"
            + " package",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}");
    Compilation c = compileWithClassPath(classes, src.file());
    MarkedSource.Expected e = src.expected().get(0);
    assertThat(c).hadErrorContaining(e.fragment()).inFile(src.file()).onLine(e.line())
        .atColumn(e.column());
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void companionOfAnEarlierBuildOnTheClassPathIsReplaced(@TempDir Path classes)
      throws IOException {
    String[] lines = {
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x, double[] w) {",
        "    return x * w[0];",
        "  }",
        "}"};
    compileInto(classes, JavaFileObjects.forSourceLines("test.Foo", lines));
    assertTrue(Files.isRegularFile(classes.resolve("test/FooDerivatives.class")));
    Compilation c = compileWithClassPath(classes, JavaFileObjects.forSourceLines("test.Foo", lines));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives");
  }

  @Test
  void companionSourceOfAnEarlierBuildAmongTheSources() {
    MarkedSource src = foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }");
    JavaFileObject stale = JavaFileObjects.forSourceLines("test.FooDerivatives",
        "package test;",
        "",
        "@javax.annotation.processing.Generated(\"dev.adjoint.processor.DifferentiableProcessor\")",
        "public final class FooDerivatives {",
        "  private FooDerivatives() {",
        "  }",
        "}");
    Compilation c = compile(src.file(), stale);
    assertThat(c).hadErrorContaining("[Adjoint/NameClash] Adjoint generates the class"
        + " FooDerivatives for the @Differentiable methods of Foo, but a copy generated by an"
        + " earlier build is among the sources being compiled (FooDerivatives.java). Delete it")
        .inFile(src.file()).onLine(6).atColumn(7);
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void nestedAndUnderscoredOwnersShareACompanionName() {
    MarkedSource src = source("test.Outer_Inner",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Outer_Inner {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}",
        "",
        "final class Outer {",
        "  static final class Inner {",
        "  //           ^ [Adjoint/NameClash] it has already generated Outer_InnerDerivatives"
            + " for test.Outer_Inner",
        "    @Differentiable",
        "    static double g(double x) {",
        "      return x * x;",
        "    }",
        "  }",
        "}");
    assertReportsExactly(src);
  }

  // ---------------------------------------------------------------- types in the body

  @Test
  void floatLiteralHasUnsupportedType() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * 2.0f;",
        "    //         ^ [Adjoint/UnsupportedType] float literal 2.0f",
        "  }"));
  }

  @Test
  void floatLocalHasUnsupportedType() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    float s = 1;",
        "  //^ [Adjoint/UnsupportedType] local 's' has type float",
        "    return x * s;",
        "  }"));
  }

  @Test
  void stringLocalHasUnsupportedType() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    String label;",
        "  //^ [Adjoint/UnsupportedType] local 'label' has type String",
        "    return x;",
        "  }"));
  }

  @Test
  void castToFloatHasUnsupportedType() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return (float) x;",
        "    //      ^ [Adjoint/UnsupportedType] cast to float is not supported",
        "  }"));
  }

  // ---------------------------------------------------------------- statements

  @Test
  void labelledBreakIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = 1;",
        "    outer:",
        "    for (int i = 0; i < 3; i++) {",
        "      for (int j = 0; j < 3; j++) {",
        "        y = y * x;",
        "        if (y > 10) break outer;",
        "        //          ^ [Adjoint/Unsupported] labelled break and continue are not"
            + " supported",
        "      }",
        "    }",
        "    return y;",
        "  }"));
  }

  @Test
  void enhancedForWithTheWrongElementTypeIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x, double[][] m) {",
        "    double y = 0;",
        "    for (double c : m) {",
        "  //^ [Adjoint/Unsupported] an enhanced for loop is supported over a double[] with a"
            + " double variable and over a double[][] with a double[] variable",
        "      y = y + c * x;",
        "    }",
        "    return y;",
        "  }"));
  }

  @Test
  void earlyReturnFromAnArrayMethodIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double[] f(double[] x) {",
        "    double[] y = new double[x.length];",
        "    if (x.length == 0) {",
        "      return y;",
        "    //^ [Adjoint/Unsupported] an array-valued method can return only at its end",
        "    }",
        "    y[0] = x[0] * x[0];",
        "    return y;",
        "  }"));
  }

  @Test
  void matrixDeclaredInsideALoopIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x;",
        "    do {",
        "      double[][] t = new double[2][2];",
        "      //         ^ [Adjoint/Unsupported] inside a loop or branch, Adjoint supports"
            + " double[] arrays created where they are declared (new double[n] or {...});"
            + " declare 't' before the loop and reuse it",
        "      t[0][0] = y;",
        "      y = t[0][0] / 2;",
        "    } while (y > 1);",
        "    return y;",
        "  }"));
  }

  @Test
  void writingThroughAnAliasOfAParameterRowIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double[][] m) {",
        "    double[] row = m[0];",
        "    row[1] = 2 * row[0];",
        "  //   ^ [Adjoint/Unsupported] writing into the parameter array 'm' would change the"
            + " caller's array",
        "    return row[1];",
        "  }"));
  }

  @Test
  void reassigningAnArrayVariableIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double[] a) {",
        "    double[] b = new double[2];",
        "    b = new double[3];",
        "  //^ [Adjoint/Unsupported] assigning a whole array variable is not supported yet",
        "    return b[0] + a[0];",
        "  }"));
  }

  @Test
  void intArrayResultHasUnsupportedType() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static int[] f(double[] a) {",
        "  //        ^ [Adjoint/UnsupportedType] method f returns int[]; a @Differentiable"
            + " method must return double, double[] or double[][]",
        "    return new int[1];",
        "  }"));
  }

  @Test
  void matrixResultCompiles() {
    JavaFileObject src = foo(
        "  @Differentiable",
        "  static double[][] f(double[] a) {",
        "    double[][] m = new double[a.length][a.length];",
        "    for (int i = 0; i < a.length; i++) {",
        "      m[i][i] = a[i] * a[i];",
        "    }",
        "    return m;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("public static double[][] fVjp(double[] a, double[][] seed, double[] aBar)");
  }

  @Test
  void earlyReturnInsideIfCompiles() {
    JavaFileObject src = foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    if (x > 0) {",
        "      return x;",
        "    }",
        "    return -x;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives")
        .contentsAsUtf8String().contains("fGrad(");
  }

  @Test
  void returnsOnlyInsideIfElseCompile() {
    JavaFileObject src = foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    if (x > 0) {",
        "      return x;",
        "    } else {",
        "      return -x;",
        "    }",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives")
        .contentsAsUtf8String().contains("fVjp(");
  }

  @Test
  void switchCaseFallingThroughIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    double y = x;",
        "    switch (n) {",
        "      case 1:",
        "    //^ [Adjoint/Unsupported] this case falls through to the next one, which Adjoint"
            + " does not support; end it with break",
        "        y = 2 * x;",
        "      default:",
        "        y = 3 * y;",
        "    }",
        "    return y;",
        "  }"));
  }

  @Test
  void switchOnADoubleIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = switch ((int) x) {",
        "      case 1 -> x;",
        "      default -> 2 * x;",
        "    };",
        "    switch (y) {",
        "    //      ^ [Adjoint/Unsupported] switch is supported on an int, and on an enum,"
            + " String or char parameter or field; this selector is a double. Use if/else, or"
            + " switch on an int code",
        "      default -> y = 1;",
        "    }",
        "    return y;",
        "  }"));
  }

  @Test
  void switchOnAStringNeedsLiteralLabels() {
    assertReportsExactly(foo(
        "  static final String HUBER = \"huber\";",
        "  @Differentiable",
        "  static double f(double r, String loss) {",
        "    switch (loss) {",
        "      case HUBER:",
        "      //   ^ [Adjoint/Unsupported] a case label of this switch must be a string literal;"
            + " write the constant's value",
        "        return Math.abs(r);",
        "      default:",
        "        return r * r;",
        "    }",
        "  }"));
  }

  @Test
  void privateEnumParameterIsUnsupported() {
    assertReportsExactly(foo(
        "  private enum Kind { A, B }",
        "  @Differentiable",
        "  static double f(double x, Kind kind) {",
        "    //                      ^ [Adjoint/UnsupportedType] parameter 'kind' has the private"
            + " type Kind, which the generated class cannot name; make it package-private",
        "    return switch (kind) {",
        "      case A -> x;",
        "      case B -> x * x;",
        "    };",
        "  }"));
  }

  @Test
  void switchOnAPrivateEnumFieldIsUnsupported() {
    assertReportsExactly(foo(
        "  enum Kind { A, B }",
        "  private Kind kind = Kind.A;",
        "  @Differentiable",
        "  double f(double x) {",
        "    switch (kind) {",
        "    //      ^ [Adjoint/Unsupported] the generated code switches on 'kind' too, but cannot"
            + " read it: it is private; make it package-private",
        "      case A:",
        "        return x;",
        "      default:",
        "        return x * x;",
        "    }",
        "  }"));
  }

  @Test
  void switchOnAnEnumFieldCompilesOnceItIsPackagePrivate() {
    // the advice of switchOnAPrivateEnumFieldIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  enum Kind { A, B }",
        "  Kind kind = Kind.A;",
        "  @Differentiable",
        "  double f(double x) {",
        "    switch (kind) {",
        "      case A:",
        "        return x;",
        "      default:",
        "        return x * x;",
        "    }",
        "  }").file());
  }

  @Test
  void switchExpressionInsideAnExpressionIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    return x * switch (n) {",
        "    //         ^ [Adjoint/Unsupported] a switch expression is supported as the value of"
            + " a declaration, an assignment or a return; assign it to a local first",
        "      case 1 -> x;",
        "      default -> 2 * x;",
        "    };",
        "  }"));
  }

  @Test
  void breakInsideACaseIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    double y = x;",
        "    switch (n) {",
        "      case 1:",
        "        if (x > 0) {",
        "          break;",
        "        //^ [Adjoint/Unsupported] a break out of a switch is supported only as the last"
            + " statement of a case; use if/else inside the case instead",
        "        }",
        "        y = 2 * x;",
        "        break;",
        "      default:",
        "        y = 3 * x;",
        "    }",
        "    return y;",
        "  }"));
  }

  @Test
  void tryCatchIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y;",
        "    try {",
        "  //^ [Adjoint/Unsupported] try/catch is not supported in @Differentiable methods; check the input and throw instead",
        "      y = Math.log(x);",
        "    } catch (ArithmeticException e) {",
        "      y = 0;",
        "    }",
        "    return y;",
        "  }"));
  }

  @Test
  void throwStaysInTheForwardSweeps() throws IOException {
    Compilation c = compile(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    if (x < 0) {",
        "      throw new IllegalArgumentException(\"negative: \" + x);",
        "    }",
        "    assert x < 1e9 : x;",
        "    return x;",
        "  }").file());
    assertThat(c).succeededWithoutWarnings();
    String generated = c.generatedSourceFile("test.FooDerivatives").orElseThrow()
        .getCharContent(true).toString();
    assertEquals(3, generated.lines().map(String::trim)
        .filter(l -> l.equals("throw new IllegalArgumentException(\"negative: \" + x);")).count(),
        () -> "once in each of fJvp, fVjp and fGrad:\n" + generated);
    assertTrue(generated.lines().map(String::trim).anyMatch(l -> l.equals("assert x < 1e9 : x;")),
        generated);
  }

  @Test
  void effectReadingAnUnreachableFieldIsUnsupported() {
    assertReportsExactly(foo(
        "  private static final Object LOG = new Object();",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    System.out.println(LOG);",
        "    //                 ^ [Adjoint/Unsupported] the generated code runs this statement"
            + " too, but cannot reach the private field 'LOG'; make it package-private, or move"
            + " the statement out of the @Differentiable method",
        "    return x;",
        "  }"));
  }

  @Test
  void effectWithALambdaIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    java.util.Objects.requireNonNull(null, () -> \"x\");",
        "    //" + " ".repeat(37) + "^ [Adjoint/Unsupported] a lambda in a"
            + " statement Adjoint copies into the generated code is not supported",
        "    return x;",
        "  }"));
  }

  @Test
  void assigningFieldIsUnsupported() {
    assertReportsExactly(foo(
        "  static double last;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    last = x;",
        "  //^ [Adjoint/Unsupported] @Differentiable methods must not change fields",
        "    return x;",
        "  }"));
  }

  @Test
  void assigningQualifiedFieldIsUnsupported() {
    assertReportsExactly(foo(
        "  static double last;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    Foo.last = x;",
        "    // ^ [Adjoint/Unsupported] only locals and parameters can be assigned",
        "    return x;",
        "  }"));
  }

  @Test
  void checkOfAReductionOfALocalArrayCompiles() {
    // AdjointMath only reads the arrays it is given, so the check may see a local one
    assertCompilesCleanly(foo(
        "  static void checkFinite(double v) {",
        "    if (Double.isNaN(v)) throw new IllegalArgumentException();",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double[] b = {x, x};",
        "    checkFinite(dev.adjoint.AdjointMath.sum(b));",
        "    return b[0] * x;",
        "  }").file());
  }

  @Test
  void noDerivativeOnAMethodThatIsNotDifferentiableIsAWarning() {
    MarkedSource src = foo(
        "  static double g(@NoDerivative double c, double x) {",
        "    //                                 ^ [Adjoint/Ignored] @NoDerivative does nothing here: g is"
            + " not @Differentiable. Annotate the method, or remove @NoDerivative",
        "    return c * x;",
        "  }");
    Compilation c = compile(src.file());
    MarkedSource.Expected e = src.expected().get(0);
    assertThat(c).succeeded();
    assertThat(c).hadWarningContaining(e.fragment()).inFile(src.file()).onLine(e.line())
        .atColumn(e.column());
    assertThat(c).hadWarningCount(1);
  }

  @Test
  void noDerivativeOnAMethodWithACustomDerivativeIsNoWarning() {
    assertCompilesCleanly(foo(
        "  static double g(double r, @NoDerivative double delta) {",
        "    return Math.min(r * r, delta);",
        "  }",
        "",
        "  @dev.adjoint.DerivativeOf(\"g\")",
        "  static double gJvp(double r, double rDot, double delta) {",
        "    return r * r < delta ? 2 * r * rDot : 0.0;",
        "  }").file());
  }

  @Test
  void checkReadingAnInheritedFieldThroughSuperCompiles() {
    JavaFileObject base = JavaFileObjects.forSourceLines("test.Base",
        "package test;",
        "",
        "abstract class Base {",
        "  protected double scale = 2.0;",
        "}");
    assertCompilesCleanly(fooExtending("Base",
        "  @Differentiable",
        "  double f(double x) {",
        "    if (super.scale <= 0) throw new IllegalStateException(\"scale \" + this.scale);",
        "    return super.scale * x;",
        "  }").file(), base);
  }

  @Test
  void callThatMayWriteALocalArrayIsUnsupported() {
    assertReportsExactly(foo(
        "  static void scale(double[] v) {",
        "    v[0] *= 2;",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double[] b = {x, x};",
        "    scale(b);",
        "    //    ^ [Adjoint/Unsupported] Adjoint cannot see whether this call writes into the"
            + " local array 'b', and its derivatives would miss such a write",
        "    return b[0];",
        "  }"));
  }

  @Test
  void remainderAssignmentOnDoublesIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x;",
        "    y %= 2.0;",
        "    //^ [Adjoint/Unsupported] %= on doubles is not supported yet",
        "    return y;",
        "  }"));
  }

  // ---------------------------------------------------------------- expressions

  @Test
  void writingIntoAParameterArrayIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double[] w, double x) {",
        "    w[0] = x;",
        "  // ^ [Adjoint/Unsupported] writing into the parameter array 'w' would change the"
            + " caller's array",
        "    return w[0] * x;",
        "  }"));
  }

  @Test
  void writingIntoAFieldArrayIsUnsupported() {
    // a scratch buffer kept in a field: the write would be a constant to the derivatives
    assertReportsExactly(foo(
        "  final double[] work = new double[2];",
        "  @Differentiable",
        "  double f(double x) {",
        "    work[0] = x * x;",
        "    //  ^ [Adjoint/Unsupported] this writes into an array held by a field, and Adjoint"
            + " reads fields as constants of the call, so the write would get no derivative;"
            + " write into a local array instead (double[] work = new double[n];)",
        "    return work[0] + x;",
        "  }"));
  }

  @Test
  void writingIntoALocalArrayInsteadOfTheFieldCompiles() {
    // the advice of writingIntoAFieldArrayIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  final double[] work = new double[2];",
        "  @Differentiable",
        "  double f(double x) {",
        "    double[] work = new double[2];",
        "    work[0] = x * x;",
        "    return work[0] + x;",
        "  }").file());
  }

  @Test
  void callingAProtectedMethodOfABaseInAnotherPackageIsUnsupported() {
    JavaFileObject base = JavaFileObjects.forSourceLines("base.Problem",
        "package base;",
        "",
        "public abstract class Problem {",
        "  protected void check(double x) {",
        "    if (x < 0) throw new IllegalArgumentException();",
        "  }",
        "}");
    assertReportsExactly(fooExtending("base.Problem",
        "  @Differentiable",
        "  double f(double x) {",
        "    check(x);",
        "//  ^ [Adjoint/Unsupported] the generated code runs this statement too, but cannot call"
            + " 'check', which only subclasses of Problem can reach; make it public, or move the"
            + " call out of the @Differentiable method",
        "    return x * x;",
        "  }"), base);
  }

  @Test
  void protectedConstantOfABaseInAnotherPackageIsUnsupported() {
    JavaFileObject base = JavaFileObjects.forSourceLines("base.Problem",
        "package base;",
        "",
        "public abstract class Problem {",
        "  protected static final double SCALE = Math.sqrt(2.0);",
        "}");
    assertReportsExactly(fooExtending("base.Problem",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return SCALE * x;",
        "    //     ^ [Adjoint/NotConstant] field 'SCALE' is protected in Problem, another"
            + " package, and declared in another file, so the generated class can neither read"
            + " nor copy it; make it public or pass it as a parameter",
        "  }"), base);
  }

  @Test
  void callingAPrivateCheckIsUnsupported() {
    assertReportsExactly(foo(
        "  private static void check(double x) {",
        "    if (x < 0) throw new IllegalArgumentException();",
        "  }",
        "  @Differentiable",
        "  static double f(double x) {",
        "    check(x);",
        "//  ^ [Adjoint/Unsupported] the generated code runs this statement too, but cannot call"
            + " 'check', which is private; make it package-private, or move the call out of the"
            + " @Differentiable method",
        "    return x * x;",
        "  }"));
  }

  @Test
  void assignmentInsideExpressionIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y;",
        "    double z = 2 * (y = x);",
        "    //                ^ [Adjoint/Unsupported] an assignment inside an expression is"
            + " not supported",
        "    return z;",
        "  }"));
  }

  @Test
  void streamIsUnsupported() {
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.Arrays;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] x) {",
        "    return Arrays.stream(x).sum();",
        "    //                         ^ [Adjoint/Unsupported] calling sum on an object is not"
            + " supported",
        "  }",
        "}"));
  }

  @Test
  void collectionParameterHasUnsupportedType() {
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.List;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(List<Double> xs, double y) {",
        "  //                  ^ [Adjoint/UnsupportedType] parameter 'xs' has type"
            + " java.util.List<java.lang.Double>",
        "    return y;",
        "  }",
        "}"));
  }

  @Test
  void lambdaIsUnsupported() {
    // the lambda is reported, and then the functional-interface type of the local
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.function.DoubleUnaryOperator;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    DoubleUnaryOperator g = v -> v * x;",
        "    //                      ^ [Adjoint/Unsupported] lambdas and method references are"
            + " not supported",
        "  //^ [Adjoint/UnsupportedType] local 'g' has type DoubleUnaryOperator",
        "    return x;",
        "  }",
        "}"));
  }

  @Test
  void newObjectIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    var o = new Object();",
        "    //      ^ [Adjoint/Unsupported] creating objects is not supported",
        "    return x;",
        "  }"));
  }

  @Test
  void stringLiteralIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    var s = \"abc\";",
        "    //      ^ [Adjoint/Unsupported] this literal has no numeric value",
        "    return x;",
        "  }"));
  }

  @Test
  void remainderOnDoublesIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x % 2.0;",
        "    //       ^ [Adjoint/Unsupported] % on doubles is not supported yet",
        "  }"));
  }

  // ---------------------------------------------------------------- calls

  @Test
  void callToAnotherUserMethodIsNotDifferentiable() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return helper(x) * x;",
        "    //           ^ [Adjoint/NotDifferentiable] Foo.helper is on the path from a"
            + " differentiable parameter to the result but is not @Differentiable. Annotate it"
            + " @Differentiable, give it a derivative with @DerivativeOf",
        "  }",
        "",
        "  static double helper(double x) {",
        "    return x * x;",
        "  }"));
  }

  @Test
  void fastMathFunctionWithoutAMathTwinIsNotDifferentiable() {
    // FastMath.log(base, x) shares its name, not its meaning, with Math.log(x)
    assertReportsExactly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import org.hipparchus.util.FastMath;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return FastMath.sin(x) + FastMath.log(2.0, x);",
        "    //                                   ^ [Adjoint/NotDifferentiable]"
            + " org.hipparchus.util.FastMath.log is on the path from a differentiable parameter"
            + " to the result but is not differentiable (Adjoint has no derivative rule for it)",
        "  }",
        "}"), JavaFileObjects.forSourceLines("org.hipparchus.util.FastMath",
            "package org.hipparchus.util;",
            "public final class FastMath {",
            "  public static double sin(double x) { return Math.sin(x); }",
            "  public static double log(double base, double x) { return Math.log(x) / Math.log(base); }",
            "}"));
  }

  @Test
  void commonsMathFastMathSharesMathsRules() {
    JavaFileObject fastMath = JavaFileObjects.forSourceLines(
        "org.apache.commons.math3.util.FastMath",
        "package org.apache.commons.math3.util;",
        "public final class FastMath {",
        "  public static double exp(double x) { return Math.exp(x); }",
        "}");
    Compilation c = compile(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import org.apache.commons.math3.util.FastMath;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return FastMath.exp(x) * x;",
        "  }",
        "}").file(), fastMath);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("double expX = org.apache.commons.math3.util.FastMath.exp(x);");
  }

  @Test
  void indexingACallResultIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double[] x) {",
        "    return squares(x)[0];",
        "    //               ^ [Adjoint/Unsupported] indexing the result of a call is not"
            + " supported; store it in a local array",
        "  }",
        "",
        "  @Differentiable",
        "  static double[] squares(double[] x) {",
        "    double[] y = new double[x.length];",
        "    return y;",
        "  }"));
  }

  @Test
  void argumentToANoDerivativeParameterOfACalleeIsAnError() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x, double e) {",
        "    return g(x, e * e);",
        "    //            ^ [Adjoint/NotDifferentiable] this argument depends on a"
            + " differentiable parameter, but the callee does not differentiate the parameter",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double x, @NoDerivative double eps) {",
        "    return Math.sqrt(x * x + eps);",
        "  }"));
  }

  @Test
  void arrayInitializerAsAnArgumentInALoopIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double s = 0;",
        "    for (int i = 0; i < 3; i++) {",
        "      s += g(new double[] {x, i});",
        "      //     ^ [Adjoint/Unsupported] an array initializer is supported where a local"
            + " array is declared, and as a value at the top level of the method; declare the"
            + " array before the loop or branch and pass the variable",
        "    }",
        "    return s + g(new double[] {x, x});",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double[] v) {",
        "    return v[0];",
        "  }"));
  }

  @Test
  void callOfAPrivateDifferentiableMethodGoesToItsCopy() {
    Compilation c = compile(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return helper(x) * x;",
        "  }",
        "",
        "  @Differentiable",
        "  private static double helper(double x) {",
        "    return x * x;",
        "  }").file());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("  static double helper(double x) {");
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("FooDerivatives.helper(x)");
  }

  @Test
  void callOfAPrivatePlainMethodIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * scale(2.0);",
        "    //              ^ [Adjoint/Unsupported] Foo.scale is private, so the generated"
            + " derivatives cannot call it; make it package-private",
        "  }",
        "",
        "  private static double scale(double n) {",
        "    return n - 1;",
        "  }"));
  }

  @Test
  void callOfAnInstanceMethodIsUnsupported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return new Foo().helper(x) * x;",
        "    //                     ^ [Adjoint/Unsupported] calling helper on an object is not"
            + " supported",
        "  }",
        "",
        "  double helper(double x) {",
        "    return x * x;",
        "  }"));
  }

  @Test
  void unknownMethodIsReported() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return Math.sin(x) * helper(x, 2);",
        "    //                         ^ [Adjoint/UnknownName] cannot resolve method"
            + " helper(double, int)",
        "  }",
        "",
        "  static double helper(double x) {",
        "    return x * x;",
        "  }"));
  }

  @Test
  void callsOfDifferentiableAndInactiveHelpersCompile() {
    JavaFileObject src = foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    return square(x) * index(n);",
        "  }",
        "",
        "  @Differentiable",
        "  static double square(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  static int index(int n) {",
        "    return 2 * n + 1;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives")
        .contentsAsUtf8String().contains("FooDerivatives.squareVjp(x, ");
  }

  @Test
  void mathUlpOfDifferentiableParameterIsNotDifferentiable() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * Math.ulp(x);",
        "    //                 ^ [Adjoint/NotDifferentiable] Math.ulp is on the path from a"
            + " differentiable parameter to the result but is not differentiable: ulp(x) is",
        "  }"));
  }

  @Test
  void mathNextUpOfDifferentiableLocalIsNotDifferentiable() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = 2 * x;",
        "    double z = Math.nextUp(y);",
        "    //                    ^ [Adjoint/NotDifferentiable] Math.nextUp is on the path"
            + " from a differentiable parameter to the result",
        "    return z;",
        "  }"));
  }

  @Test
  void mathUlpOfNoDerivativeParameterCompiles() {
    JavaFileObject src = foo(
        "  @Differentiable",
        "  static double f(double x, @NoDerivative double c) {",
        "    return x * Math.ulp(c);",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives")
        .contentsAsUtf8String().contains("fJvp(");
  }

  // ---------------------------------------------------------------- custom derivatives

  @Test
  void customDerivativeWithAWrongSignatureIsAnError() {
    assertReportsExactly(customDerivative(
        "  static double f(double x, double y) {",
        "    return x * y;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  //            ^ [Adjoint/BadDerivative] this signature matches neither mode of f."
            + " Forward mode (JVP): double (double, double, double, double); reverse mode (VJP),"
            + " which adds into the accumulators and returns the value: double (double, double,"
            + " double, double[], double[])",
        "  static double fJvp(double x, double xDot) {",
        "    return xDot;",
        "  }"));
  }

  @Test
  void customDerivativeOfAMissingMethodIsAnError() {
    assertReportsExactly(customDerivative(
        "  @DerivativeOf(\"g\")",
        "  //            ^ [Adjoint/BadDerivative] there is no method 'g' in Foo",
        "  static double gJvp(double x, double xDot) {",
        "    return xDot;",
        "  }"));
  }

  @Test
  void customDerivativeOfAnOverloadedMethodIsAnError() {
    assertReportsExactly(customDerivative(
        "  static double f(double x) {",
        "    return x;",
        "  }",
        "",
        "  static double f(double x, double y) {",
        "    return x * y;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  //            ^ [Adjoint/BadDerivative] 'f' is overloaded",
        "  static double fJvp(double x, double xDot) {",
        "    return xDot;",
        "  }"));
  }

  @Test
  void customDerivativeOfADifferentiableMethodIsAnError() {
    assertReportsExactly(customDerivative(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  //            ^ [Adjoint/BadDerivative] f is @Differentiable, so Adjoint derives it"
            + " from its body",
        "  static double fJvp(double x, double xDot) {",
        "    return 2 * x * xDot;",
        "  }"));
  }

  @Test
  void twoForwardModesForOneMethodAreAnError() {
    assertReportsExactly(customDerivative(
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvp(double x, double xDot) {",
        "    return 2 * x * xDot;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvpAgain(double x, double xDot) {",
        "  //            ^ [Adjoint/BadDerivative] a second JVP for f",
        "    return 2 * x * xDot;",
        "  }"));
  }

  @Test
  void callOfAMethodWithACustomDerivativeCompiles() {
    JavaFileObject src = customDerivative(
        "  static double f(double x) {",
        "    return Math.log1p(Math.exp(x));",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvp(double x, double xDot) {",
        "    return xDot / (1 + Math.exp(-x));",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double x) {",
        "    return f(x) * x;",
        "  }").file();
    Compilation c = compile(src);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives")
        .contentsAsUtf8String().contains("FooDerivatives.fVjp(x, ");
  }

  private static MarkedSource customDerivative(String... body) {
    List<String> lines = new ArrayList<>(List.of("package test;", "",
        "import dev.adjoint.DerivativeOf;", "import dev.adjoint.Differentiable;", "",
        "final class Foo {"));
    lines.addAll(List.of(body));
    lines.add("}");
    return source("test.Foo", lines.toArray(new String[0]));
  }

  // ---------------------------------------------------------------- names and fields

  @Test
  void unknownName() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * scale;",
        "    //         ^ [Adjoint/UnknownName] cannot resolve 'scale'",
        "  }"));
  }

  @Test
  void unknownFieldOfMath() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * Math.HALF_PI;",
        "    //             ^ [Adjoint/UnknownName] cannot resolve field 'HALF_PI' of Math",
        "  }"));
  }

  @Test
  void nonFinalStaticFieldIsNotConstant() {
    assertReportsExactly(foo(
        "  static double k = 2;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return k * x;",
        "    //     ^ [Adjoint/NotConstant] field 'k' is not static final",
        "  }"));
  }

  @Test
  void privateFinalFieldIsCopiedIntoTheCompanion() {
    Compilation c = compile(foo(
        "  private static final double K = Math.sqrt(2);",
        "  private static final double[] Y = {0.5, K};",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * Y[1];",
        "  }").file());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("private static final double[] Y = new double[] {0.5, FooDerivatives.K};");
  }

  @Test
  void privateFinalFieldAssignedInAStaticBlockIsNotConstant() {
    assertReportsExactly(foo(
        "  private static final double K;",
        "  static {",
        "    K = Math.sqrt(2);",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * K;",
        "    //         ^ [Adjoint/NotConstant] field 'K' is private and gets its value outside"
            + " its declaration, so the generated class can neither read nor copy it",
        "  }"));
  }

  @Test
  void privateFinalFieldWhoseInitializerCallsAPrivateMethodIsNotConstant() {
    assertReportsExactly(foo(
        "  private static final double K = root(2);",
        "  //                                  ^ [Adjoint/Unsupported] Foo.root is private, so"
            + " the generated derivatives cannot call it",
        "",
        "  private static double root(double v) {",
        "    return Math.sqrt(v);",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * K;",
        "    //         ^ [Adjoint/NotConstant] the generated class copies the private field 'K',"
            + " but its initializer cannot be copied",
        "  }"));
  }

  // ---------------------------------------------------------------- several methods, several errors

  @Test
  void everyProblemOfAMethodIsReportedInOneCompile() {
    assertReportsExactly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x * 2.0f;",
        "    //             ^ [Adjoint/UnsupportedType] float literal 2.0f",
        "    y = y % 3.0;",
        "    //    ^ [Adjoint/Unsupported] % on doubles is not supported yet",
        "    outer:",
        "    while (y > 1) {",
        "      y = y / 2;",
        "      continue outer;",
        "    //^ [Adjoint/Unsupported] labelled break and continue are not supported",
        "    }",
        "    return y * scale;",
        "    //         ^ [Adjoint/UnknownName] cannot resolve 'scale'",
        "  }"));
  }

  @Test
  void anErrorInOneMethodDoesNotStopTheOthers(@TempDir Path out) throws IOException {
    MarkedSource src = foo(
        "  @Differentiable",
        "  static double good(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @Differentiable",
        "  static double bad(double x) {",
        "    double y = x;",
        "    outer:",
        "    while (y > 1) {",
        "      y = y / 2;",
        "      continue outer;",
        "    //^ [Adjoint/Unsupported] labelled break and continue are not supported",
        "    }",
        "    return y;",
        "  }",
        "",
        "  @Differentiable",
        "  static double alsoGood(double x) {",
        "    return Math.sin(x);",
        "  }");
    assertReportsExactly(src);
    String companion = generatedDespiteErrors(src.file(), out, "test/FooDerivatives.java");
    assertTrue(companion.contains("static double goodJvp("), companion);
    assertTrue(companion.contains("static double alsoGoodJvp("), companion);
    assertFalse(companion.contains("badJvp"), companion);
  }

  // ---------------------------------------------------------------- helpers

  /** Compiles {@code files} with the processor into {@code classes}, which must succeed. */
  private static void compileInto(Path classes, JavaFileObject... files) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      fm.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
      fm.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT,
          List.of(Files.createDirectories(classes.resolveSibling(classes.getFileName() + "-sources"))));
      JavaCompiler.CompilationTask task =
          compiler.getTask(null, fm, diagnostics, List.of(), null, List.of(files));
      task.setProcessors(List.of(new DifferentiableProcessor()));
      assertTrue(task.call(), () -> "compiling the class path failed: " + diagnostics.getDiagnostics());
    }
  }

  /** Compiles {@code files} with the processor and {@code classes} added to the class path. */
  private static Compilation compileWithClassPath(Path classes, JavaFileObject... files) {
    List<java.io.File> path = new ArrayList<>();
    path.add(classes.toFile());
    for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
      path.add(new java.io.File(entry));
    }
    return javac().withProcessors(new DifferentiableProcessor()).withClasspath(path).compile(files);
  }

  /**
   * Compiles {@code src} (with {@code others} beside it) and checks it reports exactly its marked
   * errors, each in place.
   */
  private static void assertReportsExactly(MarkedSource src, JavaFileObject... others) {
    assertFalse(src.expected().isEmpty(), "a failing case needs at least one marker");
    List<JavaFileObject> files = new ArrayList<>(List.of(src.file()));
    files.addAll(Arrays.asList(others));
    Compilation c = compile(files.toArray(JavaFileObject[]::new));
    for (MarkedSource.Expected e : src.expected()) {
      assertThat(c).hadErrorContaining(e.id()).inFile(src.file())
          .onLine(e.line()).atColumn(e.column());
      assertTrue(c.errors().stream().anyMatch(d -> e.matches(d, src.file())),
          () -> "expected the error " + e + "; got:\n" + describe(c));
    }
    assertThat(c).hadErrorCount(src.expected().size());
  }

  private static Compilation compile(JavaFileObject... files) {
    return javac().withProcessors(new DifferentiableProcessor()).compile(files);
  }

  /**
   * Runs the processor alone ({@code -proc:only}) and reads a source it wrote to {@code out}.
   * compile-testing withholds generated files once a compilation has failed, and here it must.
   */
  private static String generatedDespiteErrors(JavaFileObject src, Path out, String path)
      throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(out));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      JavaCompiler.CompilationTask task = compiler.getTask(
          null, files, diagnostics, List.of("-proc:only"), null, List.of(src));
      task.setProcessors(List.of(new DifferentiableProcessor()));
      assertFalse(task.call(), "the source has an error, so the compilation must fail");
    }
    Path file = out.resolve(path);
    assertTrue(Files.isRegularFile(file), () -> path + " was not generated; diagnostics: "
        + diagnostics.getDiagnostics());
    return Files.readString(file);
  }

  private static String describe(Compilation c) {
    return c.diagnostics().stream()
        .map(d -> "  " + d.getKind() + " " + d.getLineNumber() + ":" + d.getColumnNumber() + " "
            + d.getMessage(Locale.ROOT))
        .collect(Collectors.joining("\n"));
  }

  /** Class {@code test.Foo} with the given members, importing Adjoint's annotations. */
  /** Like {@link #foo}, for a class {@code Foo} that extends {@code superclass}. */
  private static MarkedSource fooExtending(String superclass, String... members) {
    return fooDeclaredAs("final class Foo extends " + superclass + " {", members);
  }

  /** Compiles {@code files} with the processor and expects no error and no warning. */
  private static void assertCompilesCleanly(JavaFileObject... files) {
    assertThat(compile(files)).succeededWithoutWarnings();
  }

  private static MarkedSource foo(String... members) {
    return fooDeclaredAs("final class Foo {", members);
  }

  private static MarkedSource fooDeclaredAs(String declaration, String... members) {
    List<String> lines = new ArrayList<>(List.of(
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import dev.adjoint.NoDerivative;",
        "",
        declaration));
    lines.addAll(Arrays.asList(members));
    lines.add("}");
    return MarkedSource.of("test.Foo", lines);
  }

  private static MarkedSource source(String qualifiedName, String... lines) {
    return MarkedSource.of(qualifiedName, Arrays.asList(lines));
  }
}
