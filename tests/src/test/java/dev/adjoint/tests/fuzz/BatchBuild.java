package dev.adjoint.tests.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Compiles classes of programs twice, with to-be-recorded analysis on and off, and loads them.
 * When a compilation fails, the classes with errors are split into one class per program and
 * compiled again, until every program has either compiled or been blamed for a failure.
 */
final class BatchBuild {
  /** The two builds of one program, ready to check. */
  record Loaded(Program program, Invoker optimised, Invoker saveAll) {}

  final List<Loaded> loaded = new ArrayList<>();
  final Map<Program, Failure> failures = new LinkedHashMap<>();
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
      pending.forEach((name, programs) -> sources.put(name, Sources.renderClass(name, programs)));
      Path on = dir.resolve("on" + round);
      Path off = dir.resolve("off" + round);
      round++;
      CompletableFuture<FuzzCompiler.Outcome> later = bothBuilds
          ? CompletableFuture.supplyAsync(() -> compilers[1].compile(sources, off, true)) : null;
      FuzzCompiler.Outcome optimised = compilers[0].compile(sources, on, false);
      FuzzCompiler.Outcome saveAll = bothBuilds ? later.join() : optimised;
      if (optimised.ok() && saveAll.ok()) {
        load(pending, on, bothBuilds ? off : on);
        return;
      }
      pending = retry(pending, optimised, saveAll, compilers, dir, bothBuilds);
    }
  }

  /** What to compile next: failing single programs are blamed, failing classes split. */
  private Map<String, List<Program>> retry(Map<String, List<Program>> pending,
      FuzzCompiler.Outcome optimised, FuzzCompiler.Outcome saveAll, FuzzCompiler[] compilers,
      Path dir, boolean bothBuilds) {
    boolean unattributed = optimised.errors().containsKey("")
        || saveAll.errors().containsKey("");
    boolean allSingle = pending.values().stream().allMatch(ps -> ps.size() == 1);
    Map<String, List<Program>> next = new LinkedHashMap<>();
    for (Map.Entry<String, List<Program>> e : pending.entrySet()) {
      String name = e.getKey();
      List<String> on = optimised.errors().get(name);
      List<String> off = saveAll.errors().get(name);
      boolean bad = on != null || off != null || unattributed;
      if (!bad) {
        next.put(name, e.getValue());
      } else if (e.getValue().size() > 1) {
        for (int j = 0; j < e.getValue().size(); j++) {
          next.put(name + "_" + j, List.of(e.getValue().get(j)));
        }
      } else if (on != null || off != null) {
        failures.put(e.getValue().get(0),
            on != null ? CompileFailures.classify(on, false) : CompileFailures.classify(off, true));
      } else if (allSingle) {
        // errors without a source file: compile this program on its own to see if it is to blame
        BatchBuild alone = new BatchBuild(compilers, Map.of(name + "_alone", e.getValue()),
            dir.resolve("alone" + round + name), bothBuilds);
        loaders.addAll(alone.loaders);
        failures.putAll(alone.failures);
        loaded.addAll(alone.loaded);
      } else {
        next.put(name, e.getValue());
      }
    }
    return next;
  }

  private void load(Map<String, List<Program>> classes, Path on, Path off) {
    try {
      URLClassLoader optimised = new URLClassLoader(new URL[] {on.toUri().toURL()},
          BatchBuild.class.getClassLoader());
      URLClassLoader saveAll = on.equals(off) ? optimised
          : new URLClassLoader(new URL[] {off.toUri().toURL()}, BatchBuild.class.getClassLoader());
      loaders.add(optimised);
      loaders.add(saveAll);
      for (Map.Entry<String, List<Program>> e : classes.entrySet()) {
        String name = Sources.PACKAGE + "." + e.getKey();
        Class<?> userOn = optimised.loadClass(name);
        Class<?> derivOn = optimised.loadClass(name + "Derivatives");
        Class<?> userOff = saveAll.loadClass(name);
        Class<?> derivOff = saveAll.loadClass(name + "Derivatives");
        for (Program p : e.getValue()) {
          loaded.add(new Loaded(p, new Invoker(p, userOn, derivOn),
              new Invoker(p, userOff, derivOff)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }

  void close() throws IOException {
    for (URLClassLoader l : loaders) {
      l.close();
    }
  }
}
