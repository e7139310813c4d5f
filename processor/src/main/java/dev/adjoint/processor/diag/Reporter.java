package dev.adjoint.processor.diag;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The one place diagnostics leave Adjoint. Errors point at the exact sub-expression through
 * {@link Trees#printMessage}; {@link Messager} is used only where there is no tree (an annotation
 * value, a method without source).
 */
public final class Reporter {
  private final Trees trees;
  private final Messager messager;
  private int errors;

  public Reporter(Trees trees, Messager messager) {
    this.trees = trees;
    this.messager = messager;
  }

  public int errorCount() {
    return errors;
  }

  /** Reports an error at {@code tree} of {@code unit}. */
  public void error(Problem problem, Tree tree, CompilationUnitTree unit, String message) {
    errors++;
    trees.printMessage(Diagnostic.Kind.ERROR, problem.tag() + " " + message, tree, unit);
  }

  /** Reports an error at an element (its name), for problems with no better position. */
  public void error(Problem problem, Element element, String message) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, problem.tag() + " " + message, element);
  }

  /** Reports a warning at an element: something that compiles but does not do what it says. */
  public void warning(Problem problem, Element element, String message) {
    messager.printMessage(Diagnostic.Kind.WARNING, problem.tag() + " " + message, element);
  }

  /** Reports an error at one value of an annotation. */
  public void error(
      Problem problem, Element element, AnnotationMirror annotation, AnnotationValue value,
      String message) {
    errors++;
    messager.printMessage(
        Diagnostic.Kind.ERROR, problem.tag() + " " + message, element, annotation, value);
  }

  /** Reports an error and abandons the current method. */
  public AbortMethod abort(Problem problem, Tree tree, CompilationUnitTree unit, String message) {
    error(problem, tree, unit, message);
    return new AbortMethod();
  }
}
