package dev.adjoint.processor.ir;

/** A statement of the IR. */
public sealed interface Stmt permits Declare, Assign, If, Return, Comment, Loop, Exit, Eval, Effect {}
