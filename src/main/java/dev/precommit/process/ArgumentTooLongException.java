package dev.precommit.process;

/**
 * pre-commit's {@code ArgumentTooLongError}: one file name alone does not fit the command-line
 * limit. pre-commit lets it escape as an unexpected error (exit 3); the message is the argument.
 */
public final class ArgumentTooLongException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ArgumentTooLongException(String argument) {
    super(argument);
  }
}
