package dev.precommit.output;

/** ANSI colours, as pre-commit's {@code color.py} writes them. */
public final class Color {
  public static final String RED = "\033[41m";
  public static final String GREEN = "\033[42m";
  public static final String YELLOW = "\033[43;30m";
  public static final String TURQUOISE = "\033[46;30m";
  public static final String SUBTLE = "\033[2m";
  public static final String NORMAL = "\033[m";

  private Color() {}

  public static String format(String text, String color, boolean useColor) {
    return useColor ? color + text + NORMAL : text;
  }

  /**
   * Resolves {@code --color} / {@code PRE_COMMIT_COLOR}: auto means colour iff stderr is a terminal
   * and TERM is not dumb.
   */
  public static boolean useColor(String setting, boolean stderrIsTerminal, String term) {
    switch (setting) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return stderrIsTerminal && !"dumb".equals(term);
      default:
        throw new IllegalArgumentException(setting);
    }
  }
}
