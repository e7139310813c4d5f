package dev.adjoint.tests.fuzz;

import java.util.List;

/** Names what kind of compile failure a list of javac errors is. */
final class CompileFailures {
  private CompileFailures() {}

  /**
   * The first line of a javac message without file, line and names, so that "cannot find
   * symbol xDot" and "cannot find symbol cDot" are one kind and different messages are not.
   */
  static String gist(String message) {
    String first = message.lines().findFirst().orElse("")
        .replaceFirst("^\\S+\\.java:\\d+: ", "").replaceAll("variable \\w+", "variable _");
    String symbol = message.lines().map(String::trim).filter(l -> l.startsWith("symbol:"))
        .findFirst().map(l -> {
          String name = l.substring(l.lastIndexOf(' ') + 1);
          String suffix = name.endsWith("Dot") ? "Dot" : name.endsWith("Bar") ? "Bar" : "";
          return " (symbol _" + suffix + ")";
        }).orElse("");
    return first + symbol;
  }

  static Failure classify(List<FuzzCompiler.Error> errors, boolean tbrOff) {
    String all = String.join("\n", errors.stream().map(FuzzCompiler.Error::message).toList());
    String kind;
    boolean invalidJava = errors.stream()
        .anyMatch(e -> !e.generated() && !e.message().contains("[Adjoint/"));
    if (all.contains("[Adjoint/Internal]")) {
      kind = "processor internal error [Adjoint/Internal]";
    } else if (invalidJava) {
      kind = "generated program is not valid Java (generator bug)"; // also shrink candidates
    } else if (errors.stream().anyMatch(FuzzCompiler.Error::generated)) {
      kind = "generated code does not compile: " + gist(errors.stream()
          .filter(FuzzCompiler.Error::generated).findFirst().orElseThrow().message());
    } else {
      int at = all.indexOf("[Adjoint/");
      kind = "processor rejects the program (generator bug) "
          + all.substring(at, all.indexOf(']', at) + 1);
    }
    if (tbrOff) {
      kind += " with -Aadjoint.tbr=off";
    }
    String detail = all.length() > 3000 ? all.substring(0, 3000) + "..." : all;
    return new Failure(kind, detail);
  }
}
