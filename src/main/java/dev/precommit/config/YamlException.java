package dev.precommit.config;

/**
 * A document that pre-commit's YAML loader (PyYAML's {@code CSafeLoader}) would refuse. The message
 * imitates the text of the Python exception, because pre-commit prints {@code str(e)}.
 */
public final class YamlException extends Exception {
  private static final long serialVersionUID = 1L;

  public YamlException(String message) {
    super(message);
  }

  /** Formats a marked error exactly like PyYAML's {@code MarkedYAMLError.__str__}. */
  static YamlException marked(String context, Mark contextMark, String problem, Mark problemMark) {
    StringBuilder out = new StringBuilder();
    if (context != null) {
      out.append(context);
    }
    if (contextMark != null
        && (problem == null || problemMark == null || !contextMark.equals(problemMark))) {
      appendLine(out, contextMark.toString());
    }
    if (problem != null) {
      appendLine(out, problem);
    }
    if (problemMark != null) {
      appendLine(out, problemMark.toString());
    }
    return new YamlException(out.toString());
  }

  private static void appendLine(StringBuilder out, String line) {
    if (out.length() > 0) {
      out.append('\n');
    }
    out.append(line);
  }

  /** A 0-based position; CSafeLoader marks carry no snippet, so only the numbers are printed. */
  record Mark(int line, int column) {
    @Override
    public String toString() {
      return "  in \"<unicode string>\", line " + (line + 1) + ", column " + (column + 1);
    }
  }
}
