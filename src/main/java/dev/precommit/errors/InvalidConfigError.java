package dev.precommit.errors;

/** {@code .pre-commit-config.yaml} failed to load or validate. */
public final class InvalidConfigError extends FatalError {
  private static final long serialVersionUID = 1L;

  public InvalidConfigError(String message) {
    super(message);
  }

  @Override
  public String typeName() {
    return "InvalidConfigError";
  }
}
