package dev.precommit.errors;

/**
 * A problem the user can fix (bad config, not a git repository, ...). Printed as {@code An error
 * has occurred: <typeName>: <message>} with exit code 1, like pre-commit's FatalError family.
 */
public class FatalError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FatalError(String message) {
    super(message);
  }

  public FatalError(String message, Throwable cause) {
    super(message, cause);
  }

  /** The Python type name pre-commit shows for this error. */
  public String typeName() {
    return "FatalError";
  }
}
