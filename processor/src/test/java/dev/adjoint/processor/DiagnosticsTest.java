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
  void interfaceMethodCompilesOnceItIsStatic() {
    // the advice of defaultInterfaceMethodIsNotStatic, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "interface Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x;",
        "  }",
        "}").file());
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
  void instanceFieldIsReadableOnceItIsPackagePrivate() {
    // the advice of privateInstanceFieldIsNotReadable, followed
    assertCompilesCleanly(foo(
        "  double scale = 2.0;",
        "",
        "  @Differentiable",
        "  double f(double x) {",
        "    return scale * x;",
        "  }").file());
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
  void methodOfAnAbstractClassCompilesOnceItHasABody() {
    // the advice of abstractMethodHasNoBody, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "abstract class Foo {",
        "  @Differentiable",
        "  double f(double x) {",
        "    return x;",
        "  }",
        "}").file());
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
  void methodCompilesOnceItHasNoTypeParameter() {
    // the advice of genericMethodIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x;",
        "  }").file());
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
  void arrayParameterCompilesOnceItIsADoubleArray() {
    // the advice of floatArrayParameterHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double[] a, double x) {",
        "    return x;",
        "  }").file());
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
  void resultCompilesOnceItIsADouble() {
    // the advice of intResultHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return 1;",
        "  }").file());
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
  void orderTwoCompilesWhereOrderThreeDoesNot() {
    // the advice of orderThreeIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(order = 2)",
        "  static double f(double x) {",
        "    return x;",
        "  }").file());
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
  void orderTwoCompilesOnceTheMethodReturnsADouble() {
    // the advice of orderTwoNeedsAScalarResult, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(order = 2)",
        "  static double f(double[] x) {",
        "    double[] y = new double[x.length];",
        "    return y[0];",
        "  }").file());
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
  void orderTwoCompilesOnceItsCalleeIsAtOrderTwo() {
    // the advice of orderTwoNeedsItsCalleesAtOrderTwo, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(order = 2)",
        "  static double g(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @Differentiable(order = 2)",
        "  static double f(double x) {",
        "    return g(x) * x;",
        "  }").file());
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

  @Test
  void signatureCompilesOnceBothProblemsAreFixed() {
    // the advice of signatureProblemsAreAllReported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(order = 2)",
        "  static double f(double x) {",
        "    return 1;",
        "  }").file());
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
  void wrtCompilesOnceItNamesADoubleParameter() {
    // the advice of wrtNamesUnknownParameter, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(wrt = \"x\")",
        "  static double f(double x) {",
        "    return x;",
        "  }").file());
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
  void wrtCompilesOnceItNamesTheDoubleParameterBesideAnInt() {
    // the advice of wrtNamesIntParameter, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(wrt = \"x\")",
        "  static double f(double x, int n) {",
        "    return x * n;",
        "  }").file());
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
  void wrtOrNoDerivativeAloneCompiles() {
    // the advice of wrtNamesNoDerivativeParameter, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(wrt = \"c\")",
        "  static double f(double x, double c) {",
        "    return x * c;",
        "  }").file());
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, @NoDerivative double c) {",
        "    return x * c;",
        "  }").file());
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
  void wrtArrayCompilesOnceEveryNameIsADoubleParameter() {
    // the advice of wrtArrayPointsAtTheBadName, followed
    assertCompilesCleanly(foo(
        "  @Differentiable(wrt = {\"x\", \"y\"})",
        "  static double f(double x, double y) {",
        "    return x * y;",
        "  }").file());
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
  void wrtNamesAFieldOnceItIsPackagePrivate() {
    // the advice of wrtNamesAPrivateField, followed
    assertCompilesCleanly(foo(
        "  double b = 0.5;",
        "",
        "  @Differentiable(wrt = \"b\")",
        "  double f(double x) {",
        "    return x * b;",
        "  }").file());
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
  void wrtNamesAFieldOnceItIsADouble() {
    // the advice of wrtNamesAnIntField, followed
    assertCompilesCleanly(foo(
        "  double n = 2;",
        "",
        "  @Differentiable(wrt = \"n\")",
        "  double f(double x) {",
        "    return x * n;",
        "  }").file());
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
  void methodCompilesOnceItHasADifferentiableParameter() {
    // the advice of noDifferentiableParameter, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double c, int n) {",
        "    return c * n;",
        "  }").file());
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
  void overloadsCompileOnceOneIsRenamed() {
    // the advice of overloadsClash, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x;",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double x, double y) {",
        "    return x * y;",
        "  }").file());
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
  void parameterNamedValueCompilesOnceRenamed() {
    // the advice of parameterNamedValueClashesWithGradientRecord, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double v) {",
        "    return v * v;",
        "  }").file());
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
  void classNamedLikeTheCompanionCompilesOnceRenamed() {
    // the advice of companionNameTakenInTheSameFile, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}",
        "",
        "final class FooHelpers {",
        "}").file());
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
  void classNamedLikeTheCompanionCompilesInAnotherPackage() {
    // the advice of companionNameTakenByAnotherFile, followed
    MarkedSource src = foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }");
    JavaFileObject other = JavaFileObjects.forSourceLines("other.FooDerivatives",
        "package other;",
        "",
        "public final class FooDerivatives {",
        "  public static double fGrad(double x) {",
        "    return 2 * x;",
        "  }",
        "}");
    assertCompilesCleanly(src.file(), other);
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
  void classNamedLikeTheCompanionOnTheClassPathCompilesOnceRenamed(@TempDir Path classes)
      throws IOException {
    // the advice of companionNameTakenOnTheClassPath, followed
    compileInto(classes, JavaFileObjects.forSourceLines("test.FooHelpers",
        "package test;",
        "",
        "public class FooHelpers {",
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
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}");
    assertThat(compileWithClassPath(classes, src.file())).succeededWithoutWarnings();
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

  @Test
  void nestedAndUnderscoredOwnersCompileOnceOneIsRenamed() {
    // the advice of nestedAndUnderscoredOwnersShareACompanionName, followed
    assertCompilesCleanly(source("test.OuterInner",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "",
        "final class OuterInner {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "}",
        "",
        "final class Outer {",
        "  static final class Inner {",
        "    @Differentiable",
        "    static double g(double x) {",
        "      return x * x;",
        "    }",
        "  }",
        "}").file());
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
  void literalCompilesOnceItIsADouble() {
    // the advice of floatLiteralHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * 2.0;",
        "  }").file());
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
  void localCompilesOnceItIsADouble() {
    // the advice of floatLocalHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double s = 1;",
        "    return x * s;",
        "  }").file());
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
  void unassignedLocalCompilesOnceItIsADouble() {
    // the advice of stringLocalHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double label;",
        "    return x;",
        "  }").file());
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

  @Test
  void castCompilesOnceItIsToLong() {
    // the advice of castToFloatHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return (long) x;",
        "  }").file());
  }

  @Test
  void castCompilesOnceItIsToDouble() {
    // the advice of castToFloatHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return (double) x;",
        "  }").file());
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
  void breakCompilesWithAFlagTheOuterLoopTests() {
    // the advice of labelledBreakIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = 1;",
        "    boolean done = false;",
        "    for (int i = 0; i < 3 && !done; i++) {",
        "      for (int j = 0; j < 3; j++) {",
        "        y = y * x;",
        "        if (y > 10) {",
        "          done = true;",
        "          break;",
        "        }",
        "      }",
        "    }",
        "    return y;",
        "  }").file());
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
  void loopOverAMatrixCompilesAsACountedLoop() {
    // the advice of enhancedForWithTheWrongElementTypeIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, double[][] m) {",
        "    double y = 0;",
        "    for (int i = 0; i < m.length; i++) {",
        "      double c = m[i][0];",
        "      y = y + c * x;",
        "    }",
        "    return y;",
        "  }").file());
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
  void arrayMethodCompilesOnceItReturnsAtItsEnd() {
    // the advice of earlyReturnFromAnArrayMethodIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double[] f(double[] x) {",
        "    double[] y = new double[x.length];",
        "    if (x.length != 0) {",
        "      y[0] = x[0] * x[0];",
        "    }",
        "    return y;",
        "  }").file());
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
  void matrixCompilesOnceDeclaredBeforeTheLoopAndReused() {
    // the advice of matrixDeclaredInsideALoopIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x;",
        "    double[][] t = new double[2][2];",
        "    do {",
        "      t[0][0] = y;",
        "      y = t[0][0] / 2;",
        "    } while (y > 1);",
        "    return y;",
        "  }").file());
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
  void writingIntoALocalCopyOfAParameterRowCompiles() {
    // the advice of writingThroughAnAliasOfAParameterRowIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double[][] m) {",
        "    double[] row = new double[m[0].length];",
        "    System.arraycopy(m[0], 0, row, 0, row.length);",
        "    row[1] = 2 * row[0];",
        "    return row[1];",
        "  }").file());
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
  void declaringANewArrayInsteadOfReassigningCompiles() {
    // the advice of reassigningAnArrayVariableIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double[] a) {",
        "    double[] b = new double[2];",
        "    double[] c = new double[3];",
        "    return c[0] + a[0];",
        "  }").file());
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
  void arrayResultCompilesOnceItIsADoubleArrayLocal() {
    // the advice of intArrayResultHasUnsupportedType, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double[] f(double[] a) {",
        "    double[] y = new double[1];",
        "    y[0] = a[0];",
        "    return y;",
        "  }").file());
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
  void switchCaseCompilesOnceItEndsWithBreak() {
    // the advice of switchCaseFallingThroughIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    double y = x;",
        "    switch (n) {",
        "      case 1:",
        "        y = 2 * x;",
        "        break;",
        "      default:",
        "        y = 3 * y;",
        "    }",
        "    return y;",
        "  }").file());
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
  void switchOnAnIntCodeCompiles() {
    // the advice of switchOnADoubleIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = switch ((int) x) {",
        "      case 1 -> x;",
        "      default -> 2 * x;",
        "    };",
        "    switch ((int) y) {",
        "      default -> y = 1;",
        "    }",
        "    return y;",
        "  }").file());
  }

  @Test
  void ifElseInsteadOfASwitchOnADoubleCompiles() {
    // the advice of switchOnADoubleIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = switch ((int) x) {",
        "      case 1 -> x;",
        "      default -> 2 * x;",
        "    };",
        "    y = 1;",
        "    return y;",
        "  }").file());
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
  void switchOnAStringCompilesWithLiteralLabels() {
    // the advice of switchOnAStringNeedsLiteralLabels, followed
    assertCompilesCleanly(foo(
        "  static final String HUBER = \"huber\";",
        "  @Differentiable",
        "  static double f(double r, String loss) {",
        "    switch (loss) {",
        "      case \"huber\":",
        "        return Math.abs(r);",
        "      default:",
        "        return r * r;",
        "    }",
        "  }").file());
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
  void enumParameterCompilesOnceItIsPackagePrivate() {
    // the advice of privateEnumParameterIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  enum Kind { A, B }",
        "  @Differentiable",
        "  static double f(double x, Kind kind) {",
        "    return switch (kind) {",
        "      case A -> x;",
        "      case B -> x * x;",
        "    };",
        "  }").file());
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
  void switchExpressionCompilesOnceAssignedToALocal() {
    // the advice of switchExpressionInsideAnExpressionIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    double s = switch (n) {",
        "      case 1 -> x;",
        "      default -> 2 * x;",
        "    };",
        "    return x * s;",
        "  }").file());
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
  void caseCompilesWithIfElseInsteadOfAnInnerBreak() {
    // the advice of breakInsideACaseIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, int n) {",
        "    double y = x;",
        "    switch (n) {",
        "      case 1:",
        "        if (x > 0) {",
        "        } else {",
        "          y = 2 * x;",
        "        }",
        "        break;",
        "      default:",
        "        y = 3 * x;",
        "    }",
        "    return y;",
        "  }").file());
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
  void checkingTheInputAndThrowingCompiles() {
    // the advice of tryCatchIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y;",
        "    if (!(x > 0)) {",
        "      throw new IllegalArgumentException(\"not positive: \" + x);",
        "    }",
        "    y = Math.log(x);",
        "    return y;",
        "  }").file());
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
    assertEquals(2, generated.lines().map(String::trim)
        .filter(l -> l.equals("throw new IllegalArgumentException(\"negative: \" + x);")).count(),
        () -> "once in each of fJvp and fVjp (which fGrad calls):\n" + generated);
    assertTrue(generated.contains("double value = fVjp(x, 1.0, xBar);"), generated);
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
  void effectReadingAFieldCompilesOnceItIsPackagePrivate() {
    // the advice of effectReadingAnUnreachableFieldIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  static final Object LOG = new Object();",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    System.out.println(LOG);",
        "    return x;",
        "  }").file());
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
  void effectCompilesWithAMessageBuiltWithoutALambda() {
    // the advice of effectWithALambdaIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    java.util.Objects.requireNonNull(null, \"x\");",
        "    return x;",
        "  }").file());
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
  void assigningALocalInsteadOfTheFieldCompiles() {
    // the advice of assigningFieldIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  static double last;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double last = x;",
        "    return x;",
        "  }").file());
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
  void noDerivativeIsNoWarningOnceTheMethodIsDifferentiable() {
    // the advice of noDerivativeOnAMethodThatIsNotDifferentiableIsAWarning, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double g(@NoDerivative double c, double x) {",
        "    return c * x;",
        "  }").file());
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
  void writingALocalArrayWithALoopCompiles() {
    // the advice of callThatMayWriteALocalArrayIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  static void scale(double[] v) {",
        "    v[0] *= 2;",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double[] b = {x, x};",
        "    for (int i = 0; i < 1; i++) {",
        "      b[i] *= 2;",
        "    }",
        "    return b[0];",
        "  }").file());
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
  @Test
  void remainderAssignmentCompilesAsIeeeRemainder() {
    // the advice of remainderAssignmentOnDoublesIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x;",
        "    y = Math.IEEEremainder(y, 2.0);",
        "    return y;",
        "  }").file());
  }

  @Test
  void remainderAssignmentCompilesAsXMinusYTimesTheFloorOfTheQuotient() {
    // the advice of remainderAssignmentOnDoublesIsUnsupported, followed the other way
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x;",
        "    y = y - 2.0 * Math.floor(y / 2.0);",
        "    return y;",
        "  }").file());
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
  void writingIntoALocalCopyOfAParameterArrayCompiles() {
    // the advice of writingIntoAParameterArrayIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double[] w, double x) {",
        "    double[] v = new double[w.length];",
        "    System.arraycopy(w, 0, v, 0, w.length);",
        "    v[0] = x;",
        "    return v[0] * x;",
        "  }").file());
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
  void callingAPublicMethodOfABaseInAnotherPackageCompiles() {
    // the advice of callingAProtectedMethodOfABaseInAnotherPackageIsUnsupported, followed
    JavaFileObject base = JavaFileObjects.forSourceLines("base.Problem",
        "package base;",
        "",
        "public abstract class Problem {",
        "  public void check(double x) {",
        "    if (x < 0) throw new IllegalArgumentException();",
        "  }",
        "}");
    assertCompilesCleanly(fooExtending("base.Problem",
        "  @Differentiable",
        "  double f(double x) {",
        "    check(x);",
        "    return x * x;",
        "  }").file(), base);
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
  void publicConstantOfABaseInAnotherPackageCompiles() {
    // the advice of protectedConstantOfABaseInAnotherPackageIsUnsupported, followed
    JavaFileObject base = JavaFileObjects.forSourceLines("base.Problem",
        "package base;",
        "",
        "public abstract class Problem {",
        "  public static final double SCALE = Math.sqrt(2.0);",
        "}");
    assertCompilesCleanly(fooExtending("base.Problem",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return SCALE * x;",
        "  }").file(), base);
  }

  @Test
  void protectedConstantOfABaseInAnotherPackageCompilesAsAParameter() {
    // the advice of protectedConstantOfABaseInAnotherPackageIsUnsupported, followed
    JavaFileObject base = JavaFileObjects.forSourceLines("base.Problem",
        "package base;",
        "",
        "public abstract class Problem {",
        "  protected static final double SCALE = Math.sqrt(2.0);",
        "}");
    assertCompilesCleanly(fooExtending("base.Problem",
        "  @Differentiable",
        "  static double f(double x, double scale) {",
        "    return scale * x;",
        "  }").file(), base);
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
  void callingACheckCompilesOnceItIsPackagePrivate() {
    // the advice of callingAPrivateCheckIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  static void check(double x) {",
        "    if (x < 0) throw new IllegalArgumentException();",
        "  }",
        "  @Differentiable",
        "  static double f(double x) {",
        "    check(x);",
        "    return x * x;",
        "  }").file());
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
  void assignmentCompilesAsAStatementOfItsOwn() {
    // the advice of assignmentInsideExpressionIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y;",
        "    y = x;",
        "    double z = 2 * y;",
        "    return z;",
        "  }").file());
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
  void sumCompilesAsALoopOverTheArray() {
    // the advice of streamIsUnsupported, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.Arrays;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] x) {",
        "    double s = 0;",
        "    for (int i = 0; i < x.length; i++) {",
        "      s += x[i];",
        "    }",
        "    return s;",
        "  }",
        "}").file());
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
  void collectionParameterCompilesAsADoubleArray() {
    // the advice of collectionParameterHasUnsupportedType, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.List;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] xs, double y) {",
        "    return y;",
        "  }",
        "}").file());
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
  void staticMethodInsteadOfALambdaCompiles() {
    // the advice of lambdaIsUnsupported, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import java.util.function.DoubleUnaryOperator;",
        "",
        "final class Foo {",
        "  static double times(double v, double x) {",
        "    return v * x;",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double g = times(x, x);",
        "    return x;",
        "  }",
        "}").file());
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
  void doubleArrayInsteadOfAnObjectCompiles() {
    // the advice of newObjectIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    var o = new double[1];",
        "    return x;",
        "  }").file());
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
  void numberInsteadOfAStringLiteralCompiles() {
    // the advice of stringLiteralIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    var s = 1.0;",
        "    return x;",
        "  }").file());
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

  @Test
  void remainderCompilesAsIeeeRemainder() {
    // the advice of remainderOnDoublesIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return Math.IEEEremainder(x, 2.0);",
        "  }").file());
  }

  @Test
  void remainderCompilesAsXMinusYTimesTheFloorOfTheQuotient() {
    // the advice of remainderOnDoublesIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x - 2.0 * Math.floor(x / 2.0);",
        "  }").file());
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
  void callToAnotherUserMethodCompilesOnceItIsDifferentiable() {
    // the advice of callToAnotherUserMethodIsNotDifferentiable, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return helper(x) * x;",
        "  }",
        "",
        "  @Differentiable",
        "  static double helper(double x) {",
        "    return x * x;",
        "  }").file());
  }

  @Test
  void callToAnotherUserMethodCompilesOnceItHasADerivative() {
    // the advice of callToAnotherUserMethodIsNotDifferentiable, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return helper(x) * x;",
        "  }",
        "",
        "  static double helper(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @dev.adjoint.DerivativeOf(\"helper\")",
        "  static double helperJvp(double x, double xDot) {",
        "    return 2 * x * xDot;",
        "  }").file());
  }

  @Test
  void callToAnotherUserMethodCompilesOnceItsArgumentIsConstant() {
    // the advice of callToAnotherUserMethodIsNotDifferentiable, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return helper(2.0) * x;",
        "  }",
        "",
        "  static double helper(double x) {",
        "    return x * x;",
        "  }").file());
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
  void fastMathFunctionWithoutAMathTwinCompilesOnceItsArgumentIsConstant() {
    // the advice of fastMathFunctionWithoutAMathTwinIsNotDifferentiable, followed
    assertCompilesCleanly(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.Differentiable;",
        "import org.hipparchus.util.FastMath;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return FastMath.sin(x) + FastMath.log(2.0, 8.0);",
        "  }",
        "}").file(), JavaFileObjects.forSourceLines("org.hipparchus.util.FastMath",
            "package org.hipparchus.util;",
            "public final class FastMath {",
            "  public static double sin(double x) { return Math.sin(x); }",
            "  public static double log(double base, double x) {",
            "    return Math.log(x) / Math.log(base);",
            "  }",
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
        .contains("import org.apache.commons.math3.util.FastMath;");
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("double expX = FastMath.exp(x);");
  }

  @Test
  void aVariableNamedLikeAClassKeepsTheClassQualified() {
    Compilation c = compile(source("test.Foo",
        "package test;",
        "",
        "import dev.adjoint.AdjointMath;",
        "import dev.adjoint.Differentiable;",
        "",
        "final class Foo {",
        "  @Differentiable",
        "  static double f(double[] AdjointMath) {",
        "    return dev.adjoint.AdjointMath.sum(AdjointMath);",
        "  }",
        "}").file());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.FooDerivatives").contentsAsUtf8String()
        .contains("dev.adjoint.AdjointMath.sum(AdjointMath)");
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
  void indexingACallResultCompilesOnceStoredInALocalArray() {
    // the advice of indexingACallResultIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double[] x) {",
        "    double[] s = squares(x);",
        "    return s[0];",
        "  }",
        "",
        "  @Differentiable",
        "  static double[] squares(double[] x) {",
        "    double[] y = new double[x.length];",
        "    return y;",
        "  }").file());
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
  void argumentCompilesOnceTheCalleeDifferentiatesItsParameter() {
    // the advice of argumentToANoDerivativeParameterOfACalleeIsAnError, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, double e) {",
        "    return g(x, e * e);",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double x, double eps) {",
        "    return Math.sqrt(x * x + eps);",
        "  }").file());
  }

  @Test
  void constantArgumentToANoDerivativeParameterOfACalleeCompiles() {
    // the advice of argumentToANoDerivativeParameterOfACalleeIsAnError, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x, double e) {",
        "    return g(x, 1e-12);",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double x, @NoDerivative double eps) {",
        "    return Math.sqrt(x * x + eps);",
        "  }").file());
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
  void arrayDeclaredBeforeTheLoopAndPassedCompiles() {
    // the advice of arrayInitializerAsAnArgumentInALoopIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double s = 0;",
        "    double[] v = new double[2];",
        "    for (int i = 0; i < 3; i++) {",
        "      v[0] = x;",
        "      v[1] = i;",
        "      s += g(v);",
        "    }",
        "    return s + g(new double[] {x, x});",
        "  }",
        "",
        "  @Differentiable",
        "  static double g(double[] v) {",
        "    return v[0];",
        "  }").file());
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
            + " derivatives cannot call it; annotate it @Differentiable (the generated class then"
            + " carries a copy), or make it package-private if no derivative passes through it",
        "  }",
        "",
        "  private static double scale(double n) {",
        "    return n - 1;",
        "  }"));
  }

  @Test
  void callOfAPlainMethodCompilesOnceItIsPackagePrivate() {
    // the advice of callOfAPrivatePlainMethodIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * scale(2.0);",
        "  }",
        "",
        "  static double scale(double n) {",
        "    return n - 1;",
        "  }").file());
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
  void callCompilesOnceTheMethodIsStaticAndDifferentiable() {
    // the advice of callOfAnInstanceMethodIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return helper(x) * x;",
        "  }",
        "",
        "  @Differentiable",
        "  static double helper(double x) {",
        "    return x * x;",
        "  }").file());
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
  void mathUlpOfAConstantCompiles() {
    // the advice of mathUlpOfDifferentiableParameterIsNotDifferentiable, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * Math.ulp(1.0);",
        "  }").file());
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
  void mathNextUpOfAConstantCompiles() {
    // the advice of mathNextUpOfDifferentiableLocalIsNotDifferentiable, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = 2 * x;",
        "    double z = Math.nextUp(2.0);",
        "    return z;",
        "  }").file());
  }

  @Test
  void mathUlpOfNoDerivativeParameterCompiles() {
    // the advice of mathUlpOfDifferentiableParameterIsNotDifferentiable, the other way
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
  void customDerivativeCompilesWithTheSignatureOfEitherMode() {
    // the advice of customDerivativeWithAWrongSignatureIsAnError, followed
    assertCompilesCleanly(customDerivative(
        "  static double f(double x, double y) {",
        "    return x * y;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvp(double x, double xDot, double y, double yDot) {",
        "    return xDot * y + x * yDot;",
        "  }").file());
    assertCompilesCleanly(customDerivative(
        "  static double f(double x, double y) {",
        "    return x * y;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fVjp(double x, double y, double seed, double[] xBar, double[] yBar) {",
        "    xBar[0] += seed * y;",
        "    yBar[0] += seed * x;",
        "    return x * y;",
        "  }").file());
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
  void customDerivativeCompilesOnceItNamesAMethodOfTheClass() {
    // the advice of customDerivativeOfAMissingMethodIsAnError, followed
    assertCompilesCleanly(customDerivative(
        "  static double g(double x) {",
        "    return x;",
        "  }",
        "",
        "  @DerivativeOf(\"g\")",
        "  static double gJvp(double x, double xDot) {",
        "    return xDot;",
        "  }").file());
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
  void customDerivativeCompilesOnceTheOverloadsHaveDifferentNames() {
    // the advice of customDerivativeOfAnOverloadedMethodIsAnError, followed
    assertCompilesCleanly(customDerivative(
        "  static double f(double x) {",
        "    return x;",
        "  }",
        "",
        "  static double g(double x, double y) {",
        "    return x * y;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvp(double x, double xDot) {",
        "    return xDot;",
        "  }").file());
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
  void differentiableOrCustomDerivativeAloneCompiles() {
    // the advice of customDerivativeOfADifferentiableMethodIsAnError, followed
    assertCompilesCleanly(customDerivative(
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvp(double x, double xDot) {",
        "    return 2 * x * xDot;",
        "  }").file());
    assertCompilesCleanly(customDerivative(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  static double fJvp(double x, double xDot) {",
        "    return 2 * x * xDot;",
        "  }").file());
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
  void oneForwardModeForOneMethodCompiles() {
    // the advice of twoForwardModesForOneMethodAreAnError, followed
    assertCompilesCleanly(customDerivative(
        "  static double f(double x) {",
        "    return x * x;",
        "  }",
        "",
        "  @DerivativeOf(\"f\")",
        "  static double fJvp(double x, double xDot) {",
        "    return 2 * x * xDot;",
        "  }").file());
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
  void nameCompilesOnceItIsAStaticFinalConstant() {
    // the advice of unknownName, followed
    assertCompilesCleanly(foo(
        "  static final double scale = 2.0;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * scale;",
        "  }").file());
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
  void fieldOfMathCompilesOnceItIsOneMathDeclares() {
    // the advice of unknownFieldOfMath, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * (Math.PI / 2);",
        "  }").file());
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
  void staticFieldCompilesOnceItIsFinal() {
    // the advice of nonFinalStaticFieldIsNotConstant, followed
    assertCompilesCleanly(foo(
        "  static final double k = 2;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return k * x;",
        "  }").file());
  }

  @Test
  void staticFieldCompilesAsAParameter() {
    // the advice of nonFinalStaticFieldIsNotConstant, followed
    assertCompilesCleanly(foo(
        "  static double k = 2;",
        "",
        "  @Differentiable",
        "  static double f(double x, double k) {",
        "    return k * x;",
        "  }").file());
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
  void finalFieldAssignedInAStaticBlockCompilesOnceItIsPackagePrivate() {
    // the advice of privateFinalFieldAssignedInAStaticBlockIsNotConstant, followed
    assertCompilesCleanly(foo(
        "  static final double K;",
        "  static {",
        "    K = Math.sqrt(2);",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * K;",
        "  }").file());
  }

  @Test
  void privateRealHelperIsCallableOnceItIsDifferentiable() {
    // the first advice of callOfAPrivatePlainMethodIsUnsupported, followed
    assertCompilesCleanly(foo(
        "  @Differentiable",
        "  private static double sigmoid(double z) {",
        "    return 1 / (1 + Math.exp(-z));",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return sigmoid(x) * x;",
        "  }").file());
  }

  @Test
  void privateIndexHelperIsNotCallable() {
    assertReportsExactly(foo(
        "  private static int lower(int r, int c) {",
        "    return r * (r + 1) / 2 + c;",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double[] l) {",
        "    return l[lower(1, 0)] * l[0];",
        "    //            ^ [Adjoint/Unsupported] Foo.lower is private, so the generated"
            + " derivatives cannot call it; make it package-private",
        "  }"));
  }

  @Test
  void privateIndexHelperIsCallableOnceItIsPackagePrivate() {
    // the advice of privateIndexHelperIsNotCallable, followed
    assertCompilesCleanly(foo(
        "  static int lower(int r, int c) {",
        "    return r * (r + 1) / 2 + c;",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double[] l) {",
        "    return l[lower(1, 0)] * l[0];",
        "  }").file());
  }

  @Test
  void privateFinalFieldCompilesOnceItsInitializerCallsADifferentiableHelper() {
    // the first advice of privateFinalFieldWhoseInitializerCallsAPrivateMethodIsNotConstant
    assertCompilesCleanly(foo(
        "  private static final double K = root(2);",
        "",
        "  @Differentiable",
        "  private static double root(double v) {",
        "    return Math.sqrt(v);",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * K;",
        "  }").file());
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

  @Test
  void privateFinalFieldCompilesOnceItsInitializerCallsAPackagePrivateMethod() {
    // the advice of privateFinalFieldWhoseInitializerCallsAPrivateMethodIsNotConstant, followed
    assertCompilesCleanly(foo(
        "  private static final double K = root(2);",
        "",
        "  static double root(double v) {",
        "    return Math.sqrt(v);",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * K;",
        "  }").file());
  }

  @Test
  void finalFieldWhoseInitializerCallsAPrivateMethodCompilesOnceItIsPackagePrivate() {
    // the advice of privateFinalFieldWhoseInitializerCallsAPrivateMethodIsNotConstant, followed
    assertCompilesCleanly(foo(
        "  static final double K = root(2);",
        "",
        "  private static double root(double v) {",
        "    return Math.sqrt(v);",
        "  }",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    return x * K;",
        "  }").file());
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
  void everyProblemOfAMethodFixedAsAdvisedCompiles() {
    // the advice of everyProblemOfAMethodIsReportedInOneCompile, followed
    assertCompilesCleanly(foo(
        "  static final double scale = 2.0;",
        "",
        "  @Differentiable",
        "  static double f(double x) {",
        "    double y = x * 2.0;",
        "    y = y - 3.0 * Math.floor(y / 3.0);",
        "    while (y > 1) {",
        "      y = y / 2;",
        "      continue;",
        "    }",
        "    return y * scale;",
        "  }").file());
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
