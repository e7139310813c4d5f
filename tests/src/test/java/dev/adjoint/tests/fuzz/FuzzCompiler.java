package dev.adjoint.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * In-process javac with the Adjoint processor, compiling many classes of generated programs
 * per call. Reports errors by the class they belong to: an error in {@code XDerivatives.java}
 * (generated code) belongs to {@code X}.
 */
final class FuzzCompiler implements AutoCloseable {
  /** The errors of one compilation, keyed by class; key {@code ""} for errors with no source. */
  record Outcome(boolean ok, Map<String, List<Error>> errors) {}

  /** One error: in the class's own source or in its generated companion, at a line. */
  record Error(boolean generated, long line, String message) {}

  private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
  private final StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT,
      null);
  private final String classPath = System.getProperty("java.class.path");

  /** Compiles {@code sources} (class name to text) into {@code out}, tbr analysis on or off. */
  Outcome compile(Map<String, String> sources, Path out, boolean tbrOff) {
    try {
      Files.createDirectories(out);
      files.setLocation(StandardLocation.CLASS_OUTPUT, List.of(out.toFile()));
      files.setLocation(StandardLocation.SOURCE_OUTPUT, List.of(out.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> options = new ArrayList<>(List.of("-classpath", classPath,
        "-processorpath", classPath, "-processor", "dev.adjoint.processor.DifferentiableProcessor",
        "-parameters", "-implicit:none", "-nowarn", "-Xmaxerrs", "1000000",
        // report the errors of every class, not only of the first classes that have some
        "-XDshould-stop.ifError=FLOW"));
    if (tbrOff) {
      options.add("-Aadjoint.tbr=off");
    }
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, List<Error>> errors = new LinkedHashMap<>();
    boolean ok;
    try {
      ok = javac.getTask(null, files, diagnostics, options, null, units).call();
    } catch (RuntimeException crash) {
      ok = false;
      errors.computeIfAbsent("", k -> new ArrayList<>())
          .add(new Error(false, 0, "javac crashed: " + crash));
    }
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        boolean generated = d.getSource() != null
            && d.getSource().toUri().getPath().endsWith("Derivatives.java");
        errors.computeIfAbsent(owner(d), k -> new ArrayList<>())
            .add(new Error(generated, d.getLineNumber(), describe(d)));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.put("", List.of(new Error(false, 0, "javac failed without an error")));
    }
    return new Outcome(ok, errors);
  }

  private static String owner(Diagnostic<? extends JavaFileObject> d) {
    if (d.getSource() == null) {
      return "";
    }
    String file = Path.of(d.getSource().toUri().getPath()).getFileName().toString();
    String name = file.replace(".java", "");
    return name.endsWith("Derivatives") ? name.substring(0, name.length() - 11) : name;
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    String file = d.getSource() == null ? "" : Path.of(d.getSource().toUri().getPath())
        .getFileName() + ":" + d.getLineNumber() + ": ";
    return file + d.getMessage(Locale.ROOT);
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  /** A compilation unit held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String className, String text) {
      super(URI.create("string:///" + Sources.PACKAGE + "/" + className + ".java"),
          Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
