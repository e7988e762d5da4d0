package dev.precommit.errors;

/**
 * Ends the command with an exit code after the reason was already printed (pre-commit's {@code
 * exit(1)} after a logged error). Cleanup such as the stash restore still runs.
 */
public final class ExitRequest extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public ExitRequest(int exitCode) {
    super("exit " + exitCode, null, false, false);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
