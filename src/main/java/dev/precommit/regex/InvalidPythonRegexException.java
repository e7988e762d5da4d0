package dev.precommit.regex;

/**
 * A pattern that Python's {@code re} module would reject (or, rarely, one this translator cannot
 * express in {@code java.util.regex}; those say so in the message).
 */
public final class InvalidPythonRegexException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String pythonMessage;
  private final int position;

  /**
   * @param pythonMessage the message text as CPython words it, without position
   * @param pattern the pattern, used to word the position like {@code re.error} does
   * @param position code point index of the error, or -1 when Python reports none
   */
  InvalidPythonRegexException(String pythonMessage, String pattern, int position) {
    super(describe(pythonMessage, pattern, position));
    this.pythonMessage = pythonMessage;
    this.position = position;
  }

  /** The bare message, e.g. {@code "nothing to repeat"}. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /** Code point index into the pattern, or -1. */
  public int position() {
    return position;
  }

  // Same shape as re.error: "msg at position N", plus line/column for multi-line patterns.
  private static String describe(String msg, String pattern, int position) {
    if (pattern == null || position < 0) {
      return msg;
    }
    StringBuilder text = new StringBuilder(msg).append(" at position ").append(position);
    int[] cps = pattern.codePoints().toArray();
    int end = Math.min(position, cps.length);
    int line = 1;
    int lastNewline = -1;
    for (int i = 0; i < end; i++) {
      if (cps[i] == '\n') {
        line++;
        lastNewline = i;
      }
    }
    if (pattern.indexOf('\n') >= 0) {
      text.append(" (line ").append(line).append(", column ").append(position - lastNewline);
      text.append(')');
    }
    return text.toString();
  }
}
