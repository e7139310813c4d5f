package dev.adjoint.tests.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated program: the method under test and the helpers it calls, all in one class.
 * Every array the program touches has {@code length} elements, so loop variables index any of
 * them; {@code intArgument} is passed for an {@code int} parameter.
 */
record Program(long seed, Method main, List<Method> helpers, int length, int intArgument) {

  Program withMain(Method m) {
    return new Program(seed, m, helpers, length, intArgument);
  }

  Program withHelpers(List<Method> hs) {
    return new Program(seed, main, hs, length, intArgument);
  }

  List<Method> methods() {
    List<Method> all = new ArrayList<>(helpers);
    all.add(main);
    return all;
  }

  void renderMethods(StringBuilder out) {
    for (Method m : methods()) {
      m.render(out);
    }
  }

  /** A compilation unit holding only this program, in package {@code fuzz}. */
  String renderClass(String className, String comment) {
    StringBuilder out = new StringBuilder();
    out.append(comment);
    out.append(Sources.header(className));
    renderMethods(out);
    out.append("}\n");
    return out.toString();
  }
}
