package dev.adjoint.tests.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Generates, compiles and checks programs in batches, then shrinks failures and writes each
 * shrunk program to {@code reportDir}.
 */
final class FuzzRun {
  record Settings(long seed, int programs, long millis, int programsPerClass,
      int classesPerBatch, int shrinkPerKind, int shrinkBudget, Path reportDir) {}

  /** A program that failed, and the failure. */
  record Found(Program program, Failure failure) {}

  private final Settings settings;
  private final PrintStream log;
  final List<Found> found = new ArrayList<>();
  final List<Path> written = new ArrayList<>();
  /** Programs javac itself compiles to bytecode that does not verify; they cannot be checked. */
  final List<Program> miscompiled = new ArrayList<>();
  /** Programs too large for the save-everything build, checked on the optimised one alone. */
  final List<Program> checkedWithoutSaveAll = new ArrayList<>();
  int programs;
  double seconds;

  FuzzRun(Settings settings, PrintStream log) {
    this.settings = settings;
    this.log = log;
  }

  void run() throws IOException {
    long start = System.nanoTime();
    long deadline = settings.millis() > 0 ? start + settings.millis() * 1_000_000 : Long.MAX_VALUE;
    Random seeds = new Random(settings.seed());
    Path work = Files.createTempDirectory("adjoint-fuzz");
    try (FuzzCompiler first = new FuzzCompiler(); FuzzCompiler second = new FuzzCompiler();
        Watchdog watchdog = new Watchdog(10_000)) {
      FuzzCompiler[] compilers = {first, second};
      for (int batch = 0; programs < settings.programs() && System.nanoTime() < deadline;
          batch++) {
        Map<String, List<Program>> classes = new LinkedHashMap<>();
        for (int c = 0; c < settings.classesPerBatch() && programs < settings.programs(); c++) {
          List<Program> inClass = new ArrayList<>();
          for (int k = 0; k < settings.programsPerClass() && programs < settings.programs();
              k++) {
            inClass.add(ProgramGen.generate(seeds.nextLong(), "p" + programs++));
          }
          classes.put("B" + batch + "C" + c, inClass);
        }
        Path dir = work.resolve("b" + batch);
        long compileStart = System.nanoTime();
        BatchBuild build = new BatchBuild(compilers, classes, dir, true);
        long checkStart = System.nanoTime();
        build.failures.forEach((p, f) -> report(new Found(p, f)));
        build.miscompiled.forEach((p, why) -> {
          miscompiled.add(p);
          log.printf("fuzz: javac compiles %s to bytecode that does not verify, not checked: %s%n",
              p.main().name(), why.lines().findFirst().orElse(why));
        });
        for (BatchBuild.Loaded l : build.loaded) {
          Failure f = watchdog.run(() -> new Checker(l.program(), l.optimised(), l.saveAll())
              .check());
          if (f != null) {
            report(new Found(l.program(), f));
          }
        }
        for (Program p : build.tooLargeToSaveAll) {
          checkedWithoutSaveAll.add(p);
          log.printf("fuzz: %s: its -Aadjoint.tbr=off build exceeds the JVM's 64 KB limit on a"
              + " method; checked on the optimised build alone%n", p.main().name());
          Failure f = evaluate(p, new Failure("optimised build only", ""), compilers, watchdog,
              dir.resolve(p.main().name()));
          if (f != null) {
            report(new Found(p, f));
          }
        }
        build.close();
        delete(dir);
        double elapsed = (System.nanoTime() - start) / 1e9;
        log.printf("fuzz: %d programs, %d failing, %.1f programs/s (batch: %d compile rounds"
            + " %.1f s, checks %.1f s)%n", programs, found.size(), programs / elapsed,
            build.rounds(), (checkStart - compileStart) / 1e9, (System.nanoTime() - checkStart) / 1e9);
      }
      seconds = (System.nanoTime() - start) / 1e9;
      shrinkAndWrite(compilers, watchdog, work);
      writeMiscompiled();
    } finally {
      delete(work);
    }
  }

  /** Keeps a failure and says so at once: a long run shrinks and writes only at its end. */
  private void report(Found f) {
    found.add(f);
    log.printf("fuzz: %s (program seed %d) failed: %s: %s%n", f.program().main().name(),
        f.program().seed(), f.failure().kind(), f.failure().detail());
  }

  /** Shrinks the smallest few failing programs of each kind and writes them out. */
  private void shrinkAndWrite(FuzzCompiler[] compilers, Watchdog watchdog, Path work)
      throws IOException {
    Map<String, List<Found>> byKind = new LinkedHashMap<>();
    for (Found f : found) {
      byKind.computeIfAbsent(f.failure().kind(), k -> new ArrayList<>()).add(f);
    }
    Files.createDirectories(settings.reportDir());
    int[] counter = {0};
    for (Map.Entry<String, List<Found>> e : byKind.entrySet()) {
      List<Found> smallest = e.getValue().stream()
          .sorted(Comparator.comparingInt(f -> size(f.program()))).limit(settings.shrinkPerKind())
          .toList();
      log.printf("fuzz: %d failing: %s%n", e.getValue().size(), e.getKey());
      List<String> seen = new ArrayList<>();
      for (Found f : smallest) {
        Shrinker shrinker = new Shrinker(
            p -> evaluate(p, f.failure(), compilers, watchdog, work.resolve("s" + counter[0]++)),
            settings.shrinkBudget());
        Shrinker.Result r = shrinker.shrink(f.program(), f.failure());
        String text = render(r.program(), "Shrunk", r.failure());
        if (seen.contains(text)) {
          continue;
        }
        seen.add(text);
        Path file = settings.reportDir().resolve("Shrunk" + written.size() + ".java");
        Files.writeString(file, render(r.program(), "Shrunk" + written.size(), r.failure()));
        written.add(file);
        log.printf("fuzz:   shrunk in %d steps to %s%n", r.evaluations(), file);
      }
    }
  }

  /** Writes each program javac miscompiles as it is, for a report to javac's maintainers. */
  private void writeMiscompiled() throws IOException {
    for (Program p : miscompiled) {
      String name = "JavacMiscompiled" + written.size();
      Path file = settings.reportDir().resolve(name + ".java");
      Files.createDirectories(settings.reportDir());
      Files.writeString(file, p.renderClass(name, "// javac compiles " + p.main().name()
          + " to bytecode that does not verify (run seed " + settings.seed() + ", program seed "
          + p.seed() + ").\n"));
      written.add(file);
      log.printf("fuzz: written %s%n", file);
    }
  }

  /** Compiles and checks one program on its own, as the shrinker needs. */
  static Failure evaluate(Program p, Failure like, FuzzCompiler[] compilers, Watchdog watchdog,
      Path dir) {
    boolean both = like.kind().contains("tbr=off");
    BatchBuild build = new BatchBuild(compilers, Map.of("Candidate", List.of(p)), dir, both);
    try {
      if (!build.failures.isEmpty()) {
        return build.failures.get(p);
      }
      if (!build.miscompiled.isEmpty()) {
        return null; // javac's bug, not the failure being shrunk
      }
      BatchBuild.Loaded l = build.loaded.get(0);
      return watchdog.run(() -> new Checker(p, l.optimised(), l.saveAll()).check());
    } finally {
      try {
        build.close();
        delete(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private String render(Program p, String className, Failure f) {
    String comment = "// Found by the Adjoint random-program fuzzer (FuzzTest), run seed "
        + settings.seed() + ", program seed " + p.seed() + ".\n"
        + "// Failed: " + f.kind() + "\n"
        + "// " + f.detail().replace("\n", "\n// ") + "\n"
        + "// Method under test: " + p.main().name() + "; every array has length " + p.length()
        + (p.main().params().stream().anyMatch(Param::isInt)
            ? ", the int parameter is " + p.intArgument() : "") + ".\n";
    return p.renderClass(className, comment);
  }

  static int size(Program p) {
    StringBuilder out = new StringBuilder();
    p.renderMethods(out);
    return out.length();
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
