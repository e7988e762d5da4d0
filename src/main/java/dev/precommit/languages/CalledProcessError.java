package dev.precommit.languages;

import dev.precommit.process.PythonRepr;
import dev.precommit.process.Result;
import java.util.List;

/**
 * A setup command failed (pre-commit's {@code CalledProcessError}, reported the same way: exit 3
 * and the command, its return code and output). Its class name is what the user sees.
 */
public final class CalledProcessError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  CalledProcessError(List<String> argv, Result result) {
    super(
        "command: "
            + PythonRepr.tuple(argv)
            + "\nreturn code: "
            + result.exitCode()
            + "\nstdout:"
            + indentOrNone(result.outputText())
            + "\nstderr: (none)");
  }

  private static String indentOrNone(String text) {
    String stripped = text.stripTrailing();
    return stripped.isEmpty() ? " (none)" : "\n    " + stripped.replace("\n", "\n    ");
  }
}
