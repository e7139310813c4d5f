package dev.adjoint.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code fJacobian} for a method from {@code double[]} to {@code double[]}: one forward
 * pass per input when there are no more inputs than outputs, else one reverse pass per output.
 * The first forward pass also tells the number of outputs.
 */
final class JacobianWriter {
  private JacobianWriter() {}

  static MethodSpec jacobian(Function f, String ownerName, TypeName receiverType) {
    Var x = f.differentiableParams().get(0);
    String in = x.hint();
    List<String> jvpArgs = new ArrayList<>();
    List<String> vjpArgs = new ArrayList<>();
    MethodSpec.Builder m = MethodSpec.methodBuilder(f.name() + "Jacobian")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ArrayTypeName.of(ArrayTypeName.of(TypeName.DOUBLE)))
        .addJavadoc(Docs.doc("The Jacobian of {@link $L#$L} with respect to {@code $L}: row {@code i},"
            + " column {@code j} is {@code ∂out[i]/∂$L[j]}. Uses forward passes when {@code $L}"
            + " has no more entries than the result, reverse passes otherwise.\n",
            ownerName, f.name(), in, in, in));
    for (Function.Param p : f.params()) {
      m.addParameter(CompanionWriter.paramType(p.var(), receiverType), p.var().hint());
      jvpArgs.add(p.var().hint());
      vjpArgs.add(p.var().hint());
      if (p.differentiable()) {
        jvpArgs.add("direction");
      }
    }
    java.util.Set<String> taken = new java.util.HashSet<>();
    f.params().forEach(p -> taken.add(p.var().hint()));
    java.util.Map<String, String> local = new java.util.HashMap<>();
    for (String name : List.of("n", "m", "i", "j", "direction", "column", "jacobian", "seed")) {
      String chosen = name;
      for (int k = 2; taken.contains(chosen); k++) {
        chosen = name + k;
      }
      taken.add(chosen);
      local.put(name, chosen);
    }
    jvpArgs.replaceAll(a -> a.equals("direction") ? local.get("direction") : a);
    vjpArgs.add(local.get("seed"));
    vjpArgs.add(local.get("jacobian") + "[" + local.get("i") + "]");
    String jvp = f.name() + "Jvp(" + String.join(", ", jvpArgs) + ")";
    String vjp = f.name() + "Vjp(" + String.join(", ", vjpArgs) + ")";
    java.util.function.UnaryOperator<String> n = text -> {
      String out = text;
      for (var e : local.entrySet()) {
        out = out.replaceAll("\\b" + e.getKey() + "\\b", java.util.regex.Matcher.quoteReplacement(
            e.getValue()));
      }
      return out;
    };
    CodeBlock body = CodeBlock.builder()
        .addStatement(n.apply("int n = $L.length"), in)
        .addStatement(n.apply("double[] direction = new double[n]"))
        .beginControlFlow(n.apply("if (n == 0)"))
        .addStatement(n.apply("return new double[$L.length][0]"), jvp)
        .endControlFlow()
        .addStatement(n.apply("direction[0] = 1.0"))
        .addStatement(n.apply("double[] column = $L"), jvp)
        .addStatement(n.apply("int m = column.length"))
        .addStatement(n.apply("double[][] jacobian = new double[m][n]"))
        .beginControlFlow(n.apply("if (n <= m)"))
        .add("// one forward pass per input: column j is J e_j\n")
        .beginControlFlow(n.apply("for (int j = 0; j < n; j++)"))
        .beginControlFlow(n.apply("if (j > 0)"))
        .addStatement(n.apply("direction[j - 1] = 0.0"))
        .addStatement(n.apply("direction[j] = 1.0"))
        .addStatement(n.apply("column = $L"), jvp)
        .endControlFlow()
        .beginControlFlow(n.apply("for (int i = 0; i < m; i++)"))
        .addStatement(n.apply("jacobian[i][j] = column[i]"))
        .endControlFlow()
        .endControlFlow()
        .nextControlFlow("else")
        .add("// one reverse pass per output: row i is e_i^T J, added into the zero row\n")
        .addStatement(n.apply("double[] seed = new double[m]"))
        .beginControlFlow(n.apply("for (int i = 0; i < m; i++)"))
        .addStatement(n.apply("seed[i] = 1.0"))
        .addStatement(n.apply("$L"), vjp)
        .addStatement(n.apply("seed[i] = 0.0"))
        .endControlFlow()
        .endControlFlow()
        .addStatement(n.apply("return jacobian"))
        .build();
    return m.addCode(body).build();
  }
}
