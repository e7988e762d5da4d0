package dev.precommit.errors;

/** {@code .pre-commit-hooks.yaml} failed to load or validate. */
public final class InvalidManifestError extends FatalError {
  private static final long serialVersionUID = 1L;

  public InvalidManifestError(String message) {
    super(message);
  }

  @Override
  public String typeName() {
    return "InvalidManifestError";
  }
}
