package dev.adjoint.processor.parse;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BreakTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.Assign;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Block;
import dev.adjoint.processor.ir.Build;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Comment;
import dev.adjoint.processor.ir.Declare;
import dev.adjoint.processor.ir.Exit;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.Exprs;
import dev.adjoint.processor.ir.If;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Length;
import dev.adjoint.processor.ir.Loop;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Return;
import dev.adjoint.processor.ir.Stmt;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lowers a method body to IR statements. Compound assignments and increments become plain
 * assignments; each source statement is preceded by a {@link Comment} that the generated code
 * prints as a pointer back to the user's line.
 */
final class StatementLowering {
  private final Scope scope;
  private final Source source;
  private final Reporter reporter;
  private final ExpressionLowering expressions;
  private final EffectLowering effects;
  private final ArrayStatements arrays;
  private final SwitchLowering switches;
  private final Type resultType;
  private int depth; // how many branches and loops enclose the statement being lowered
  private int loopDepth;
  private boolean hasReturn;
  private boolean finalReturn;
  private int loopVars;

  StatementLowering(Scope scope, Symbols symbols, Source source, Reporter reporter,
      Type resultType, java.util.function.Predicate<javax.lang.model.element.ExecutableElement>
          callees) {
    this.scope = scope;
    this.source = source;
    this.reporter = reporter;
    this.resultType = resultType;
    this.expressions = new ExpressionLowering(scope, symbols, source, reporter, callees);
    this.effects = new EffectLowering(scope, symbols, source, reporter, expressions);
    this.arrays = new ArrayStatements(expressions, source, reporter);
    this.switches = new SwitchLowering(scope, symbols, expressions, source, reporter,
        this::lowerCase);
  }

  /** The constants the body reads that the companion must copy (see {@link ExpressionLowering}). */
  List<dev.adjoint.processor.ir.Constant> constants() {
    return expressions.constants();
  }

  /** The method body; {@link ExitLowering} later removes early returns, breaks and continues. */
  Block body(BlockTree body, Tree methodTree) {
    List<Stmt> out = new ArrayList<>();
    List<? extends StatementTree> stmts = body.getStatements();
    for (int i = 0; i < stmts.size(); i++) {
      StatementTree s = stmts.get(i);
      if (s instanceof ReturnTree && i == stmts.size() - 1) {
        finalReturn = true;
      }
      statement(s, out);
    }
    if (!hasReturn) {
      error(Problem.UNSUPPORTED, methodTree,
          "a @Differentiable method must end with 'return <expression>;'");
    }
    return Block.of(out);
  }

  private void statement(StatementTree s, List<Stmt> out) {
    expressions.arraysBefore(depth == 0 ? out : null);
    try {
      lowerStatement(s, out);
    } finally {
      expressions.arraysBefore(null);
    }
  }

  private void lowerStatement(StatementTree s, List<Stmt> out) {
    if (s instanceof VariableTree v) {
      comment(s, out);
      declaration(v, out);
    } else if (s instanceof ExpressionStatementTree e) {
      comment(s, out);
      expressionStatement(e, out);
    } else if (s instanceof IfTree i) {
      out.add(Comment.of(source.fileName(), source.pos(s).line(),
          "if " + source.text(i.getCondition())));
      Expr cond = expressions.condition(i.getCondition());
      Block then = nested(i.getThenStatement());
      Block otherwise = i.getElseStatement() == null ? Block.of(List.of())
          : nested(i.getElseStatement());
      out.add(new If(cond, then, otherwise, source.pos(i)));
    } else if (s instanceof ForLoopTree f) {
      forLoop(f, out);
    } else if (s instanceof EnhancedForLoopTree f) {
      enhancedFor(f, out);
    } else if (s instanceof WhileLoopTree w) {
      out.add(Comment.of(source.fileName(), source.pos(s).line(),
          "while " + source.text(w.getCondition())));
      Expr cond = expressions.condition(w.getCondition());
      loopDepth++;
      Block body = nested(w.getStatement());
      loopDepth--;
      out.add(new Loop(List.of(), cond, List.of(), body, true, source.pos(w)));
    } else if (s instanceof DoWhileLoopTree w) {
      out.add(Comment.of(source.fileName(), source.pos(s).line(), "do"));
      loopDepth++;
      Block body = nested(w.getStatement());
      loopDepth--;
      Expr cond = expressions.condition(w.getCondition());
      out.add(new Loop(List.of(), cond, List.of(), body, false, source.pos(w)));
    } else if (s instanceof BlockTree b) {
      scope.push();
      b.getStatements().forEach(inner -> statement(inner, out));
      scope.pop();
    } else if (s instanceof ReturnTree r) {
      comment(s, out);
      hasReturn = true;
      if (r.getExpression() == null) {
        error(Problem.UNSUPPORTED, r, "return needs a value");
      } else {
        if (resultType.isArray() && (depth > 0 || !finalReturn)) {
          error(Problem.UNSUPPORTED, r, "an array-valued method can return only at its end for"
              + " now; fill the result array and return it as the last statement");
        }
        if (r.getExpression() instanceof com.sun.source.tree.SwitchExpressionTree sx
            && !resultType.isArray()) {
          Var value = new Var("switchValue", resultType, Var.Kind.LOCAL);
          out.add(new Declare(value, resultType.zero(), source.pos(r)));
          switches.expression(sx, value, out);
          out.add(new Return(new Ref(value, source.pos(r)), source.pos(r)));
        } else {
          out.add(new Return(result(r.getExpression()), source.pos(r)));
        }
      }
      finalReturn = false;
    } else if (s instanceof com.sun.source.tree.LabeledStatementTree l) {
      statement(l.getStatement(), out); // a label matters only to a labelled exit, refused there
    } else if (s instanceof BreakTree b) {
      exit(b.getLabel(), true, s, out);
    } else if (s instanceof ContinueTree c) {
      exit(c.getLabel(), false, s, out);
    } else if (s instanceof com.sun.source.tree.SwitchTree sw) {
      out.add(Comment.of(source.fileName(), source.pos(s).line(),
          "switch " + parenthesized(source.text(sw.getExpression()))));
      switches.statement(sw, out);
    } else if (s instanceof com.sun.source.tree.ThrowTree
        || s instanceof com.sun.source.tree.AssertTree) {
      comment(s, out);
      effects.lower(s).ifPresent(out::add); // an argument check stays as the user wrote it
    } else if (s.getKind() == Tree.Kind.EMPTY_STATEMENT) {
      // nothing to do
    } else {
      error(Problem.UNSUPPORTED, s, Constructs.describe(s) + " " + Constructs.advice(s));
    }
  }

  private void forLoop(ForLoopTree f, List<Stmt> out) {
    out.add(Comment.of(source.fileName(), source.pos(f).line(),
        source.textBefore(f, f.getStatement())));
    scope.push();
    depth++;
    List<Stmt> init = new ArrayList<>();
    f.getInitializer().forEach(st -> loopPart(st, init));
    Expr cond;
    if (f.getCondition() == null) {
      error(Problem.UNSUPPORTED, f, "a for loop without a condition needs break, which is not"
          + " supported yet; give the loop a condition");
      cond = new Literal(Type.BOOLEAN, "true", source.pos(f));
    } else {
      cond = expressions.condition(f.getCondition());
    }
    List<Stmt> update = new ArrayList<>();
    f.getUpdate().forEach(st -> loopPart(st, update));
    depth--;
    loopDepth++;
    Block body = nested(f.getStatement());
    loopDepth--;
    scope.pop();
    out.add(new Loop(init, cond, update, body, true, source.pos(f)));
  }

  /** A for loop's init or update part: declarations and assignments only, no comments. */
  private void loopPart(StatementTree st, List<Stmt> out) {
    List<Stmt> parts = new ArrayList<>();
    statement(st, parts);
    parts.stream().filter(p -> !(p instanceof Comment)).forEach(out::add);
  }

  /** {@code for (double v : a)} as {@code for (int i = 0; i < a.length; i++)}; over a matrix, the row variable is an alias of {@code m[i]}. */
  private void enhancedFor(EnhancedForLoopTree f, List<Stmt> out) {
    out.add(Comment.of(source.fileName(), source.pos(f).line(), "for (" + source.text(
        f.getVariable()) + " : " + source.text(f.getExpression()) + ")"));
    Expr array = expressions.lower(f.getExpression());
    Optional<Type> declared = ExpressionLowering.primitive(f.getVariable().getType());
    boolean overRows = array.type() == Type.DOUBLE_MATRIX;
    Type elementType = overRows ? Type.DOUBLE_ARRAY : Type.DOUBLE;
    if (!(array.type() == Type.DOUBLE_ARRAY || overRows)
        || (declared.isPresent() && declared.get() != elementType)
        || (declared.isEmpty() && !isVar(f.getVariable().getType()))) {
      error(Problem.UNSUPPORTED, f, "an enhanced for loop is supported over a double[] with a"
          + " double variable and over a double[][] with a double[] variable; index the array"
          + " with a counted for loop instead");
      return;
    }
    Pos pos = source.pos(f);
    Var index = new Var(loopVars++ == 0 ? "i" : "i" + loopVars, Type.INT, Var.Kind.LOCAL);
    Expr indexRef = new Ref(index, pos);
    Stmt init = new Declare(index, new Literal(Type.INT, "0", pos), pos);
    Expr cond = new Binary(Binary.Op.LT, indexRef, new Length(array, pos), Type.BOOLEAN, pos);
    Stmt update = new Assign(indexRef, new Binary(Binary.Op.ADD, indexRef, Literal.ofInt(1),
        Type.INT, pos), pos);
    scope.push();
    List<Stmt> body = new ArrayList<>();
    String name = f.getVariable().getName().toString();
    if (overRows) {
      scope.declareAlias(name, new Index(array, indexRef, Type.DOUBLE_ARRAY, pos)); // a row
    } else {
      Var element = new Var(name, Type.DOUBLE, Var.Kind.LOCAL);
      scope.declare(name, element);
      body.add(new Declare(element, new Index(array, indexRef, Type.DOUBLE, pos), pos));
    }
    depth++;
    loopDepth++;
    if (f.getStatement() instanceof BlockTree b) {
      b.getStatements().forEach(inner -> statement(inner, body));
    } else {
      statement(f.getStatement(), body);
    }
    loopDepth--;
    depth--;
    scope.pop();
    out.add(new Loop(List.of(init), cond, List.of(update), Block.of(body), true, pos));
  }

  private void exit(javax.lang.model.element.Name label, boolean isBreak, StatementTree s,
      List<Stmt> out) {
    if (label != null) {
      error(Problem.UNSUPPORTED, s, "labelled break and continue are not supported; exit the"
          + " inner loop with a flag that the outer loop tests");
    } else if (loopDepth == 0) {
      error(Problem.UNSUPPORTED, s, (isBreak ? "break" : "continue") + " outside a loop is not"
          + " supported");
    } else {
      comment(s, out);
      out.add(new Exit(isBreak, source.pos(s)));
    }
  }

  /** One case of a switch, as a nested block; a switch expression's case then gives its value. */
  private Block lowerCase(com.sun.source.tree.CaseTree c, List<? extends StatementTree> stmts,
      ExpressionTree value, Var target) {
    List<Stmt> out = new ArrayList<>();
    depth++;
    scope.push();
    stmts.forEach(inner -> statement(inner, out));
    if (value != null) {
      if (c.getBody() == value) {
        comment(c, out);
      }
      out.add(new Assign(new Ref(target, source.pos(value)),
          convert(expressions.lower(value), target.type(), value), source.pos(value)));
    }
    scope.pop();
    depth--;
    return Block.of(out);
  }

  private Block nested(StatementTree s) {
    List<Stmt> out = new ArrayList<>();
    depth++;
    scope.push();
    if (s instanceof BlockTree b) {
      b.getStatements().forEach(inner -> statement(inner, out));
    } else {
      statement(s, out);
    }
    scope.pop();
    depth--;
    return Block.of(out);
  }

  private void declaration(VariableTree v, List<Stmt> out) {
    Optional<Type> declaredType = ExpressionLowering.primitive(v.getType());
    if (v.getInitializer() instanceof com.sun.source.tree.SwitchExpressionTree sx) {
      if (declaredType.isEmpty() || !declaredType.get().isNumeric()) {
        error(Problem.UNSUPPORTED_TYPE, v, "a switch expression is supported as a double, int"
            + " or long value; declare '" + v.getName() + "' with one of those types");
        return;
      }
      Var var = new Var(v.getName().toString(), declaredType.get(), Var.Kind.LOCAL);
      out.add(new Declare(var, declaredType.get().zero(), source.pos(v)));
      switches.expression(sx, var, out);
      scope.declare(var.hint(), var);
      return;
    }
    if (declaredType.isPresent() && declaredType.get().isArray()) {
      arrayDeclaration(v, declaredType.get(), out, null);
      return;
    }
    Expr init = v.getInitializer() == null ? null : expressions.lower(v.getInitializer());
    if (isVar(v.getType()) && init != null && init.type().isArray()) {
      arrayDeclaration(v, init.type(), out, init); // var u = squares(x);
      return;
    }
    if (init != null && init.type().isArray()) {
      error(Problem.UNSUPPORTED, v.getInitializer(), "array aliases are not supported yet;"
          + " index the array directly (m[i][j] rather than a row variable)");
      init = null;
    }
    Optional<Type> declared = declaredType;
    Type type;
    if (declared.isPresent()) {
      type = declared.get();
    } else if (isVar(v.getType()) && init != null) {
      type = init.type();
    } else {
      error(Problem.UNSUPPORTED_TYPE, v.getType() == null ? v : v.getType(),
          "local '" + v.getName() + "' has type " + v.getType()
              + "; @Differentiable methods support double, int, long and boolean locals");
      type = Type.DOUBLE;
    }
    if (init != null) {
      init = convert(init, type, v.getInitializer());
    }
    Var var = new Var(v.getName().toString(), type, Var.Kind.LOCAL);
    scope.declare(v.getName().toString(), var);
    out.add(new Declare(var, init, source.pos(v)));
  }

  /**
   * {@code double[] a = new double[n];} or {@code double[] a = {x, y};}, the latter written as
   * an allocation followed by one element assignment per value.
   */
  private void arrayDeclaration(VariableTree v, Type type, List<Stmt> out, Expr lowered) {
    Pos pos = source.pos(v);
    Var var = new Var(v.getName().toString(), type, Var.Kind.LOCAL);
    ExpressionTree init = v.getInitializer();
    Expr location = lowered != null ? lowered
        : init == null || init instanceof NewArrayTree ? null : expressions.lower(init);
    if (location != null && Exprs.root(location) != null && location.type() == type) {
      alias(v, location, out);
      return;
    }
    boolean fresh = init == null || init instanceof NewArrayTree;
    if (depth > 0 && (type != Type.DOUBLE_ARRAY || !fresh)) {
      // a scratch double[] is a new array per iteration; a matrix or a call's array is not yet
      error(Problem.UNSUPPORTED, v, "inside a loop or branch, Adjoint supports double[] arrays"
          + " created where they are declared (new double[n] or {...}); declare '"
          + v.getName() + "' before the loop and reuse it");
    }
    if (init instanceof NewArrayTree n && n.getInitializers() != null) {
      scope.declare(var.hint(), var);
      out.add(new Declare(var, new NewArray(type, List.of(Literal.ofInt(
          n.getInitializers().size())), pos), pos));
      expressions.fillInitializer(new Ref(var, pos), type, n.getInitializers(), out);
      return;
    }
    Expr value = location != null ? location : init == null ? null : expressions.lower(init);
    if (!(value instanceof NewArray || value instanceof Invoke) || value.type() != type) {
      error(Problem.UNSUPPORTED, init == null ? v : init, "a local array must be created where"
          + " it is declared, with new " + type.javaName().replaceFirst("\\[\\]", "[n]")
          + " or an initializer {...}; array aliases and copies are not supported yet");
      value = new NewArray(type, List.of(Literal.ofInt(0)), pos);
    }
    scope.declare(var.hint(), var);
    out.add(new Declare(var, value, pos));
  }

  /**
   * {@code double[] row = m[i]}: {@code row} names the location {@code m[i]} in every use, so
   * reads and writes through it are reads and writes of {@code m}. An index other than a literal
   * is evaluated once into an int local, so the alias keeps meaning the row it was given.
   */
  private void alias(VariableTree v, Expr location, List<Stmt> out) {
    if (location instanceof Index ix && !(ix.index() instanceof Literal)) {
      Var row = new Var(v.getName() + "Row", Type.INT, Var.Kind.LOCAL);
      out.add(new Declare(row, ix.index(), source.pos(v)));
      location = new Index(ix.array(), new Ref(row, source.pos(v)), ix.type(), ix.pos());
    }
    scope.declareAlias(v.getName().toString(), location);
  }

  private static boolean isVar(Tree type) {
    return type == null || (type instanceof IdentifierTree id && id.getName().contentEquals("var"));
  }

  private void expressionStatement(ExpressionStatementTree statement, List<Stmt> out) {
    ExpressionTree e = statement.getExpression();
    Pos pos = source.pos(e);
    if (e instanceof AssignmentTree a && a.getExpression() instanceof NewArrayTree n
        && n.getInitializers() != null) {
      Expr target = target(a.getVariable()); // rows[i] = new double[] {...}: allocate, then fill
      if (target != null && target.type() == Type.DOUBLE_ARRAY && target instanceof Index) {
        out.add(new Assign(target, new NewArray(Type.DOUBLE_ARRAY, List.of(Literal.ofInt(
            n.getInitializers().size())), pos), pos));
        expressions.fillInitializer(target, Type.DOUBLE_ARRAY, n.getInitializers(), out);
      } else if (target != null) {
        error(Problem.UNSUPPORTED, a, "only a row of a matrix can be given a new array here");
      }
    } else if (e instanceof AssignmentTree a
        && a.getExpression() instanceof com.sun.source.tree.SwitchExpressionTree sx) {
      Expr target = target(a.getVariable());
      if (target instanceof Ref r) {
        switches.expression(sx, r.var(), out);
      } else if (target != null) {
        Var value = new Var("switchValue", target.type(), Var.Kind.LOCAL);
        out.add(new Declare(value, target.type().zero(), pos));
        switches.expression(sx, value, out);
        out.add(new Assign(target, new Ref(value, pos), pos));
      }
    } else if (e instanceof AssignmentTree a) {
      Expr target = target(a.getVariable());
      if (target != null) {
        Expr value = convert(expressions.lower(a.getExpression()), target.type(), a.getExpression());
        out.add(new Assign(target, value, pos));
      }
    } else if (e instanceof CompoundAssignmentTree c) {
      Binary.Op op = compoundOp(c.getKind());
      Expr target = target(c.getVariable());
      Expr value = expressions.lower(c.getExpression());
      if (op == null) {
        error(Problem.UNSUPPORTED, c, "this compound assignment is not supported; write"
            + " x = x op y with +, -, * or /");
      } else if (target != null) {
        out.add(new Assign(target, update(target, op, value, c), pos));
      }
    } else if (e instanceof MethodInvocationTree call && ArrayStatements.handles(call)) {
      arrays.lower(call, out);
    } else if (e instanceof MethodInvocationTree) {
      // a call for its effect alone (a check, a print): it runs in the forward sweeps as written
      effects.lower(statement).ifPresent(out::add);
    } else if (e instanceof UnaryTree u && isIncrement(u.getKind())) {
      Expr target = target(u.getExpression());
      if (target != null) {
        Binary.Op op = u.getKind() == Tree.Kind.PREFIX_INCREMENT
            || u.getKind() == Tree.Kind.POSTFIX_INCREMENT ? Binary.Op.ADD : Binary.Op.SUB;
        out.add(new Assign(target, update(target, op, Literal.ofInt(1), u), pos));
      }
    } else {
      error(Problem.UNSUPPORTED, e, "this statement computes a value and discards it;"
          + " assign it to a local or remove it");
    }
  }

  /** {@code t op= v} as {@code t = (T) (t op v)}, the cast only where Java narrows implicitly. */
  private Expr update(Expr target, Binary.Op op, Expr value, Tree tree) {
    if (!target.type().isNumeric() || !value.type().isNumeric()) {
      error(Problem.UNSUPPORTED_TYPE, tree, "compound assignment needs numbers");
      return target;
    }
    Type type = Type.promote(target.type(), value.type());
    if (op == Binary.Op.REM && type == Type.DOUBLE) {
      error(Problem.UNSUPPORTED, tree, "%= on doubles is not supported yet: its derivative"
          + " jumps where x/y crosses an integer; write x = Math.IEEEremainder(x, y) or"
          + " x = x - y * Math.floor(x / y)");
    }
    Expr result = new Binary(op, target, value, type, source.pos(tree));
    return type == target.type() ? result : new Cast(target.type(), result, source.pos(tree));
  }

  private Expr target(ExpressionTree variable) {
    if (variable instanceof ArrayAccessTree access) {
      Expr element = expressions.lower(access);
      Var root = Exprs.root(element);
      if (root != null && root.kind() == Var.Kind.PARAM) {
        error(Problem.UNSUPPORTED, variable, "writing into the parameter array '" + root.hint()
            + "' would change the caller's array (and its accumulator no longer matches);"
            + " copy it into a local array first");
        return null;
      }
      if (root == null && element instanceof Index) {
        error(Problem.UNSUPPORTED, variable, "this writes into an array held by a field, and"
            + " Adjoint reads fields as constants of the call, so the write would get no"
            + " derivative; write into a local array instead (double[] work = new double[n];)");
        return null;
      }
      return element instanceof Index ? element : null;
    }
    if (variable instanceof IdentifierTree id) {
      Var v = scope.lookup(id.getName().toString());
      if (v != null && v.type().isArray()) {
        error(Problem.UNSUPPORTED, variable, "assigning a whole array variable is not"
            + " supported yet; assign its elements, or declare a new array");
        return null;
      }
      if (v != null) {
        return new Ref(v, source.pos(id));
      }
      error(Problem.UNSUPPORTED, variable, "assigning to '" + id.getName() + "', which is not a"
          + " local or parameter: @Differentiable methods must not change fields");
      return null;
    }
    error(Problem.UNSUPPORTED, variable, Constructs.describe(variable) + " "
        + "only locals and parameters can be assigned");
    return null;
  }

  /** {@code (kind)}: a selector's text comes with its parentheses on some JDKs, without on others. */
  private static String parenthesized(String text) {
    return text.startsWith("(") && text.endsWith(")") ? text : "(" + text + ")";
  }

  private Expr convert(Expr value, Type to, Tree tree) {
    if (value.type() == to) {
      return value;
    }
    if (to.isNumeric() && value.type().isNumeric()) {
      return value; // implicit widening (int to double, int to long); javac rejects narrowing
    }
    error(Problem.UNSUPPORTED_TYPE, tree, "expected a " + to.javaName() + " here, found a "
        + value.type().javaName());
    return value;
  }

  /** The returned value: a number, or an array variable for an array-valued method. */
  private Expr result(ExpressionTree tree) {
    Expr e = expressions.lower(tree);
    if (resultType.isArray()) {
      if (!(e instanceof Ref r) || r.type() != resultType) {
        error(Problem.UNSUPPORTED, tree, "an array-valued @Differentiable method must return a"
            + " " + resultType.javaName() + " variable; build the result in a local array and"
            + " return it");
      }
    } else if (!e.type().isNumeric()) {
      error(Problem.UNSUPPORTED_TYPE, tree, "the result must be a number");
    }
    return e;
  }

  private static Binary.Op compoundOp(Tree.Kind kind) {
    switch (kind) {
      case PLUS_ASSIGNMENT:
        return Binary.Op.ADD;
      case MINUS_ASSIGNMENT:
        return Binary.Op.SUB;
      case MULTIPLY_ASSIGNMENT:
        return Binary.Op.MUL;
      case DIVIDE_ASSIGNMENT:
        return Binary.Op.DIV;
      case REMAINDER_ASSIGNMENT:
        return Binary.Op.REM;
      default:
        return null;
    }
  }

  private static boolean isIncrement(Tree.Kind kind) {
    return kind == Tree.Kind.PREFIX_INCREMENT || kind == Tree.Kind.POSTFIX_INCREMENT
        || kind == Tree.Kind.PREFIX_DECREMENT || kind == Tree.Kind.POSTFIX_DECREMENT;
  }

  private void comment(Tree s, List<Stmt> out) {
    out.add(Comment.of(source.fileName(), source.pos(s).line(), source.text(s)));
  }

  private void error(Problem problem, Tree tree, String message) {
    reporter.error(problem, tree, source.unit(), message);
  }
}
