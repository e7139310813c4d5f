package dev.adjoint.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles classes of programs twice, with to-be-recorded analysis on and off, and loads them.
 * When a compilation fails, each error is traced to its program by line (an error in generated
 * code through the {@code // C.java:12} comment above it); those programs are blamed and the
 * rest compiled again. Errors that cannot be traced split their class into one per program.
 */
final class BatchBuild {
  /** The two builds of one program, ready to check. */
  record Loaded(Program program, Invoker optimised, Invoker saveAll) {}

  private static final Pattern SOURCE_LINE = Pattern.compile("^\\s*// \\w+\\.java:(\\d+)");

  final List<Loaded> loaded = new ArrayList<>();
  final Map<Program, Failure> failures = new LinkedHashMap<>();
  /**
   * Programs whose own class javac compiled to bytecode the JVM rejects: a javac bug, not
   * Adjoint's, so they are reported apart and not checked.
   */
  final Map<Program, String> miscompiled = new LinkedHashMap<>();
  /**
   * Programs whose save-everything build alone exceeds the JVM's 64 KB limit on a method: that
   * oracle cannot run, so they are to be checked on the optimised build alone.
   */
  final List<Program> tooLargeToSaveAll = new ArrayList<>();
  /** Loaders to close once the programs have been checked. */
  private final List<URLClassLoader> loaders = new ArrayList<>();
  private int round;

  /**
   * {@code compilers} holds two compilers, one per build, so that the builds run on two threads;
   * with {@code bothBuilds} false only the optimised build is made and stands in for both.
   */
  BatchBuild(FuzzCompiler[] compilers, Map<String, List<Program>> classes, Path dir,
      boolean bothBuilds) {
    Map<String, List<Program>> pending = new LinkedHashMap<>(classes);
    while (!pending.isEmpty()) {
      Map<String, String> sources = new LinkedHashMap<>();
      Map<String, long[]> firstLines = new LinkedHashMap<>();
      pending.forEach((name, programs) -> {
        long[] lines = new long[programs.size()];
        sources.put(name, Sources.renderClass(name, programs, lines));
        firstLines.put(name, lines);
      });
      Path on = dir.resolve("on" + round);
      Path off = dir.resolve("off" + round);
      round++;
      CompletableFuture<FuzzCompiler.Outcome> later = bothBuilds
          ? CompletableFuture.supplyAsync(() -> compilers[1].compile(sources, off, true)) : null;
      FuzzCompiler.Outcome optimised = compilers[0].compile(sources, on, false);
      FuzzCompiler.Outcome saveAll = bothBuilds ? later.join() : optimised;
      pending = optimised.ok() && saveAll.ok() ? load(pending, on, bothBuilds ? off : on)
          : retry(pending, firstLines, optimised, on, saveAll, off);
    }
  }

  /** What to compile next, once the programs the errors point to are blamed. */
  private Map<String, List<Program>> retry(Map<String, List<Program>> pending,
      Map<String, long[]> firstLines, FuzzCompiler.Outcome optimised, Path on,
      FuzzCompiler.Outcome saveAll, Path off) {
    Map<String, List<Program>> next = new LinkedHashMap<>();
    boolean unattributed = optimised.errors().containsKey("")
        || saveAll.errors().containsKey("");
    for (Map.Entry<String, List<Program>> e : pending.entrySet()) {
      String name = e.getKey();
      List<Program> programs = e.getValue();
      Map<Integer, List<FuzzCompiler.Error>> onByProgram = new LinkedHashMap<>();
      Map<Integer, List<FuzzCompiler.Error>> offByProgram = new LinkedHashMap<>();
      boolean traced = attribute(optimised.errors().get(name), name, on, firstLines.get(name),
          onByProgram) & attribute(saveAll.errors().get(name), name, off, firstLines.get(name),
          offByProgram);
      if (onByProgram.isEmpty() && offByProgram.isEmpty() && traced && !unattributed) {
        next.put(name, programs); // a good class, compiled again with the rest
      } else if (!traced || (onByProgram.isEmpty() && offByProgram.isEmpty())) {
        if (programs.size() == 1) {
          List<FuzzCompiler.Error> errors = new ArrayList<>(
              optimised.errors().getOrDefault(name, optimised.errors().getOrDefault("", List.of())));
          if (errors.isEmpty() && tooLarge(saveAll.errors().get(name))) {
            tooLargeToSaveAll.add(programs.get(0));
            continue;
          }
          failures.put(programs.get(0), errors.isEmpty()
              ? CompileFailures.classify(saveAll.errors().getOrDefault(name,
                  saveAll.errors().getOrDefault("", List.of())), true)
              : CompileFailures.classify(errors, false));
        } else {
          for (int j = 0; j < programs.size(); j++) {
            next.put(name + "_" + j, List.of(programs.get(j)));
          }
        }
      } else {
        List<Program> rest = new ArrayList<>();
        for (int k = 0; k < programs.size(); k++) {
          if (onByProgram.containsKey(k)) {
            failures.put(programs.get(k), CompileFailures.classify(onByProgram.get(k), false));
          } else if (tooLarge(offByProgram.get(k))) {
            tooLargeToSaveAll.add(programs.get(k));
          } else if (offByProgram.containsKey(k)) {
            failures.put(programs.get(k), CompileFailures.classify(offByProgram.get(k), true));
          } else {
            rest.add(programs.get(k));
          }
        }
        if (!rest.isEmpty()) {
          next.put(name + "r", rest);
        }
      }
    }
    return next;
  }

  /** Whether every one of {@code errors} is javac's "code too large": a method over 64 KB. */
  private static boolean tooLarge(List<FuzzCompiler.Error> errors) {
    return errors != null && !errors.isEmpty()
        && errors.stream().allMatch(error -> error.message().contains("code too large"));
  }

  /** Sorts {@code errors} by the program they are in; false if some cannot be traced. */
  private static boolean attribute(List<FuzzCompiler.Error> errors, String className, Path out,
      long[] firstLines, Map<Integer, List<FuzzCompiler.Error>> byProgram) {
    if (errors == null) {
      return true;
    }
    List<String> generated = null;
    boolean all = true;
    for (FuzzCompiler.Error error : errors) {
      long line = error.line();
      if (error.generated()) {
        if (generated == null) {
          try {
            generated = Files.readAllLines(
                out.resolve(Sources.PACKAGE).resolve(className + "Derivatives.java"));
          } catch (IOException e) {
            return false;
          }
        }
        line = sourceLine(generated, (int) error.line() - 1);
      }
      if (line <= 0) {
        all = false;
        continue;
      }
      int program = 0;
      while (program + 1 < firstLines.length && firstLines[program + 1] <= line) {
        program++;
      }
      byProgram.computeIfAbsent(program, k -> new ArrayList<>()).add(error);
    }
    return all;
  }

  /** The user's line that generated line {@code at} comes from: the nearest comment above, else below. */
  private static long sourceLine(List<String> generated, int at) {
    for (int step : new int[] {-1, 1}) {
      for (int i = Math.min(at, generated.size() - 1); i >= 0 && i < generated.size(); i += step) {
        Matcher m = SOURCE_LINE.matcher(generated.get(i));
        if (m.find()) {
          return Long.parseLong(m.group(1));
        }
        if (generated.get(i).startsWith("  public static")) {
          break; // a method boundary: the comment must be in this method
        }
      }
    }
    return -1;
  }

  /**
   * Loads and links every class; returns what to build again: each program of a class that
   * fails to verify, in a class of its own, so that one program's bad bytecode costs no other.
   */
  private Map<String, List<Program>> load(Map<String, List<Program>> classes, Path on,
      Path off) {
    Map<String, List<Program>> again = new LinkedHashMap<>();
    try {
      URLClassLoader optimised = new URLClassLoader(new URL[] {on.toUri().toURL()},
          BatchBuild.class.getClassLoader());
      URLClassLoader saveAll = on.equals(off) ? optimised
          : new URLClassLoader(new URL[] {off.toUri().toURL()}, BatchBuild.class.getClassLoader());
      loaders.add(optimised);
      loaders.add(saveAll);
      for (Map.Entry<String, List<Program>> e : classes.entrySet()) {
        String name = Sources.PACKAGE + "." + e.getKey();
        List<Program> programs = e.getValue();
        Class<?> userOn;
        try {
          userOn = Class.forName(name, false, optimised);
          userOn.getDeclaredMethods(); // links, so that a verify error shows here
        } catch (LinkageError error) {
          isolate(e.getKey(), programs, again, p -> miscompiled.put(p, error.toString()));
          continue;
        }
        Class<?>[] rest = new Class<?>[3];
        String[] names = {name + "Derivatives", name, name + "Derivatives"};
        ClassLoader[] from = {optimised, saveAll, saveAll};
        try {
          for (int k = 0; k < 3; k++) {
            rest[k] = Class.forName(names[k], false, from[k]);
            rest[k].getDeclaredMethods();
          }
        } catch (LinkageError error) {
          isolate(e.getKey(), programs, again, p -> failures.put(p,
              new Failure("generated code fails to verify", error.toString())));
          continue;
        }
        for (Program p : programs) {
          loaded.add(new Loaded(p, new Invoker(p, userOn, rest[0]),
              new Invoker(p, rest[1], rest[2])));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    return again;
  }

  /** Blames a one-program class; splits a larger one into one class per program. */
  private static void isolate(String name, List<Program> programs,
      Map<String, List<Program>> again, java.util.function.Consumer<Program> blame) {
    if (programs.size() == 1) {
      blame.accept(programs.get(0));
    } else {
      for (int j = 0; j < programs.size(); j++) {
        again.put(name + "_" + j, List.of(programs.get(j)));
      }
    }
  }

  int rounds() {
    return round;
  }

  void close() throws IOException {
    for (URLClassLoader l : loaders) {
      l.close();
    }
  }
}
