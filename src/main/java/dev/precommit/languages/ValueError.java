package dev.precommit.languages;

/**
 * A hook definition a language cannot run (pre-commit's {@code ValueError}, reported the same way:
 * exit 3). Its class name is what the user sees.
 */
public final class ValueError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ValueError(String message) {
    super(message);
  }
}
