package dev.precommit.catalog;

/**
 * What the original hook ends with an uncaught Python exception: a traceback and exit 1. We print
 * the last line a traceback would end with.
 */
final class HookCrash extends Exception {
  private final String pythonType;

  HookCrash(String pythonType, String message) {
    super(message, null, false, false);
    this.pythonType = pythonType;
  }

  /** {@code Type: message}, as the last line of a Python traceback. */
  String lastTracebackLine() {
    return getMessage() == null || getMessage().isEmpty()
        ? pythonType
        : pythonType + ": " + getMessage();
  }
}
