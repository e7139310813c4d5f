package dev.adjoint.processor.diag;

/**
 * Thrown after an error has been reported, to abandon the current method; the processor catches
 * it per method so the others still get derivatives (the pattern of AutoValue's error reporter).
 */
public final class AbortMethod extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AbortMethod() {
    super(null, null, false, false);
  }
}
