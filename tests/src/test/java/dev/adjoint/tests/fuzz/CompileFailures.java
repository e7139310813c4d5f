package dev.adjoint.tests.fuzz;

import java.util.List;

/** Names what kind of compile failure a list of javac errors is. */
final class CompileFailures {
  private CompileFailures() {}

  static Failure classify(List<FuzzCompiler.Error> errors, boolean tbrOff) {
    String all = String.join("\n", errors.stream().map(FuzzCompiler.Error::message).toList());
    String kind;
    if (all.contains("[Adjoint/Internal]")) {
      kind = "processor internal error [Adjoint/Internal]";
    } else if (errors.stream().anyMatch(FuzzCompiler.Error::generated)) {
      kind = "generated code does not compile";
    } else if (all.contains("[Adjoint/")) {
      int at = all.indexOf("[Adjoint/");
      kind = "processor rejects the program (generator bug) "
          + all.substring(at, all.indexOf(']', at) + 1);
    } else {
      kind = "generated program is not valid Java (generator bug)";
    }
    if (tbrOff) {
      kind += " with -Aadjoint.tbr=off";
    }
    String detail = all.length() > 3000 ? all.substring(0, 3000) + "..." : all;
    return new Failure(kind, detail);
  }
}
