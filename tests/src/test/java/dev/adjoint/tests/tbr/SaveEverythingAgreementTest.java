package dev.adjoint.tests.tbr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the whole corpus with to-be-recorded analysis off ({@code -Aadjoint.tbr=off}: every
 * overwritten value saved, nothing recomputed or kept per iteration) and checks every generated
 * VJP gives the same values and accumulators as the optimised build, at random points. The
 * analysis decides what is not saved; this catches it dropping a value the reverse sweep needs.
 */
class SaveEverythingAgreementTest {
  /** The corpus packages compiled both ways: the derivative corpus and the "written as found" corpus. */
  private static final List<String> PACKAGES = List.of("dev.adjoint.tests.corpus", "dev.adjoint.tests.found");
  private static final int POINTS = 20;

  @TempDir static Path out;
  private static ClassLoader naive;

  @BeforeAll
  static void compileWithAnalysisOff() throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<File> sources = new ArrayList<>();
    for (String pkg : PACKAGES) {
      try (Stream<Path> files = Files.list(Path.of("src/test/java", pkg.split("\\.")))) {
        sources.addAll(files.filter(p -> p.toString().endsWith(".java")).map(Path::toFile).toList());
      }
    }
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of("-d", out.toString(), "-s", out.toString(),
          "-classpath", System.getProperty("java.class.path"),
          "-processorpath", System.getProperty("java.class.path"),
          "-processor", "dev.adjoint.processor.DifferentiableProcessor",
          "-Aadjoint.tbr=off", "-parameters", "-implicit:none");
      boolean ok = javac.getTask(null, files, diagnostics, options, null,
          files.getJavaFileObjectsFromFiles(sources)).call();
      assertTrue(ok, () -> "the corpus did not compile with -Aadjoint.tbr=off: "
          + diagnostics.getDiagnostics());
    }
    naive = new ChildFirst(new URL[] {out.toUri().toURL()},
        SaveEverythingAgreementTest.class.getClassLoader());
  }

  /** Loads the corpus classes from the naive build, everything else from the test's loader. */
  private static final class ChildFirst extends URLClassLoader {
    ChildFirst(URL[] urls, ClassLoader parent) {
      super(urls, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      synchronized (getClassLoadingLock(name)) {
        if (PACKAGES.stream().anyMatch(pkg -> name.startsWith(pkg + "."))) {
          Class<?> c = findLoadedClass(name);
          if (c == null) {
            c = findClass(name);
          }
          return c;
        }
        return super.loadClass(name, resolve);
      }
    }
  }

  @TestFactory
  Stream<DynamicTest> everyVjpAgreesWithTheNaiveScheme() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (String pkg : PACKAGES) {
      addVjps(pkg, tests);
    }
    assertTrue(tests.size() > 200, "expected the whole corpus, found " + tests.size() + " VJPs");
    return tests.stream();
  }

  private static void addVjps(String pkg, List<DynamicTest> tests) throws IOException {
    try (Stream<Path> files = Files.list(out.resolve(pkg.replace('.', '/')))) {
      for (Path p : files.filter(f -> f.toString().endsWith("Derivatives.class")).sorted()
          .toList()) {
        String simple = p.getFileName().toString().replace(".class", "");
        Class<?> optimised = Class.forName(pkg + "." + simple);
        Class<?> saved = naive.loadClass(pkg + "." + simple);
        Method[] methods = optimised.getMethods();
        Arrays.sort(methods, java.util.Comparator.comparing(Method::toString));
        for (Method m : methods) {
          if (m.getName().endsWith("Vjp") && Modifier.isStatic(m.getModifiers())
              && supported(m)) {
            Method twin = saved.getMethod(m.getName(), m.getParameterTypes());
            tests.add(DynamicTest.dynamicTest(simple + "." + m.getName(),
                () -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> agree(m, twin),
                    simple + "." + m.getName() + " did not finish")));
          }
        }
      }
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean supported(Method m) {
    for (Class<?> t : m.getParameterTypes()) {
      if (!(t == double.class || t == int.class || t == long.class || t == boolean.class
          || t == double[].class || t == double[][].class)) {
        return false; // a receiver: instance methods are covered by their own oracles
      }
    }
    return true;
  }

  private static void agree(Method optimised, Method saved) throws Exception {
    Random random = new Random(optimised.getName().hashCode());
    for (int point = 0; point < POINTS; point++) {
      long seed = random.nextLong();
      Object[] a = arguments(optimised, new Random(seed));
      Object[] b = arguments(optimised, new Random(seed));
      Object ra = invoke(optimised, a);
      Object rb = invoke(saved, b);
      String where = optimised.getDeclaringClass().getSimpleName() + "." + optimised.getName()
          + " at " + Arrays.deepToString(a);
      assertClose(ra, rb, where + ": value");
      for (int i = 0; i < a.length; i++) {
        assertClose(a[i], b[i], where + ": argument or accumulator " + i);
      }
    }
  }

  private static Object invoke(Method m, Object[] args) throws Exception {
    try {
      return m.invoke(null, args);
    } catch (InvocationTargetException e) {
      return e.getCause().getClass(); // both builds must fail the same way
    }
  }

  /** Inputs in [0.1, 0.6] (inside the domains of logs, roots, acos and Kepler's e < 1), arrays of length 5, small ints. */
  private static Object[] arguments(Method m, Random random) {
    Parameter[] params = m.getParameters();
    Object[] args = new Object[params.length];
    for (int i = 0; i < params.length; i++) {
      Class<?> t = params[i].getType();
      if (t == double.class) {
        args[i] = 0.1 + 0.5 * random.nextDouble();
      } else if (t == int.class) {
        args[i] = 2;
      } else if (t == long.class) {
        args[i] = 2L;
      } else if (t == boolean.class) {
        args[i] = random.nextBoolean();
      } else if (t == double[].class) {
        double[] v = new double[5];
        for (int k = 0; k < v.length; k++) {
          v[k] = 0.1 + 0.5 * random.nextDouble();
        }
        args[i] = v;
      } else {
        double[][] v = new double[5][5];
        for (double[] row : v) {
          for (int k = 0; k < row.length; k++) {
            row[k] = 0.1 + 0.5 * random.nextDouble();
          }
        }
        args[i] = v;
      }
    }
    return args;
  }

  private static void assertClose(Object a, Object b, String where) {
    if (a instanceof Double x && b instanceof Double y) {
      boolean same = x.equals(y) || Math.abs(x - y) <= 1e-12 * Math.max(1, Math.abs(x));
      assertTrue(same, where + ": " + x + " (analysis on) vs " + y + " (off)");
    } else if (a instanceof double[] x && b instanceof double[] y) {
      assertEquals(x.length, y.length, where);
      for (int k = 0; k < x.length; k++) {
        assertClose(x[k], y[k], where + "[" + k + "]");
      }
    } else if (a instanceof double[][] x && b instanceof double[][] y) {
      assertEquals(x.length, y.length, where);
      for (int k = 0; k < x.length; k++) {
        assertClose(x[k], y[k], where + "[" + k + "]");
      }
    } else {
      assertEquals(a, b, where);
    }
  }
}
