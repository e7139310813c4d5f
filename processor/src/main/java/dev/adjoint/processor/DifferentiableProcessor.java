package dev.adjoint.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.Trees;
import dev.adjoint.DerivativeOf;
import dev.adjoint.Differentiable;
import dev.adjoint.NoDerivative;
import dev.adjoint.processor.diag.AbortMethod;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.emit.CompanionWriter;
import dev.adjoint.processor.parse.MethodReader;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.StandardLocation;

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
    for (TypeElement t : ElementFilter.typesIn(round.getRootElements())) {
      sourceTypes.putIfAbsent(t.getQualifiedName().toString(), t);
    }
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
    warnAboutIgnoredNoDerivative(round);
    if (byOwner.isEmpty()) {
      return true;
    }
    Trees trees;
    try {
      trees = Trees.instance(processingEnv);
    } catch (IllegalArgumentException notJavac) {
      // Eclipse's compiler, say: it runs processors but has no javac trees to read bodies from
      Reporter elementsOnly = new Reporter(null, processingEnv.getMessager());
      byOwner.keySet().forEach(owner -> elementsOnly.error(Problem.NEEDS_JAVAC, owner,
          "Adjoint reads the bodies of @Differentiable methods through javac's tree API, which"
              + " this compiler does not provide. Compile with javac: Maven, Gradle and"
              + " IntelliJ IDEA build with it by default, Eclipse's compiler (ecj) does not"));
      return true;
    }
    Reporter reporter = new Reporter(trees, processingEnv.getMessager());
    this.customs = customByOwner;
    MethodReader reader = new MethodReader(trees, processingEnv.getElementUtils(), reporter);
    Pipeline pipeline = new Pipeline(trees, reader, reporter,
        "off".equals(processingEnv.getOptions().get(TBR_OPTION)));
    byOwner.forEach((owner, methods) -> {
      try {
        writeCompanion(owner, methods, pipeline, reporter);
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
        // the last line of defence: never throw into javac
        reporter.error(Problem.INTERNAL, owner, "Adjoint failed while writing the derivatives of"
            + " this class; this is a bug in Adjoint, please report it with this message. "
            + trace(e));
      }
    });
    return true; // Adjoint's annotations are for Adjoint alone
  }

  /**
   * {@code @NoDerivative} on a parameter of a method Adjoint does not differentiate: neither
   * {@code @Differentiable} nor given a {@code @DerivativeOf}.
   */
  private void warnAboutIgnoredNoDerivative(RoundEnvironment round) {
    Reporter reporter = new Reporter(null, processingEnv.getMessager());
    for (Element p : round.getElementsAnnotatedWith(NoDerivative.class)) {
      Element method = p.getEnclosingElement();
      if (method.getAnnotation(Differentiable.class) == null
          && method.getAnnotation(DerivativeOf.class) == null && !hasCustomDerivative(method)) {
        reporter.warning(Problem.IGNORED, p, "@NoDerivative does nothing here: "
            + method.getSimpleName() + " is not @Differentiable. Annotate the method, or remove"
            + " @NoDerivative");
      }
    }
  }

  /** Whether a {@code @DerivativeOf} beside {@code method} names it. */
  private static boolean hasCustomDerivative(Element method) {
    return ElementFilter.methodsIn(method.getEnclosingElement().getEnclosedElements()).stream()
        .map(m -> m.getAnnotation(DerivativeOf.class))
        .anyMatch(d -> d != null && d.value().contentEquals(method.getSimpleName()));
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
    String companion = pkg.isEmpty() ? writer.className() : pkg + "." + writer.className();
    if (!companionNameIsFree(owner, companion, reporter)) {
      return;
    }
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
      } catch (RuntimeException | StackOverflowError | AssertionError e) {
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
      written.put(companion, owner.getQualifiedName().toString());
    } catch (FilerException e) {
      // javac refuses a second file for one type; companionNameIsFree catches the usual causes
      reporter.error(Problem.NAME_CLASH, owner, "Adjoint writes the derivatives of "
          + owner.getSimpleName() + " to the class " + companion + ", but javac refuses to create"
          + " it (" + e.getMessage() + "): another class of that name is part of this compilation,"
          + " perhaps generated by another annotation processor. Rename that class, or move it to"
          + " another package");
    } catch (IOException e) {
      reporter.error(Problem.CANNOT_WRITE, owner, "could not write " + companion + ", the"
          + " derivatives of " + owner.getSimpleName() + ": " + e + ". Check that the directory"
          + " for generated sources (javac -s) is writable and has space, then compile again");
    }
  }

  /** Companions written by this processor, by qualified name, with the owner each belongs to. */
  private final Map<String, String> written = new HashMap<>();

  /**
   * Checks that no other class already has the companion's name {@code companion}; reports the
   * clash at {@code owner} and returns false if one does. A companion generated by an earlier
   * compilation (on the class path of an incremental build) is no clash: this one replaces it.
   */
  private boolean companionNameIsFree(TypeElement owner, String companion, Reporter reporter) {
    String simple = companion.substring(companion.lastIndexOf('.') + 1);
    String firstPart = "Adjoint generates the class " + simple + " for the @Differentiable"
        + " methods of " + owner.getSimpleName() + ", but ";
    String earlier = written.get(companion);
    if (earlier != null) {
      reporter.error(Problem.NAME_CLASH, owner, firstPart + "it has already generated " + simple
          + " for " + earlier + " (a nested class Outer.Inner and a class Outer_Inner share the"
          + " name Outer_InnerDerivatives). Rename one of the two classes");
      return false;
    }
    TypeElement existing = sourceTypes.get(companion);
    if (existing != null) {
      var path = Trees.instance(processingEnv).getPath(existing);
      String file = path == null ? simple + ".java" : fileName(path.getCompilationUnit());
      if (isGeneratedByAdjoint(existing)) {
        reporter.error(Problem.NAME_CLASH, owner, firstPart + "a copy generated by an earlier"
            + " build is among the sources being compiled (" + file + "). Delete it (or clean the"
            + " build, e.g. mvn clean) and keep the directory of generated sources off the source"
            + " path");
      } else {
        reporter.error(Problem.NAME_CLASH, owner, firstPart + "the class " + simple
            + " already exists (declared in " + file + "). Rename " + simple + ", or move it to"
            + " another package");
      }
      return false;
    }
    byte[] compiled = classFile(companion);
    if (compiled == null || looksLikeCompanion(compiled)) {
      return true;
    }
    reporter.error(Problem.NAME_CLASH, owner, firstPart + "a class " + companion + " is already on"
        + " the class path, and the generated one would hide it. Rename that class, or move it to"
        + " another package");
    return false;
  }

  /** The top-level classes of the sources of this compilation, every round, by qualified name. */
  private final Map<String, TypeElement> sourceTypes = new HashMap<>();

  /**
   * The bytes of {@code qualifiedName}'s class file on the class path, or null if there is none.
   * Read as a file, not through {@code Elements}: completing a record from the class file that the
   * generated source then declares again crashes javac 17 (in Lower.generateMandatedAccessors).
   */
  private byte[] classFile(String qualifiedName) {
    int dot = qualifiedName.lastIndexOf('.');
    String pkg = dot < 0 ? "" : qualifiedName.substring(0, dot);
    try (InputStream in = processingEnv.getFiler().getResource(StandardLocation.CLASS_PATH, pkg,
        qualifiedName.substring(dot + 1) + ".class").openInputStream()) {
      return in.readAllBytes();
    } catch (IOException | IllegalArgumentException e) {
      return null; // no such class file (javac throws FileNotFoundException or IAE)
    }
  }

  private static String fileName(CompilationUnitTree unit) {
    String name = unit.getSourceFile().getName();
    return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  }

  /** True for a source that carries the {@code @Generated} mark Adjoint puts on its companions. */
  private static boolean isGeneratedByAdjoint(TypeElement type) {
    for (AnnotationMirror a : type.getAnnotationMirrors()) {
      if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName()
          .contentEquals("javax.annotation.processing.Generated")) {
        for (AnnotationValue v : a.getElementValues().values()) {
          if (String.valueOf(v.getValue()).contains(DifferentiableProcessor.class.getName())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * True if a class file has nothing a companion would not have (its {@code @Generated} mark does
   * not survive compilation): the class is public and final, it has no field and no constructor
   * that is not private, and every other public method is static and named like a generated one
   * (a package-private static method is the copy of a private one). A class file that cannot be read counts as a companion: Adjoint then writes its
   * own, as before.
   */
  static boolean looksLikeCompanion(byte[] classFile) {
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
      if (in.readInt() != 0xCAFEBABE) {
        return true;
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      for (int k = 1; k < count; k++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[k] = in.readUTF();
          case 7, 8, 16, 19, 20 -> in.skipBytes(2);
          case 15 -> in.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
          case 5, 6 -> {
            in.skipBytes(8);
            k++; // a long or double takes two entries
          }
          default -> {
            return true;
          }
        }
      }
      int access = in.readUnsignedShort();
      if ((access & ACC_PUBLIC) == 0 || (access & ACC_FINAL) == 0) {
        return false;
      }
      in.skipBytes(4); // this and super class
      in.skipBytes(2 * in.readUnsignedShort()); // interfaces
      int fields = in.readUnsignedShort();
      for (int f = 0; f < fields; f++) {
        if (visible(in.readUnsignedShort())) {
          return false;
        }
        in.skipBytes(4);
        skipAttributes(in);
      }
      boolean generatedMethod = false;
      int methods = in.readUnsignedShort();
      for (int m = 0; m < methods; m++) {
        int flags = in.readUnsignedShort();
        String name = utf8[in.readUnsignedShort()];
        in.skipBytes(2);
        skipAttributes(in);
        if (!visible(flags) || "<clinit>".equals(name)
            || ((flags & ACC_STATIC) != 0 && (flags & ACC_PUBLIC) == 0)) {
          continue; // the static initializer of copied constants, copies of private methods
        }
        if ((flags & ACC_STATIC) == 0 || name == null || !GENERATED_METHOD.matcher(name).matches()) {
          return false;
        }
        generatedMethod = true;
      }
      return generatedMethod;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  private static final int ACC_PUBLIC = 0x0001;
  private static final int ACC_PRIVATE = 0x0002;
  private static final int ACC_STATIC = 0x0008;
  private static final int ACC_FINAL = 0x0010;
  private static final int ACC_SYNTHETIC = 0x1000;

  private static boolean visible(int flags) {
    return (flags & (ACC_PRIVATE | ACC_SYNTHETIC)) == 0;
  }

  private static void skipAttributes(DataInputStream in) throws IOException {
    int attributes = in.readUnsignedShort();
    for (int a = 0; a < attributes; a++) {
      in.skipBytes(2);
      in.skipBytes(in.readInt());
    }
  }

  private static final Pattern GENERATED_METHOD =
      Pattern.compile(".+(Jvp|Vjp|Grad|Jacobian|Hvp|Hessian)");

  private static String trace(Throwable e) {
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
