package dev.adjoint.processor.parse;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import dev.adjoint.processor.diag.Problem;
import dev.adjoint.processor.diag.Reporter;
import dev.adjoint.processor.ir.ArrayInit;
import dev.adjoint.processor.ir.Binary;
import dev.adjoint.processor.ir.Call;
import dev.adjoint.processor.ir.Cast;
import dev.adjoint.processor.ir.Conditional;
import dev.adjoint.processor.ir.Constant;
import dev.adjoint.processor.ir.Expr;
import dev.adjoint.processor.ir.FieldRef;
import dev.adjoint.processor.ir.Index;
import dev.adjoint.processor.ir.Invoke;
import dev.adjoint.processor.ir.Length;
import dev.adjoint.processor.ir.Member;
import dev.adjoint.processor.ir.NewArray;
import dev.adjoint.processor.ir.Literal;
import dev.adjoint.processor.ir.Pos;
import dev.adjoint.processor.ir.Ref;
import dev.adjoint.processor.ir.Type;
import dev.adjoint.processor.ir.Unary;
import dev.adjoint.processor.ir.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Lowers one expression tree to a typed IR expression. Types come from the declared types of
 * parameters, locals and fields and from Java's promotion rules, never from javac attribution.
 * An unsupported form is reported at its exact tree; lowering then continues with a placeholder so
 * one pass reports every problem of a method.
 */
final class ExpressionLowering {
  private final Scope scope;
  private final Symbols symbols;
  private final Source source;
  private final Reporter reporter;
  private final java.util.function.Predicate<ExecutableElement> callees;
  private final java.util.Map<VariableElement, Constant> copies;

  /**
   * @param callees tells whether a {@code @Differentiable} callee's companion is reachable: it is
   *     compiled from source now, or its companion class exists
   */
  ExpressionLowering(Scope scope, Symbols symbols, Source source, Reporter reporter,
      java.util.function.Predicate<ExecutableElement> callees) {
    this(scope, symbols, source, reporter, callees, new java.util.LinkedHashMap<>());
  }

  private ExpressionLowering(Scope scope, Symbols symbols, Source source, Reporter reporter,
      java.util.function.Predicate<ExecutableElement> callees,
      java.util.Map<VariableElement, Constant> copies) {
    this.copies = copies;
    this.scope = scope;
    this.symbols = symbols;
    this.source = source;
    this.reporter = reporter;
    this.callees = callees;
  }

  Expr lower(ExpressionTree tree) {
    Pos pos = source.pos(tree);
    if (tree instanceof ParenthesizedTree p) {
      return lower(p.getExpression());
    }
    if (tree instanceof LiteralTree l) {
      return literal(l, pos);
    }
    if (tree instanceof IdentifierTree id) {
      return identifier(id, pos);
    }
    if (tree instanceof MemberSelectTree select) {
      return memberSelect(select, pos);
    }
    if (tree instanceof UnaryTree u) {
      return unary(u, pos);
    }
    if (tree instanceof BinaryTree b) {
      return binary(b, pos);
    }
    if (tree instanceof ConditionalExpressionTree c) {
      return conditional(c, pos);
    }
    if (tree instanceof TypeCastTree c) {
      return cast(c, pos);
    }
    if (tree instanceof MethodInvocationTree call) {
      return call(call, pos);
    }
    if (tree instanceof ArrayAccessTree access) {
      return arrayAccess(access, pos);
    }
    if (tree instanceof NewArrayTree n && n.getInitializers() == null) {
      return newArray(n, pos);
    }
    if (tree instanceof com.sun.source.tree.SwitchExpressionTree) {
      return unsupported(tree, "a switch expression is supported as the value of a declaration,"
          + " an assignment or a return; assign it to a local first");
    }
    if (tree instanceof NewArrayTree n && arraysBefore != null) {
      return arrayValue(n, pos);
    }
    if (tree instanceof NewArrayTree) {
      return unsupported(tree, "an array initializer is supported where a local array is"
          + " declared, and as a value at the top level of the method; declare the array before"
          + " the loop or branch and pass the variable");
    }
    return unsupported(tree, Constructs.describe(tree) + " " + Constructs.advice(tree));
  }

  private List<dev.adjoint.processor.ir.Stmt> arraysBefore;
  private int arrayValues;

  /**
   * Lets {@code new double[] {a, b}} used as a value (an argument, a returned value) become a
   * local array that {@code out} declares and fills before the statement; null turns that off.
   */
  void arraysBefore(List<dev.adjoint.processor.ir.Stmt> out) {
    this.arraysBefore = out;
  }

  /** {@code new double[] {a, b}} as a value: a local array, allocated and filled first. */
  private Expr arrayValue(NewArrayTree n, Pos pos) {
    Optional<Type> element = primitive(n.getType());
    Type type = element.map(Type::arrayOf).orElse(null);
    if (type == null || !type.isDifferentiable() || !type.isArray()) {
      return error(Problem.UNSUPPORTED_TYPE, n, "only double[] and double[][] initializers are"
          + " supported");
    }
    Var array = new Var(arrayValues++ == 0 ? "values" : "values" + arrayValues, type,
        Var.Kind.LOCAL);
    Expr ref = new Ref(array, pos);
    arraysBefore.add(new dev.adjoint.processor.ir.Declare(array, new NewArray(type,
        List.of(Literal.ofInt(n.getInitializers().size())), pos), pos));
    fillInitializer(ref, type, n.getInitializers(), arraysBefore);
    return ref;
  }

  /** {@code target[k] = values[k]} for each value, a row's {@code {...}} allocated and filled. */
  void fillInitializer(Expr target, Type type, List<? extends ExpressionTree> values,
      List<dev.adjoint.processor.ir.Stmt> out) {
    for (int k = 0; k < values.size(); k++) {
      ExpressionTree value = values.get(k);
      Expr element = new Index(target, Literal.ofInt(k), type.element(), source.pos(value));
      if (type == Type.DOUBLE_MATRIX && value instanceof NewArrayTree row
          && row.getInitializers() != null) {
        out.add(new dev.adjoint.processor.ir.Assign(element, new NewArray(Type.DOUBLE_ARRAY,
            List.of(Literal.ofInt(row.getInitializers().size())), source.pos(row)),
            source.pos(row)));
        fillInitializer(element, Type.DOUBLE_ARRAY, row.getInitializers(), out);
      } else if (type == Type.DOUBLE_ARRAY) {
        out.add(new dev.adjoint.processor.ir.Assign(element,
            numeric(lower(value), value), source.pos(value)));
      } else {
        error(Problem.UNSUPPORTED, value, "write each row of a matrix initializer as {...}");
      }
    }
  }

  /** Lowers a condition, which must be boolean. */
  Expr condition(ExpressionTree tree) {
    Expr c = lower(tree);
    if (c.type() != Type.BOOLEAN) {
      return error(Problem.UNSUPPORTED_TYPE, tree, "a condition must be boolean");
    }
    return c;
  }

  private Expr literal(LiteralTree l, Pos pos) {
    String text = source.text(l);
    switch (l.getKind()) {
      case INT_LITERAL:
        return new Literal(Type.INT, text, pos);
      case LONG_LITERAL:
        return new Literal(Type.LONG, text, pos);
      case DOUBLE_LITERAL:
        return new Literal(Type.DOUBLE, text, pos);
      case BOOLEAN_LITERAL:
        return new Literal(Type.BOOLEAN, text, pos);
      case FLOAT_LITERAL:
        return error(Problem.UNSUPPORTED_TYPE, l,
            "float literal " + text + ": Adjoint computes in double; write a double literal");
      default:
        return unsupported(l, "this literal has no numeric value; only numbers and booleans can be"
            + " used in @Differentiable methods");
    }
  }

  private Expr identifier(IdentifierTree id, Pos pos) {
    String name = id.getName().toString();
    Var v = scope.lookup(name);
    if (v != null) {
      return new Ref(v, pos);
    }
    Expr alias = scope.alias(name);
    if (alias != null) {
      return alias;
    }
    if (scope.field(name) != null) {
      return new Ref(scope.field(name), pos);
    }
    Optional<VariableElement> field = symbols.resolveField(name);
    if (field.isPresent()) {
      return field(field.get(), id, pos);
    }
    return error(Problem.UNKNOWN_NAME, id, "cannot resolve '" + name
        + "': Adjoint sees parameters, locals and static final constants only");
  }

  private Expr arrayAccess(ArrayAccessTree access, Pos pos) {
    Expr array = lower(access.getExpression());
    Expr index = lower(access.getIndex());
    if (!array.type().isArray()) {
      return error(Problem.UNSUPPORTED_TYPE, access.getExpression(), "only arrays can be indexed");
    }
    if (!(array instanceof Ref || array instanceof Index || array instanceof FieldRef
        || array instanceof Member)) {
      return unsupported(access, "indexing the result of a call is not supported; store it in a"
          + " local array declared at the top level of the method, then index that");
    }
    if (index.type() != Type.INT) {
      return error(Problem.UNSUPPORTED_TYPE, access.getIndex(), "an array index must be an int");
    }
    return new Index(array, index, array.type().element(), pos);
  }

  private Expr newArray(NewArrayTree n, Pos pos) {
    Optional<Type> element = primitive(n.getType());
    int rank = n.getDimensions().size();
    boolean jagged = element.isPresent() && element.get() == Type.DOUBLE_ARRAY && rank == 1;
    if (!jagged && (element.isEmpty() || element.get() != Type.DOUBLE || rank < 1 || rank > 2)) {
      return error(Problem.UNSUPPORTED_TYPE, n, "only new double[n], new double[n][m] and"
          + " new double[n][] arrays are supported");
    }
    List<Expr> dims = new ArrayList<>();
    for (ExpressionTree d : n.getDimensions()) {
      Expr size = lower(d);
      if (size.type() != Type.INT) {
        error(Problem.UNSUPPORTED_TYPE, d, "an array size must be an int");
      }
      dims.add(size);
    }
    return new NewArray(rank == 1 && !jagged ? Type.DOUBLE_ARRAY : Type.DOUBLE_MATRIX, dims, pos);
  }

  private Expr memberSelect(MemberSelectTree select, Pos pos) {
    if (select.getExpression() instanceof IdentifierTree id
        && (id.getName().contentEquals("this") || id.getName().contentEquals("super"))) {
      boolean ofSuper = id.getName().contentEquals("super");
      Var differentiated = scope.field(select.getIdentifier().toString());
      if (differentiated != null) {
        return new Ref(differentiated, pos); // this.w, which wrt names
      }
      Optional<VariableElement> f = ofSuper
          ? symbols.superclass(symbols.enclosing())
              .flatMap(s -> symbols.field(s, select.getIdentifier().toString()))
          : symbols.field(symbols.enclosing(), select.getIdentifier().toString());
      if (f.isPresent() && ofSuper && symbols.field(symbols.enclosing(),
          select.getIdentifier().toString()).orElse(null) != f.get()) {
        return unsupported(select, "super." + select.getIdentifier() + " is hidden by a field"
            + " of the same name in " + symbols.enclosing().getSimpleName() + "; rename one of"
            + " them");
      }
      if (f.isPresent()) {
        return field(f.get(), select, pos);
      }
      return error(Problem.UNKNOWN_NAME, select, "cannot resolve field '"
          + select.getIdentifier() + "'");
    }
    if (select.getIdentifier().contentEquals("length")
        && !(select.getExpression() instanceof IdentifierTree id
            && scope.lookup(id.getName().toString()) == null
            && scope.alias(id.getName().toString()) == null
            && symbols.resolveField(id.getName().toString()).isEmpty())) {
      Expr array = lower(select.getExpression());
      if (!array.type().isArray()) {
        return error(Problem.UNSUPPORTED_TYPE, select, ".length needs an array");
      }
      return new Length(array, pos);
    }
    Optional<TypeElement> owner = symbols.resolveType(select.getExpression());
    if (owner.isPresent()) {
      Optional<VariableElement> f =
          symbols.field(owner.get(), select.getIdentifier().toString());
      if (f.isPresent()) {
        return field(f.get(), select, pos);
      }
      return error(Problem.UNKNOWN_NAME, select, "cannot resolve field '"
          + select.getIdentifier() + "' of " + owner.get().getSimpleName() + "; use a field it"
          + " declares, a static final constant of your own, or a literal");
    }
    return unsupported(select, Constructs.describe(select) + " " + Constructs.advice(select));
  }

  /** A field becomes a constant: inlined when private, referenced by name otherwise. */
  private Expr field(VariableElement f, Tree tree, Pos pos) {
    String name = f.getSimpleName().toString();
    Var receiver = scope.lookup("this");
    if (!f.getModifiers().contains(Modifier.STATIC) && receiver != null) {
      Optional<Type> fieldType = Symbols.typeOf(f.asType());
      if (fieldType.isEmpty()) {
        return error(Problem.UNSUPPORTED_TYPE, tree, "field '" + name + "' has type "
            + f.asType() + "; an instance method can read double, double[], double[][], int,"
            + " long and boolean fields");
      }
      if (!symbols.accessibleFromCompanion(f)) {
        return error(Problem.NOT_CONSTANT, tree, "field '" + name + "' is " + access(f)
            + ", so the generated class cannot read it; make it package-private");
      }
      return new Member(new Ref(receiver, pos), name, fieldType.get(),
          pos);
    }
    if (!f.getModifiers().contains(Modifier.STATIC) || !f.getModifiers().contains(Modifier.FINAL)) {
      return error(Problem.NOT_CONSTANT, tree, "field '" + name + "' is not static final:"
          + " Adjoint treats fields as constants; make it static final or pass it as a parameter");
    }
    Optional<Type> type = Symbols.typeOf(f.asType());
    if (type.isEmpty()) {
      return error(Problem.UNSUPPORTED_TYPE, tree, "field '" + name + "' has type " + f.asType()
          + "; only double, int, long and boolean constants are supported");
    }
    TypeElement owner = (TypeElement) f.getEnclosingElement();
    if (symbols.accessibleFromCompanion(f)) {
      return new FieldRef(symbols.nameFrom(owner) + "." + name, type.get(), pos);
    }
    Object value = f.getConstantValue();
    if (value == null) {
      return copy(f, type.get(), tree, pos);
    }
    return constant(value, type.get(), pos);
  }

  /**
   * The constants the companion must hold a copy of, dependencies first: the private static
   * final fields the method reads whose values are not compile-time constants.
   */
  List<Constant> constants() {
    return List.copyOf(copies.values());
  }

  /**
   * A private static final field the companion cannot read: it declares its own, with the same
   * initializer evaluated the same way, and the generated code reads that one.
   */
  private Expr copy(VariableElement f, Type type, Tree use, Pos pos) {
    Constant c = copies.get(f);
    if (c == null) {
      String name = f.getSimpleName().toString();
      Optional<Tree> declaration = source.declarationInThisFile(f);
      if (declaration.isEmpty() || !(declaration.get()
          instanceof com.sun.source.tree.VariableTree v) || v.getInitializer() == null) {
        boolean isPrivate = f.getModifiers().contains(Modifier.PRIVATE);
        String where = declaration.isEmpty() ? "declared in another file"
            : "gets its value outside its declaration";
        return error(Problem.NOT_CONSTANT, use, "field '" + name + "' is " + access(f)
            + (isPrivate ? "" : ",") + " and " + where + ", so the generated class can neither"
            + " read nor copy it; make it " + (isPrivate ? "package-private" : "public")
            + " or pass it as a parameter");
      }
      ExpressionLowering initializer = new ExpressionLowering(new Scope(), symbols, source,
          reporter, callees, copies);
      int errorsBefore = reporter.errorCount();
      Expr value = initializer.tableOrValue(v.getInitializer(), type);
      if (reporter.errorCount() > errorsBefore) {
        return error(Problem.NOT_CONSTANT, use, "the generated class copies the private field '"
            + name + "', but its initializer cannot be copied (see the error there); make the"
            + " field package-private or pass it as a parameter");
      }
      java.util.Set<String> taken = new java.util.HashSet<>();
      copies.values().forEach(other -> taken.add(other.name()));
      while (taken.contains(name)) {
        name = name + "_"; // a private field of the same name in another enclosing class
      }
      c = new Constant(name, type, value);
      copies.put(f, c);
    }
    return new FieldRef(symbols.companionOf(symbols.enclosing()) + "." + c.name(), type, pos);
  }

  /** A constant's initializer: a value of {@code type}, or a table written as {@code {...}}. */
  private Expr tableOrValue(ExpressionTree tree, Type type) {
    if (tree instanceof NewArrayTree n && n.getInitializers() != null && type.isArray()) {
      List<Expr> elements = new ArrayList<>();
      for (ExpressionTree element : n.getInitializers()) {
        elements.add(tableOrValue(element, type.element()));
      }
      return new ArrayInit(type, elements, source.pos(tree));
    }
    Expr value = lower(tree);
    if (value.type() != type && !(type.isNumeric() && value.type().isNumeric())) {
      return error(Problem.UNSUPPORTED_TYPE, tree, "expected a " + type.javaName() + " here");
    }
    return value;
  }

  /** Why the companion cannot reach {@code f}: private, or protected in another package. */
  private static String access(VariableElement f) {
    if (f.getModifiers().contains(Modifier.PRIVATE)) {
      return "private";
    }
    return (f.getModifiers().contains(Modifier.PROTECTED) ? "protected" : "package-private")
        + " in " + f.getEnclosingElement().getSimpleName() + ", another package";
  }

  private static Expr constant(Object value, Type type, Pos pos) {
    if (value instanceof Double d) {
      if (d.isNaN()) {
        return new FieldRef("Double.NaN", Type.DOUBLE, pos);
      }
      if (d.isInfinite()) {
        return new FieldRef(d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY",
            Type.DOUBLE, pos);
      }
      return new Literal(Type.DOUBLE, Double.toString(d), pos);
    }
    if (value instanceof Long l) {
      return new Literal(Type.LONG, l + "L", pos);
    }
    return new Literal(type, String.valueOf(value), pos);
  }

  private Expr unary(UnaryTree u, Pos pos) {
    switch (u.getKind()) {
      case UNARY_PLUS:
        return numeric(lower(u.getExpression()), u.getExpression());
      case UNARY_MINUS: {
        Expr operand = numeric(lower(u.getExpression()), u.getExpression());
        if (operand instanceof Literal l && !l.isNegative() && l.type().isNumeric()) {
          return new Literal(l.type(), "-" + l.text(), pos);
        }
        return new Unary(Unary.Op.NEG, operand, pos);
      }
      case LOGICAL_COMPLEMENT:
        return new Unary(Unary.Op.NOT, condition(u.getExpression()), pos);
      default:
        return unsupported(u, Constructs.describe(u) + " " + Constructs.advice(u));
    }
  }

  private Expr binary(BinaryTree b, Pos pos) {
    Binary.Op op = Constructs.binaryOp(b.getKind());
    if (op == null) {
      return unsupported(b, Constructs.describe(b) + " " + Constructs.advice(b));
    }
    Expr left = lower(b.getLeftOperand());
    Expr right = lower(b.getRightOperand());
    if (op == Binary.Op.AND || op == Binary.Op.OR) {
      requireBoolean(left, b.getLeftOperand());
      requireBoolean(right, b.getRightOperand());
      return new Binary(op, left, right, Type.BOOLEAN, pos);
    }
    if ((op == Binary.Op.EQ || op == Binary.Op.NE) && left.type() == Type.BOOLEAN) {
      requireBoolean(right, b.getRightOperand());
      return new Binary(op, left, right, Type.BOOLEAN, pos);
    }
    numeric(left, b.getLeftOperand());
    numeric(right, b.getRightOperand());
    Type type = Type.promote(left.type(), right.type());
    if (op == Binary.Op.REM && type == Type.DOUBLE) {
      return unsupported(b, "% on doubles is not supported yet: its derivative jumps where x/y"
          + " crosses an integer; use Math.IEEEremainder or compute x - y * Math.floor(x / y)");
    }
    return new Binary(op, left, right, op.isArithmetic() ? type : Type.BOOLEAN, pos);
  }

  private Expr conditional(ConditionalExpressionTree c, Pos pos) {
    Expr cond = condition(c.getCondition());
    Expr a = lower(c.getTrueExpression());
    Expr b = lower(c.getFalseExpression());
    Type type = a.type() == Type.BOOLEAN && b.type() == Type.BOOLEAN
        ? Type.BOOLEAN
        : Type.promote(numeric(a, c.getTrueExpression()).type(),
            numeric(b, c.getFalseExpression()).type());
    return new Conditional(cond, a, b, type, pos);
  }

  private Expr cast(TypeCastTree c, Pos pos) {
    Optional<Type> target = primitive(c.getType());
    Expr operand = lower(c.getExpression());
    if (target.isEmpty() || !target.get().isNumeric()) {
      return error(Problem.UNSUPPORTED_TYPE, c.getType(), "cast to " + c.getType()
          + " is not supported; Adjoint casts only between double, int and long");
    }
    numeric(operand, c.getExpression());
    if (operand.type() == target.get()) {
      return operand; // a redundant cast would draw a lint warning in generated code
    }
    return new Cast(target.get(), operand, pos);
  }

  private Expr call(MethodInvocationTree call, Pos pos) {
    ExpressionTree select = call.getMethodSelect();
    String name;
    List<TypeElement> owners = new ArrayList<>();
    if (select instanceof MemberSelectTree m) {
      name = m.getIdentifier().toString();
      symbols.resolveType(m.getExpression()).ifPresent(owners::add);
      if (owners.isEmpty()) {
        return unsupported(call, "calling " + name + " on an object is not supported in"
            + " @Differentiable methods (objects, collections and streams are not"
            + " differentiated); make " + name + " a static @Differentiable method, or compute"
            + " with double arrays and loops instead");
      }
    } else if (select instanceof IdentifierTree id) {
      name = id.getName().toString();
      owners.addAll(symbols.staticImportOwners(name));
    } else {
      return unsupported(call, "this call is not supported in @Differentiable methods");
    }
    List<Expr> args = new ArrayList<>();
    int errorsBefore = reporter.errorCount();
    for (ExpressionTree a : call.getArguments()) {
      args.add(lower(a));
    }
    if (reporter.errorCount() > errorsBefore) {
      return new Literal(Type.DOUBLE, "0.0", pos); // the argument's error says it all
    }
    Optional<TypeElement> math = owners.stream().filter(Symbols::isMathClass).findFirst();
    if (math.isPresent()) {
      for (int i = 0; i < args.size(); i++) {
        if (!args.get(i).type().isArray()) {
          numeric(args.get(i), call.getArguments().get(i));
        }
      }
    }
    if (math.isEmpty()) {
      if (select instanceof IdentifierTree) {
        owners.addAll(0, symbols.enclosingOwnersOf(name));
      }
      return userCall(call, name, owners, args, pos);
    }
    List<Type> argTypes = args.stream().map(Expr::type).toList();
    Optional<ExecutableElement> method =
        symbols.resolveStaticMethod(math.get(), name, argTypes);
    if (method.isEmpty()) {
      return error(Problem.NOT_DIFFERENTIABLE, call, math.get().getSimpleName() + "." + name
          + argTypes.stream().map(Type::javaName).toList().toString().replace('[', '(')
              .replace(']', ')')
          + " does not exist or takes types Adjoint does not support");
    }
    Optional<Type> result = Symbols.typeOf(method.get().getReturnType());
    if (result.isEmpty()) {
      return error(Problem.UNSUPPORTED_TYPE, call, math.get().getSimpleName() + "." + name
          + " returns " + method.get().getReturnType() + ", which Adjoint does not support");
    }
    String owner = math.get().getQualifiedName().toString().startsWith("java.lang.")
        ? math.get().getSimpleName().toString()
        : math.get().getQualifiedName().toString();
    return new Call(owner, name, args, result.get(), pos);
  }

  /** A call of a method of the user's: {@code @Differentiable} ones carry derivatives. */
  private Expr userCall(MethodInvocationTree call, String name, List<TypeElement> owners,
      List<Expr> args, Pos pos) {
    List<Type> argTypes = args.stream().map(Expr::type).toList();
    ExecutableElement method = null;
    for (TypeElement owner : owners) {
      method = symbols.resolveMethod(owner, name, argTypes).orElse(null);
      if (method != null) {
        break;
      }
    }
    if (method == null) {
      return error(Problem.UNKNOWN_NAME, call, "cannot resolve method " + name
          + argTypes.stream().map(Type::javaName).toList().toString().replace('[', '(')
              .replace(']', ')')
          + "; Adjoint sees static methods of this class, of named classes and static imports");
    }
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    String where = owner.getSimpleName() + "." + name;
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      return error(Problem.UNSUPPORTED, call, where + " is an instance method; a"
          + " @Differentiable method can call static methods only");
    }
    boolean differentiable = method.getAnnotation(dev.adjoint.Differentiable.class) != null;
    boolean copied = differentiable && method.getModifiers().contains(Modifier.PRIVATE);
    Optional<Type> result = Symbols.typeOf(method.getReturnType());
    if (!symbols.accessibleFromCompanion(method) && !copied) {
      // a derivative can pass through a real-valued helper, and only a copy can carry it
      boolean real = result.isPresent()
          && (result.get() == Type.DOUBLE || result.get() == Type.DOUBLE_ARRAY);
      Expr placeholder = error(Problem.UNSUPPORTED, call, where + " is private, so the generated"
          + " derivatives cannot call it; " + (real
              ? "annotate it @Differentiable (the generated class then carries a copy), or make"
                  + " it package-private if no derivative passes through it"
              : "make it package-private"));
      // of the call's type, so an index it computes reports nothing more
      return result.isPresent() && !result.get().isArray() ? result.get().zero() : placeholder;
    }
    if (result.isEmpty()) {
      return error(Problem.UNSUPPORTED_TYPE, call, where + " returns "
          + method.getReturnType() + "; only calls returning double, double[], int, long or"
          + " boolean can be used");
    }
    String ownerName = symbols.nameFrom(owner);
    if (!differentiable && !CustomDerivatives.hasDerivative(method)) {
      return new Call(ownerName, name, args, result.get(), pos);
    }
    if (copied) {
      ownerName = symbols.companionOf(owner); // which carries a copy of the private primal
    }
    if (!callees.test(method)) {
      return error(Problem.NOT_DIFFERENTIABLE, call, where + " is @Differentiable but its"
          + " generated class " + symbols.companionOf(owner) + " cannot be found; compile "
          + owner.getSimpleName() + " with the Adjoint processor");
    }
    dev.adjoint.Differentiable annotation = method.getAnnotation(dev.adjoint.Differentiable.class);
    return new Invoke(ownerName, symbols.companionOf(owner), name, args,
        MethodReader.differentiableFlags(method), annotation != null && annotation.order() == 2,
        result.get(), pos);
  }

  static Optional<Type> primitive(Tree typeTree) {
    if (typeTree instanceof com.sun.source.tree.ArrayTypeTree a) {
      Optional<Type> inner = primitive(a.getType());
      if (inner.isPresent() && inner.get() == Type.DOUBLE) {
        return Optional.of(Type.DOUBLE_ARRAY);
      }
      if (inner.isPresent() && inner.get() == Type.DOUBLE_ARRAY) {
        return Optional.of(Type.DOUBLE_MATRIX);
      }
      return Optional.empty();
    }
    if (typeTree instanceof PrimitiveTypeTree p) {
      switch (p.getPrimitiveTypeKind()) {
        case DOUBLE:
          return Optional.of(Type.DOUBLE);
        case INT:
          return Optional.of(Type.INT);
        case LONG:
          return Optional.of(Type.LONG);
        case BOOLEAN:
          return Optional.of(Type.BOOLEAN);
        default:
          return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Expr numeric(Expr e, Tree tree) {
    if (!e.type().isNumeric()) {
      error(Problem.UNSUPPORTED_TYPE, tree, "expected a number here, found a " + e.type().javaName());
    }
    return e;
  }

  private void requireBoolean(Expr e, Tree tree) {
    if (e.type() != Type.BOOLEAN) {
      error(Problem.UNSUPPORTED_TYPE, tree, "expected a boolean here, found a " + e.type().javaName());
    }
  }

  private Expr unsupported(Tree tree, String message) {
    return error(Problem.UNSUPPORTED, tree, message);
  }

  /** Reports and returns a placeholder so lowering can go on and find further problems. */
  private Expr error(Problem problem, Tree tree, String message) {
    reporter.error(problem, tree, source.unit(), message);
    return new Literal(Type.DOUBLE, "0.0", source.pos(tree));
  }
}
