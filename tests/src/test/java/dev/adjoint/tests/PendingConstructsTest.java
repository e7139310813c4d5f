package dev.adjoint.tests;

import static dev.adjoint.tests.oracle.FunctionCase.of;
import static dev.adjoint.tests.oracle.Param.bool;
import static dev.adjoint.tests.oracle.Param.constant;
import static dev.adjoint.tests.oracle.Param.integer;
import static dev.adjoint.tests.oracle.Param.longInt;
import static dev.adjoint.tests.oracle.Param.matrix;
import static dev.adjoint.tests.oracle.Param.real;
import static dev.adjoint.tests.oracle.Param.receiver;
import static dev.adjoint.tests.oracle.Param.vector;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.adjoint.tests.oracle.CaseTests;
import dev.adjoint.tests.oracle.FunctionCase;
import dev.adjoint.tests.oracle.Oracles;
import dev.adjoint.tests.oracle.Sampler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Constructs the processor gets wrong or once got wrong (found by this corpus or by random
 * programs), kept as sources in {@code src/test/resources/pending/} (each file's javadoc says what
 * went wrong). This test compiles each
 * file with the processor, in process, as Maven would; then
 *
 * <ul>
 *   <li>a {@link Fix#MUST_COMPILE} construct (one the contract lists as supported) must compile, and its
 *       functions must pass every oracle;
 *   <li>a {@link Fix#COMPILE_OR_REFUSE} construct may instead be refused, but only by clear Adjoint
 *       errors (never {@code [Adjoint/Internal]}, never a crash); if it compiles, its derivatives must be
 *       right.
 * </ul>
 *
 * <p>They guard against regressions, whichever kind of fix each got. The twins are checked in any case
 * against the same file compiled as plain Java. A new construct the processor gets wrong goes here first,
 * and moves into the compiled corpus (src/test/java/dev/adjoint/tests/corpus/) once it passes.
 */
class PendingConstructsTest {

  enum Fix { MUST_COMPILE, COMPILE_OR_REFUSE }

  /** A pending source file, how it may be fixed, and the oracle cases of its functions once compiled. */
  record Pending(String file, Fix fix, Function<Class<?>, List<FunctionCase>> cases) {}

  static List<Pending> pending() {
    return List.of(
        new Pending("IndexHelperInIndex", Fix.MUST_COMPILE, c -> List.of(
            of(c, "mirroredProducts", vector("x", "n", -2, 2)).dim("n", 1, 8)
                .twin(a -> {
                  Gradient[] x = a.gv("x");
                  Gradient s = a.c(0);
                  for (int i = 0; i < x.length; i++) {
                    s = s.add(x[i].multiply(x[x.length - 1 - i]));
                  }
                  return s;
                }),
            of(c, "lastTimesTwo", vector("x", "n", -2, 2)).dim("n", 1, 8)
                .twin(a -> a.gv("x")[a.v("x").length - 1].multiply(2)))),
        new Pending("UnqualifiedFieldLength", Fix.MUST_COMPILE, c -> List.of(
            of(c, "tableSeries", real("u", -1, 1))
                .twin(a -> {
                  double[] table = {1.0, -0.5, 0.25, 0.125};
                  Gradient s = a.c(0);
                  for (int k = 0; k < table.length; k++) {
                    s = s.add(a.g("u").multiply(k).exp().multiply(table[k]));
                  }
                  return s;
                }),
            of(c, "squaredError", receiver(), vector("w", "d", -2, 2)).dim("n", 1, 6).dim("d", 1, 4)
                .sampler("self", dataModel(c))
                .twin(a -> {
                  Object self = a.self(Object.class);
                  double[][] x = (double[][]) field(self, "x");
                  double[] y = (double[]) field(self, "y");
                  Gradient[] w = a.gv("w");
                  Gradient s = a.c(0);
                  for (int i = 0; i < x.length; i++) {
                    s = s.add(LossesOracleTest.affine(w, a.c(-y[i]), x[i]).square());
                  }
                  return s.multiply(0.5);
                }))),
        new Pending("MatrixRowHelpers", Fix.COMPILE_OR_REFUSE, c -> List.of(
            of(c, "rowDots", matrix("m", "n", "d", -2, 2), vector("v", "d", -2, 2)).dim("n", 1, 5).dim("d", 1, 5)
                .twin(a -> {
                  Gradient[][] m = a.gm("m");
                  Gradient s = a.c(0);
                  for (Gradient[] row : m) {
                    s = s.add(ReductionsOracleTest.dot(row, a.gv("v")));
                  }
                  return s;
                }),
            of(c, "rowSums", matrix("m", "n", "d", -2, 2)).dim("n", 1, 5).dim("d", 1, 5)
                .twin(a -> {
                  Gradient[][] m = a.gm("m");
                  Gradient s = a.c(0);
                  for (int i = 0; i < m.length; i++) {
                    for (Gradient e : m[i]) {
                      s = s.add(e.multiply(i));
                    }
                  }
                  return s;
                }),
            of(c, "rowLogSumExps", matrix("m", "n", "d", -3, 3)).dim("n", 1, 5).dim("d", 1, 5)
                .twin(a -> {
                  Gradient s = a.c(0);
                  for (Gradient[] row : a.gm("m")) {
                    s = s.add(ReductionsOracleTest.logSumExp(row));
                  }
                  return s;
                }))),
        new Pending("DroppedArguments", Fix.COMPILE_OR_REFUSE, c -> List.of(
            of(c, "throughNoDerivative", real("x", -2, 2), real("e", 0.2, 2))
                .twin(a -> a.g("x").square().add(a.g("e").pow(4)).sqrt()),
            of(c, "onlyX", real("x", -2, 2), constant("y", -2, 2))
                .twin(a -> a.g("x").multiply(a.d("y") * a.d("y"))),
            of(c, "throughWrt", real("x", -2, 2), real("y", -2, 2))
                .twin(a -> a.g("x").multiply(a.g("y").square()).add(a.g("y").multiply(a.g("x").square()))))),
        new Pending("IndexedCallResults", Fix.COMPILE_OR_REFUSE, c -> List.of(
            of(c, "squares", vector("x", "n", -2, 2)).dim("n", 1, 8)
                .vectorTwin(a -> powers(a.gv("x"), 2)),
            of(c, "sumOfIndexedSquares", vector("x", "n", -2, 2)).dim("n", 1, 8)
                .twin(a -> ReductionsOracleTest.dot(a.gv("x"), a.gv("x"))),
            of(c, "recursivePowers", vector("x", "n", -1.5, 1.5), integer("n", 0, 3)).dim("n", 1, 4)
                .vectorTwin(a -> powers(a.gv("x"), a.i("n") + 1)))),
        new Pending("BooleanArguments", Fix.MUST_COMPILE, c -> List.of(
            of(c, "flagged", real("x", -2, 2), bool("negate"), longInt("k", 0, 4))
                .twin(a -> a.b("negate") ? a.g("x").multiply(-a.l("k")) : a.g("x").square().multiply(a.l("k"))),
            of(c, "callsFlagged", real("x", -2, 2), real("y", -2, 2), bool("b"))
                .where(a -> Math.abs(a.d("x")) > 0.01 && Math.abs(a.d("y") - 1.0) > 0.01)
                .twin(a -> {
                  Gradient x = a.g("x");
                  Gradient y = a.g("y");
                  Gradient xy = x.multiply(y);
                  Gradient first = x.getValue() > 0 ? xy.multiply(-3) : xy.square().multiply(3);
                  Gradient second = a.b("b") ? y.multiply(-2) : y.square().multiply(2);
                  Gradient third = y.getValue() > 1.0 ? x.negate() : x.square();
                  return first.add(second).add(third);
                }))),
        new Pending("VarArrayLocal", Fix.MUST_COMPILE, c -> List.of(
            of(c, "squares", vector("x", "n", -2, 2)).dim("n", 1, 8)
                .vectorTwin(a -> powers(a.gv("x"), 2)),
            of(c, "varArrayCall", vector("x", "n", -2, 2)).dim("n", 1, 8)
                .twin(a -> {
                  Gradient[] x = a.gv("x");
                  Gradient s = a.c(0);
                  for (int i = 0; i < x.length; i++) {
                    s = s.add(x[i].square().multiply(i + 1));
                  }
                  return s;
                }))),
        new Pending("RandomProgramFindings", Fix.MUST_COMPILE, c -> List.of(
            of(c, "fillReadsItself", real("z", -2, 2))
                .twin(a -> a.g("z").multiply(4)),
            of(c, "storeCallReadingSlot", real("z", -2, 2))
                .twin(a -> a.g("z").divide(64)),
            of(c, "branchOnReassigned", real("x", 0, 2))
                .where(a -> Math.abs(a.d("x") - 1.0) > 0.01)
                .twin(a -> a.g("x").square().multiply(a.d("x") < 1.0 ? 12 : 36)),
            of(c, "branchOnReassignedStacks", real("x", 0, 2))
                .where(a -> Math.abs(a.d("x") - 1.0) > 0.01)
                .twin(a -> {
                  Gradient x = a.g("x");
                  Gradient s = a.c(0.5);
                  Gradient t = a.c(1.0);
                  for (int i = 0; i < 3; i++) {
                    if (x.getValue() < 1.0) {
                      s = s.square().add(x);
                    } else {
                      t = t.square().add(x.multiply(3));
                    }
                  }
                  return s.add(t).add(x.multiply(4));
                }),
            of(c, "indexReadsTarget", real("x", -0.9, 0.9))
                .twin(a -> a.g("x").square()),
            of(c, "indexReadsOverwritten", real("x", -2, 2))
                .twin(a -> a.g("x").square().multiply(3)),
            of(c, "sumIntoFirst", real("x", -2, 2))
                .twin(a -> a.g("x").multiply(3).add(0.5)),
            of(c, "dotIntoFirst", real("x", -2, 2))
                .twin(a -> a.g("x").square().multiply(5).add(0.25)),
            of(c, "logSumExpIntoFirst", real("x", -2, 2))
                .twin(a -> a.g("x").exp().add(a.g("x").multiply(2).exp()).add(Math.exp(0.5)).log()),
            of(c, "counterIndexesAnInactiveArray", real("x", -3, 3))
                .twin(a -> a.g("x").multiply(8)),
            of(c, "whileCounter", real("x", -3, 3))
                .twin(a -> risingProduct(a.g("x")).multiply(6)),
            of(c, "doWhileCounter", real("x", -3, 3))
                .twin(a -> risingProduct(a.g("x")).multiply(6)),
            of(c, "forWithBreak", real("x", -3, 3))
                .twin(a -> risingProduct(a.g("x")).multiply(6)),
            of(c, "compoundCondition", vector("v", "n", -2, 2), integer("m", 0, 6)).dim("n", 1, 5)
                .twin(a -> {
                  Gradient[] v = a.gv("v");
                  Gradient s = a.c(1);
                  for (int i = 0; i < Math.min(a.i("m"), v.length); i++) {
                    s = s.multiply(v[i].add(i));
                  }
                  return s;
                }),
            of(c, "hypotOfInactiveZero", real("x", -2, 2))
                .twin(a -> a.g("x").square()),
            of(c, "overflowOverwritten", real("x", 1.5, 3))
                .twin(a -> a.g("x").square()),
            of(c, "scratchArrayPerIteration", real("x", -2, 2))
                .twin(a -> a.g("x").sin().sin().sin()),
            of(c, "recomputeWithoutPartial", real("x", -2, 2), real("y", -2, 2))
                .twin(a -> a.g("x").multiply(a.g("y"))),
            of(c, "overflowUsedOnlyInBranchNotTaken", real("x", 710, 800))
                .twin(a -> a.g("x")),
            of(c, "overflowUsedOnlyInBranchInLoop", real("x", 400, 500))
                .twin(a -> a.g("x").multiply(3)),
            of(c, "overflowInAnElementNotReturned", real("x", 30, 40))
                .twin(a -> a.g("x").multiply(2)),
            of(c, "overflowInAnElementOverwritten", real("x", 30, 40))
                .twin(a -> a.g("x").multiply(3)),
            of(c, "overflowInAnElementNotReadAtAVariableIndex", real("x", 30, 40),
                integer("i", 0, 0))
                .twin(a -> a.g("x").multiply(2)))),
        new Pending("OrderTwoLoopInBranch", Fix.MUST_COMPILE, c -> List.of(
            of(c, "loopInBranch", real("x", -2, 2), real("y", -2, 2))
                .where(a -> Math.abs(a.d("y")) > 0.01)
                .hessianTwin(a -> {
                  DerivativeStructure x = a.s("x");
                  DerivativeStructure y = a.s("y");
                  if (y.getValue() <= 0.0) {
                    return x.multiply(y);
                  }
                  DerivativeStructure t = a.sc(1);
                  for (int i = 0; i < 3; i++) {
                    t = t.multiply(x).add(y);
                  }
                  return t;
                }))),
        new Pending("OrderTwoScratchArray", Fix.MUST_COMPILE, c -> List.of(
            of(c, "scratchPerIteration", real("y", -0.5, 0.5))
                .hessianTwin(a -> {
                  DerivativeStructure y = a.s("y");
                  for (int k = 0; k < 3; k++) {
                    y = y.subtract(y.square());
                  }
                  return y;
                }))),
        new Pending("GuardBeforeArray", Fix.MUST_COMPILE, c -> List.of(
            of(c, "guardBeforeArray", real("x", -3, 2))
                .where(a -> Math.abs(a.d("x") + 1.0) > 0.01)
                .twin(a -> a.d("x") < -1.0 ? a.g("x") : a.g("x").square().add(a.g("x"))))),
        new Pending("ReassignedConstantParameter", Fix.MUST_COMPILE, c -> List.of(
            of(c, "reassignedNoDerivative", real("z", -2, 2), constant("x", -2, 2))
                .twin(a -> a.g("z").square().multiply(a.d("x"))),
            of(c, "reassignedOutsideWrt", real("z", -2, 2), constant("x", -2, 2))
                .twin(a -> a.g("z").multiply(a.d("x") + 1)))),
        new Pending("UninitializedLocal", Fix.MUST_COMPILE, c -> List.of(
            of(c, "assignedOrReturned", real("x", -2, 2))
                .where(a -> Math.abs(a.d("x")) > 0.01)
                .twin(a -> a.d("x") > 0.0 ? a.g("x").pow(3) : a.g("x").negate()))),
        new Pending("ConstantArgumentArrayCall", Fix.MUST_COMPILE, c -> List.of(
            of(c, "pair", real("t", -2, 2))
                .vectorTwin(a -> new Gradient[] {a.g("t"), a.g("t").square()}),
            of(c, "constantThenActive", real("x", -2, 2))
                .twin(a -> a.g("x").negate().add(0.25).square().add(0.5)))));
  }

  /** {@code x (x + 1) (x + 2)}. */
  private static Gradient risingProduct(Gradient x) {
    return x.multiply(x.add(1)).multiply(x.add(2));
  }

  @TestFactory
  Stream<DynamicNode> pendingConstructs() {
    return pending().stream().map(p -> {
      Compiled compiled = compile(p.file(), true);
      List<DynamicNode> nodes = new ArrayList<>();
      // the twins are checked against the plain Java methods whatever the processor does
      Compiled plain = compile(p.file(), false);
      if (plain.owner() == null) {
        throw new AssertionError(p.file() + " is not valid Java:\n" + plain.report());
      }
      for (FunctionCase c : p.cases().apply(plain.owner())) {
        nodes.add(dynamicTest("twin of " + c.method() + " vs the plain Java method",
            () -> Oracles.twinSelfCheck(c)));
      }
      if (compiled.owner() == null) {
        nodes.add(dynamicTest(p.fix() == Fix.MUST_COMPILE
            ? "compiles with the processor (a construct the contract supports)"
            : "compiles, or is refused by clear Adjoint errors only", () -> {
              if (p.fix() == Fix.MUST_COMPILE || !compiled.refusedCleanly()) {
                throw new AssertionError(p.file() + " does not compile:\n" + compiled.report());
              }
            }));
      } else {
        nodes.add(dynamicTest("compiles with the processor", () -> { }));
        CaseTests.of(p.cases().apply(compiled.owner())).forEach(nodes::add);
      }
      return dynamicContainer(p.file(), nodes.stream());
    });
  }

  /** The result of compiling one pending file: the loaded class if it compiled, else the errors. */
  record Compiled(Class<?> owner, List<String> errors, String crash) {
    boolean refusedCleanly() {
      return crash == null && !errors.isEmpty()
          && errors.stream().allMatch(e -> e.contains("[Adjoint/") && !e.contains("[Adjoint/Internal]"));
    }

    String report() {
      return crash != null ? "the processor crashed: " + crash : String.join("\n", errors);
    }
  }

  /** Compiles pending/{@code name}.java, with the processor or as plain Java ({@code -proc:none}). */
  private static Compiled compile(String name, boolean withProcessor) {
    try {
      Path dir = Files.createTempDirectory("adjoint-pending-");
      Path source = dir.resolve(name + ".java");
      try (InputStream in = PendingConstructsTest.class.getResourceAsStream("/pending/" + name + ".java")) {
        if (in == null) {
          throw new AssertionError("no resource pending/" + name + ".java");
        }
        Files.write(source, in.readAllBytes());
      }
      Path classes = Files.createDirectories(dir.resolve("classes"));
      Path generated = Files.createDirectories(dir.resolve("generated"));
      String runtime = location("dev.adjoint.Differentiable");
      String processorPath = String.join(java.io.File.pathSeparator,
          location("dev.adjoint.processor.DifferentiableProcessor"), location("com.palantir.javapoet.JavaFile"),
          runtime);
      String classPath = String.join(java.io.File.pathSeparator, runtime, location("dev.adjoint.testlib.Kernels"));
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      boolean ok;
      String crash = null;
      try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        List<String> options = new ArrayList<>(List.of("-classpath", classPath, "-d", classes.toString(),
            "-s", generated.toString(), "-parameters", "-implicit:none"));
        options.addAll(withProcessor ? List.of("-processorpath", processorPath) : List.of("-proc:none"));
        JavaCompiler.CompilationTask task =
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjects(source));
        try {
          ok = task.call();
        } catch (RuntimeException | StackOverflowError e) {
          ok = false;
          Throwable root = e;
          while (root.getCause() != null) {
            root = root.getCause();
          }
          // the first frames inside Adjoint say where it went wrong
          String frames = Stream.of(root.getStackTrace())
              .filter(f -> f.getClassName().startsWith("dev.adjoint.")).limit(3)
              .map(StackTraceElement::toString).collect(Collectors.joining(", "));
          crash = root + (frames.isEmpty() ? "" : " at " + frames);
        }
      }
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> name + ".java:" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT).lines().findFirst().orElse(""))
          .collect(Collectors.toList());
      if (!ok) {
        return new Compiled(null, errors, crash);
      }
      URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
          PendingConstructsTest.class.getClassLoader());
      return new Compiled(Class.forName("dev.adjoint.tests.pending." + name, true, loader), errors, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  /** The jar or directory that holds {@code className}, as a path for javac. */
  private static String location(String className) {
    try {
      Class<?> c = Class.forName(className, false, PendingConstructsTest.class.getClassLoader());
      return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (ClassNotFoundException | URISyntaxException e) {
      throw new AssertionError("cannot locate " + className + " on the test class path", e);
    }
  }

  /** A receiver of {@code owner(double[][] x, double[] y)} with random data of sizes n x d. */
  private static Sampler dataModel(Class<?> owner) {
    return (random, dims) -> {
      double[][] x = new double[dims.get("n")][dims.get("d")];
      double[] y = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        for (int j = 0; j < x[i].length; j++) {
          x[i][j] = 4 * random.nextDouble() - 2;
        }
        y[i] = 4 * random.nextDouble() - 2;
      }
      try {
        return owner.getConstructor(double[][].class, double[].class).newInstance(x, y);
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  private static Object field(Object self, String name) {
    try {
      return self.getClass().getField(name).get(self);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Gradient[] powers(Gradient[] x, int p) {
    Gradient[] y = new Gradient[x.length];
    for (int i = 0; i < x.length; i++) {
      y[i] = x[i].pow(p);
    }
    return y;
  }
}
