package dev.precommit.errors;

/** Exit codes, compatible with pre-commit's. */
public final class ExitCodes {
  /** All selected hooks passed, or the command succeeded. */
  public static final int OK = 0;

  /** A hook failed or modified files, or a user-fixable error. */
  public static final int FAILED = 1;

  /** Command-line usage error. */
  public static final int USAGE = 2;

  /** A bug: an unexpected exception. */
  public static final int UNEXPECTED = 3;

  /** Interrupted by Ctrl-C or SIGTERM, after the stash was restored. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
