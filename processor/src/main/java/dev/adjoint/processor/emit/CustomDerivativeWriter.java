package dev.adjoint.processor.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.parse.CustomDerivatives.Custom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code fJvp}, {@code fVjp} and {@code fGrad} for a method whose derivative the user
 * supplied with {@code @DerivativeOf}: the given mode is called as it is, and the missing one is
 * built from it (a VJP from one forward pass per input element, a JVP from one reverse pass per
 * output element).
 */
final class CustomDerivativeWriter {
  private static final ClassName ADJOINT_MATH = ClassName.get("dev.adjoint", "AdjointMath");

  private final Custom jvp;
  private final Custom vjp;
  private final Custom any;
  private final String owner;
  private final String name;
  private final List<String> params = new ArrayList<>();
  private final Set<String> taken = new HashSet<>();

  CustomDerivativeWriter(Custom jvp, Custom vjp, String owner) {
    this.jvp = jvp;
    this.vjp = vjp;
    this.any = jvp != null ? jvp : vjp;
    this.owner = owner;
    this.name = any.primal().getSimpleName().toString();
    any.primal().getParameters().forEach(p -> params.add(p.getSimpleName().toString()));
    taken.addAll(params);
  }

  /** Starts a method: only the primal's parameter names are taken. */
  private void reset() {
    taken.clear();
    taken.addAll(params);
  }

  private String fresh(String hint) {
    String chosen = hint;
    for (int k = 2; taken.contains(chosen); k++) {
      chosen = hint + k;
    }
    taken.add(chosen);
    return chosen;
  }

  private boolean diff(int i) {
    return any.differentiable().get(i);
  }

  private Type type(int i) {
    return any.paramTypes().get(i);
  }

  private String primalArgs() {
    return String.join(", ", params);
  }

  private MethodSpec.Builder method(String suffix, TypeName returns) {
    return MethodSpec.methodBuilder(name + suffix)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns);
  }

  MethodSpec jvpMethod() {
    reset();
    MethodSpec.Builder m = method("Jvp", CompanionWriter.typeName(any.resultType()));
    List<String> tangents = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      m.addParameter(CompanionWriter.typeName(type(i)), params.get(i));
      if (diff(i)) {
        String dot = fresh(params.get(i) + "Dot");
        tangents.add(dot);
        m.addParameter(CompanionWriter.typeName(type(i)), dot);
      } else {
        tangents.add(null);
      }
    }
    m.addJavadoc(Docs.doc("Forward mode of {@link $L#$L}, from its {@code @DerivativeOf} method.\n",
        owner, name));
    if (jvp != null) {
      return m.addStatement("return $L.$L($L)", owner, jvp.derivative().getSimpleName(),
          interleave(tangents)).build();
    }
    // from the user's VJP: one reverse pass per output element
    CodeBlock.Builder code = CodeBlock.builder();
    List<String> accumulators = declareAccumulators(code);
    String call = owner + "." + vjp.derivative().getSimpleName() + "(" + primalArgs() + ", %s, "
        + String.join(", ", accumulators) + ")";
    if (any.resultType() == Type.DOUBLE) {
      code.addStatement("$L", String.format(call, "1.0"));
      code.addStatement("return $L", contract(accumulators, tangents));
      return m.addCode(code.build()).build();
    }
    String value = fresh("value");
    String out = fresh("out");
    String seed = fresh("seed");
    String k = fresh("k");
    code.addStatement("double[] $L = $L.$L($L)", value, owner, name, primalArgs())
        .addStatement("double[] $L = new double[$L.length]", out, value)
        .addStatement("double[] $L = new double[$L.length]", seed, value)
        .beginControlFlow("for (int $L = 0; $L < $L.length; $L++)", k, k, value, k);
    zeroAccumulators(code, accumulators);
    code.addStatement("$L[$L] = 1.0", seed, k)
        .addStatement("$L", String.format(call, seed))
        .addStatement("$L[$L] = $L", out, k, contract(accumulators, tangents))
        .addStatement("$L[$L] = 0.0", seed, k)
        .endControlFlow()
        .addStatement("return $L", out);
    return m.addCode(code.build()).build();
  }

  MethodSpec vjpMethod() {
    reset();
    MethodSpec.Builder m = method("Vjp", CompanionWriter.typeName(any.resultType()));
    for (int i = 0; i < params.size(); i++) {
      m.addParameter(CompanionWriter.typeName(type(i)), params.get(i));
    }
    String seed = fresh("seed");
    m.addParameter(CompanionWriter.typeName(any.resultType()), seed);
    List<String> bars = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      if (diff(i)) {
        String bar = fresh(params.get(i) + "Bar");
        bars.add(bar);
        m.addParameter(CompanionWriter.typeName(type(i).isArray() ? type(i) : Type.DOUBLE_ARRAY),
            bar);
      }
    }
    m.addJavadoc(Docs.doc("Reverse mode of {@link $L#$L}, from its {@code @DerivativeOf} method: adds"
        + " into the accumulators and returns the value.\n", owner, name));
    if (vjp != null) {
      return m.addStatement("return $L.$L($L, $L, $L)", owner, vjp.derivative().getSimpleName(),
          primalArgs(), seed, String.join(", ", bars)).build();
    }
    // from the user's JVP: one forward pass per input element
    CodeBlock.Builder code = CodeBlock.builder();
    taken.add(seed);
    taken.addAll(bars);
    List<String> tangents = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      if (!diff(i)) {
        tangents.add(null);
        continue;
      }
      String dot = fresh(params.get(i) + "Dot");
      tangents.add(dot);
      if (type(i).isArray()) {
        code.addStatement("double[] $L = new double[$L.length]", dot, params.get(i));
      } else {
        code.addStatement("double $L = 0.0", dot);
      }
    }
    String jvpCall = owner + "." + jvp.derivative().getSimpleName() + "(" + interleave(tangents)
        + ")";
    int b = 0;
    for (int i = 0; i < params.size(); i++) {
      if (!diff(i)) {
        continue;
      }
      String bar = bars.get(b++);
      String dot = tangents.get(i);
      if (type(i).isArray()) {
        String k = fresh("k");
        code.beginControlFlow("for (int $L = 0; $L < $L.length; $L++)", k, k, dot, k)
            .addStatement("$L[$L] = 1.0", dot, k)
            .addStatement("$L[$L] += $L", bar, k, project(jvpCall, seed))
            .addStatement("$L[$L] = 0.0", dot, k)
            .endControlFlow();
      } else {
        code.addStatement("$L = 1.0", dot)
            .addStatement("$L[0] += $L", bar, project(jvpCall, seed))
            .addStatement("$L = 0.0", dot);
      }
    }
    code.addStatement("return $L.$L($L)", owner, name, primalArgs());
    return m.addCode(code.build()).build();
  }

  /** {@code seed * J e_j}: the user's JVP along a unit direction, projected on the seed. */
  private CodeBlock project(String jvpCall, String seed) {
    if (any.resultType() == Type.DOUBLE) {
      return CodeBlock.of("$L * $L", seed, jvpCall);
    }
    return CodeBlock.of("$T.dot($L, $L)", ADJOINT_MATH, seed, jvpCall);
  }

  private List<String> declareAccumulators(CodeBlock.Builder code) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      if (diff(i)) {
        String bar = fresh(params.get(i) + "Bar");
        out.add(bar);
        code.addStatement("double[] $L = new double[$L]", bar,
            type(i).isArray() ? params.get(i) + ".length" : "1");
      }
    }
    return out;
  }

  private void zeroAccumulators(CodeBlock.Builder code, List<String> accumulators) {
    for (String acc : accumulators) {
      code.addStatement("$T.fill($L, 0.0)", Arrays.class, acc);
    }
  }

  /** {@code Σ_p <pBar, pDot>}: the gradient applied to the tangents. */
  private CodeBlock contract(List<String> accumulators, List<String> tangents) {
    List<CodeBlock> terms = new ArrayList<>();
    int a = 0;
    for (int i = 0; i < params.size(); i++) {
      if (!diff(i)) {
        continue;
      }
      String acc = accumulators.get(a++);
      terms.add(type(i).isArray()
          ? CodeBlock.of("$T.dot($L, $L)", ADJOINT_MATH, acc, tangents.get(i))
          : CodeBlock.of("$L[0] * $L", acc, tangents.get(i)));
    }
    return terms.isEmpty() ? CodeBlock.of("0.0") : CodeBlock.join(terms, " + ");
  }

  private String interleave(List<String> tangents) {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      args.add(params.get(i));
      if (diff(i)) {
        args.add(tangents.get(i));
      }
    }
    return String.join(", ", args);
  }

  /** {@code fGrad} for a scalar result: one reverse pass with seed 1 into fresh accumulators. */
  MethodSpec gradMethod(ClassName record) {
    reset();
    MethodSpec.Builder m = method("Grad", record);
    List<String> components = new ArrayList<>();
    CodeBlock.Builder code = CodeBlock.builder();
    List<String> vjpArgs = new ArrayList<>(params);
    vjpArgs.add("1.0");
    for (int i = 0; i < params.size(); i++) {
      m.addParameter(CompanionWriter.typeName(type(i)), params.get(i));
    }
    for (int i = 0; i < params.size(); i++) {
      if (!diff(i)) {
        continue;
      }
      String bar = fresh(params.get(i) + "Bar");
      code.addStatement("double[] $L = new double[$L]", bar,
          type(i).isArray() ? params.get(i) + ".length" : "1");
      vjpArgs.add(bar);
      components.add(type(i).isArray() ? bar : bar + "[0]");
    }
    String value = fresh("value");
    code.addStatement("double $L = $LVjp($L)", value, name, String.join(", ", vjpArgs));
    components.add(0, value);
    code.addStatement("return new $T($L)", record, String.join(", ", components));
    return m.addJavadoc(Docs.doc("The value of {@link $L#$L} and its gradient, in one reverse pass.\n",
        owner, name)).addCode(code.build()).build();
  }
}
