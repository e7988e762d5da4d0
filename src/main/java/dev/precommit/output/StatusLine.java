package dev.precommit.output;

import java.util.Collection;

/** pre-commit's dotted status lines: every line is exactly {@code cols - 1} columns wide. */
public final class StatusLine {
  /** Room for the longest status word plus the {@code (no files to check)} postfix. */
  private static final int EXTRA = 3 + "(no files to check)".length() + 1 + "Skipped".length();

  private StatusLine() {}

  public static int columns(Collection<String> hookNames) {
    int max = 0;
    for (String name : hookNames) {
      max = Math.max(max, DisplayWidth.of(name));
    }
    return Math.max(80, max + EXTRA);
  }

  /** The start of a line whose end (of {@code endLength} columns) is printed later. */
  public static String start(String start, int endLength, int cols) {
    return start + ".".repeat(Math.max(0, cols - DisplayWidth.of(start) - endLength - 1));
  }

  public static String full(
      String start, int cols, String end, String endColor, boolean useColor, String postfix) {
    int dots = cols - DisplayWidth.of(start) - DisplayWidth.of(postfix) - DisplayWidth.of(end) - 1;
    return start
        + ".".repeat(Math.max(0, dots))
        + postfix
        + Color.format(end, endColor, useColor)
        + "\n";
  }
}
