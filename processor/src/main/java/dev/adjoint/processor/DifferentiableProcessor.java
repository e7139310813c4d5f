package dev.adjoint.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.util.Trees;
import dev.adjoint.DerivativeOf;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import dev.adjoint.processor.diag.AbortMethod;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.emit.CompanionWriter;
import dev.adjoint.processor.parse.MethodReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * The entry point javac calls: finds the {@code @Differentiable} methods of each round, runs each
 * through the {@link Pipeline}, and writes one companion class {@code <Owner>Derivatives} per
 * class. A failure in one method is reported at that method and never reaches javac as an
 * exception; the other methods still get their derivatives.
 */
@AutoService(Processor.class)
public final class DifferentiableProcessor extends AbstractProcessor {
  private static final Set<String> OBJECT_METHODS = Set.of("clone", "finalize", "getClass",
      "hashCode", "notify", "notifyAll", "toString", "wait", "value");

  /** {@code -Aadjoint.tbr=off} saves every overwritten value: for testing the analysis. */
  static final String TBR_OPTION = "adjoint.tbr";

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TBR_OPTION);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Differentiable.class.getCanonicalName(), NoDerivative.class.getCanonicalName(),
        DerivativeOf.class.getCanonicalName());
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Map<TypeElement, List<ExecutableElement>> byOwner = new LinkedHashMap<>();
    for (ExecutableElement m :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(Differentiable.class))) {
      byOwner.computeIfAbsent((TypeElement) m.getEnclosingElement(), k -> new ArrayList<>())
          .add(m);
    }
    Map<TypeElement, List<ExecutableElement>> customByOwner = new LinkedHashMap<>();
    for (ExecutableElement m :
        ElementFilter.methodsIn(round.getElementsAnnotatedWith(DerivativeOf.class))) {
      TypeElement owner = (TypeElement) m.getEnclosingElement();
      customByOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(m);
      byOwner.computeIfAbsent(owner, k -> new ArrayList<>());
    }
    if (byOwner.isEmpty()) {
      return true;
    }
    Trees trees = Trees.instance(processingEnv);
    Reporter reporter = new Reporter(trees, processingEnv.getMessager());
    this.customs = customByOwner;
    MethodReader reader = new MethodReader(trees, processingEnv.getElementUtils(), reporter);
    Pipeline pipeline = new Pipeline(trees, reader, reporter,
        "off".equals(processingEnv.getOptions().get(TBR_OPTION)));
    byOwner.forEach((owner, methods) -> {
      try {
        writeCompanion(owner, methods, pipeline, reporter);
      } catch (RuntimeException e) {
        // the last line of defence: never throw into javac
        reporter.error(Problem.INTERNAL, owner, "Adjoint failed while writing the derivatives of"
            + " this class; this is a bug in Adjoint, please report it with this message. "
            + trace(e));
      }
    });
    return true; // Adjoint's annotations are for Adjoint alone
  }

  private Map<TypeElement, List<ExecutableElement>> customs = Map.of();

  /** Checks the {@code @DerivativeOf} methods of {@code owner} and adds what they derive. */
  private List<Element> addCustom(TypeElement owner, CompanionWriter writer, Reporter reporter) {
    var reader = new dev.adjoint.processor.parse.CustomDerivatives(reporter);
    Map<ExecutableElement, dev.adjoint.processor.parse.CustomDerivatives.Custom[]> byPrimal =
        new LinkedHashMap<>();
    List<Element> origins = new ArrayList<>();
    for (ExecutableElement m : customs.getOrDefault(owner, List.of())) {
      var custom = reader.read(m);
      if (custom.isEmpty()) {
        continue;
      }
      var slots = byPrimal.computeIfAbsent(custom.get().primal(),
          k -> new dev.adjoint.processor.parse.CustomDerivatives.Custom[2]);
      int slot = custom.get().mode().ordinal();
      if (slots[slot] != null) {
        reporter.error(Problem.BAD_DERIVATIVE, m, "a second " + custom.get().mode() + " for "
            + custom.get().primal().getSimpleName() + "; give each mode once");
        continue;
      }
      slots[slot] = custom.get();
      origins.add(m);
    }
    byPrimal.values().forEach(slots -> writer.addCustom(slots[0], slots[1]));
    return origins;
  }

  private void writeCompanion(TypeElement owner, List<ExecutableElement> methods,
      Pipeline pipeline, Reporter reporter) {
    if (owner.getNestingKind() == NestingKind.LOCAL
        || owner.getNestingKind() == NestingKind.ANONYMOUS) {
      methods.forEach(m -> reporter.error(Problem.UNSUPPORTED, m, "@Differentiable methods must"
          + " be declared in a top-level or nested class, not a local or anonymous one"));
      return;
    }
    String pkg = processingEnv.getElementUtils().getPackageOf(owner).getQualifiedName().toString();
    String ownerName = nestedName(owner);
    CompanionWriter writer = new CompanionWriter(pkg, ownerName.replace('.', '_') + "Derivatives",
        ownerName);
    Set<String> seen = new HashSet<>();
    List<Element> origins = new ArrayList<>(addCustom(owner, writer, reporter));
    for (ExecutableElement m : methods) {
      if (!seen.add(m.getSimpleName().toString())) {
        reporter.error(Problem.NAME_CLASH, m, "another @Differentiable method of "
            + owner.getSimpleName() + " is also named " + m.getSimpleName() + "; their generated"
            + " derivatives would clash. Rename one of them");
        continue;
      }
      if (!checkComponentNames(m, reporter)) {
        continue;
      }
      try {
        writer.add(pipeline.run(m), m);
        origins.add(m);
      } catch (AbortMethod e) {
        // reported where it was found
      } catch (RuntimeException e) {
        reporter.error(Problem.INTERNAL, m, "Adjoint failed on this method; this is a bug in"
            + " Adjoint, please report it with this message. " + trace(e));
      }
    }
    if (origins.isEmpty()) {
      return;
    }
    JavaFile file = writer.build(origins);
    try {
      file.writeTo(processingEnv.getFiler());
    } catch (IOException e) {
      reporter.error(Problem.INTERNAL, owner, "could not write " + writer.className() + ": " + e);
    }
  }

  private static String trace(RuntimeException e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  /** Gradient record components are named after parameters; some names are taken. */
  private static boolean checkComponentNames(ExecutableElement m, Reporter reporter) {
    boolean ok = true;
    for (var p : m.getParameters()) {
      if (OBJECT_METHODS.contains(p.getSimpleName().toString())) {
        reporter.error(Problem.NAME_CLASH, p, "parameter '" + p.getSimpleName() + "' would name a"
            + " component of the generated gradient record, where that name is reserved; rename"
            + " the parameter");
        ok = false;
      }
    }
    return ok;
  }

  private static String nestedName(TypeElement t) {
    StringBuilder name = new StringBuilder(t.getSimpleName());
    for (Element e = t.getEnclosingElement(); e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      name.insert(0, e.getSimpleName() + ".");
    }
    return name.toString();
  }
}
