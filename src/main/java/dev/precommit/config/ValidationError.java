package dev.precommit.config;

/**
 * A schema violation with its chain of contexts, rendered exactly like cfgv's: a leading newline,
 * one {@code ==> context} line per level, then {@code =====> message}.
 */
public final class ValidationError extends Exception {
  private static final long serialVersionUID = 1L;

  private final String context;
  private final ValidationError inner;

  public ValidationError(String message) {
    super(message, null, false, false);
    this.context = null;
    this.inner = null;
  }

  private ValidationError(ValidationError inner, String context) {
    super(inner.getMessage(), null, false, false);
    this.context = context;
    this.inner = inner;
  }

  public ValidationError within(String context) {
    return new ValidationError(this, context);
  }

  /** The innermost message, without contexts. */
  public String detail() {
    ValidationError e = this;
    while (e.inner != null) {
      e = e.inner;
    }
    return e.getMessage();
  }

  public String render() {
    StringBuilder out = new StringBuilder("\n");
    ValidationError e = this;
    while (e.context != null) {
      out.append("==> ").append(e.context).append('\n');
      e = e.inner;
    }
    return out.append("=====> ").append(e.getMessage()).toString();
  }

  @Override
  public String toString() {
    return render();
  }
}
