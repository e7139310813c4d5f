package dev.adjoint.processor.ir;

/** An expression of the IR. Every node knows its type and its source position. */
public sealed interface Expr
    permits Literal, Ref, Unary, Binary, Call, Conditional, Cast, FieldRef, Index, NewRecord,
        Length, NewArray, Invoke, Member, ArrayInit, TypeRef {

  Type type();

  Pos pos();
}
