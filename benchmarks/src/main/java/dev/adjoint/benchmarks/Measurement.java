package dev.adjoint.benchmarks;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark method at one assignment of its {@code @Param} fields: nanoseconds per call with the
 * half-width of JMH's 99.9% confidence interval (NaN for a single iteration), and bytes allocated per
 * call (NaN when the GC profiler did not run).
 */
record Measurement(String benchClass, String method, Map<String, String> params, double nanos,
    double nanosError, double bytes) {

  static final String PACKAGE = "dev.adjoint.benchmarks.";
  /** The GC profiler's allocation per benchmark call, in bytes/op. */
  static final String ALLOCATION = "gc.alloc.rate.norm";

  Measurement {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params)); // keeps JMH's key order
  }

  /** The measurement of one JMH run; its time must be in ns/op (the report forces that mode). */
  static Measurement of(RunResult run) {
    BenchmarkParams jmh = run.getParams();
    String benchmark = jmh.getBenchmark(); // dev.adjoint.benchmarks.XBench.method
    String rest = benchmark.startsWith(PACKAGE) ? benchmark.substring(PACKAGE.length()) : benchmark;
    int dot = rest.lastIndexOf('.');
    Map<String, String> params = new LinkedHashMap<>();
    for (String key : jmh.getParamsKeys()) {
      params.put(key, jmh.getParam(key));
    }
    Result<?> time = run.getPrimaryResult();
    if (!time.getScoreUnit().equals("ns/op")) {
      throw new IllegalStateException(benchmark + " is in " + time.getScoreUnit() + ", not ns/op");
    }
    Result<?> allocation = run.getSecondaryResults().get(ALLOCATION);
    double bytes = allocation == null ? Double.NaN : allocation.getScore();
    return new Measurement(rest.substring(0, dot), rest.substring(dot + 1), params, time.getScore(),
        time.getScoreError(), bytes);
  }
}
