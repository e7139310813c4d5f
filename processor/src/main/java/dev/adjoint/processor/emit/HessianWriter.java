package dev.adjoint.processor.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.adjoint.processor.ir.Function;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code fHessian}: one Hessian-vector product per differentiable input, along each unit
 * direction; row {@code i} of the result is {@code H e_i}.
 */
final class HessianWriter {
  private HessianWriter() {}

  static MethodSpec hessian(CompanionWriter.Derivatives d, String ownerName,
      TypeName receiverType) {
    Function f = d.function();
    Set<String> taken = new HashSet<>();
    f.params().forEach(p -> taken.add(p.var().hint()));
    java.util.function.UnaryOperator<String> fresh = hint -> {
      String chosen = hint;
      for (int k = 2; taken.contains(chosen); k++) {
        chosen = hint + k;
      }
      taken.add(chosen);
      return chosen;
    };
    String n = fresh.apply("n");
    String hessian = fresh.apply("hessian");
    String row = fresh.apply("row");
    MethodSpec.Builder m = MethodSpec.methodBuilder(f.name() + "Hessian")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ArrayTypeName.of(ArrayTypeName.of(TypeName.DOUBLE)))
        .addJavadoc(Docs.doc("The Hessian of {@link $L#$L} over its differentiable parameters, flattened"
            + " in parameter order: one Hessian-vector product per input.\n", ownerName,
            f.name()));
    List<String> size = new ArrayList<>();
    List<String> directions = new ArrayList<>();
    CodeBlock.Builder code = CodeBlock.builder();
    for (Function.Param p : f.params()) {
      Var v = p.var();
      m.addParameter(CompanionWriter.paramType(v, receiverType), v.hint());
    }
    for (Var p : f.differentiableParams()) {
      String dir = fresh.apply(p.hint() + "Dir");
      directions.add(dir);
      if (p.type().isArray()) {
        size.add(p.hint() + ".length");
        code.addStatement("double[] $L = new double[$L.length]", dir, p.hint());
      } else {
        size.add("1");
        code.addStatement("double[] $L = new double[1]", dir);
      }
    }
    code.addStatement("int $L = $L", n, String.join(" + ", size))
        .addStatement("double[][] $L = new double[$L][]", hessian, n)
        .addStatement("int $L = 0", row);
    List<String> args = new ArrayList<>();
    f.params().forEach(p -> args.add(p.var().hint()));
    List<Var> wrt = f.differentiableParams();
    for (int i = 0; i < wrt.size(); i++) {
      args.add(wrt.get(i).type().isArray() ? directions.get(i) : directions.get(i) + "[0]");
    }
    String call = f.name() + "Hvp(" + String.join(", ", args) + ")";
    for (int i = 0; i < wrt.size(); i++) {
      String dir = directions.get(i);
      String k = fresh.apply("k");
      code.beginControlFlow("for (int $L = 0; $L < $L.length; $L++)", k, k, dir, k)
          .addStatement("$L[$L] = 1.0", dir, k)
          .addStatement("$L[$L++] = $L", hessian, row, call)
          .addStatement("$L[$L] = 0.0", dir, k)
          .endControlFlow();
    }
    code.addStatement("return $L", hessian);
    return m.addCode(code.build()).build();
  }
}
