package dev.precommit.catalog;

/** Python's {@code int(text)} for argparse's {@code type=int}. */
final class PythonInt {
  private PythonInt() {}

  /**
   * Surrounding whitespace, a sign, digits of any script and single underscores between digits;
   * null when Python would raise ValueError (or the value does not fit an int).
   */
  static Integer parse(String text) {
    String s = text.strip();
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    if (i >= s.length()) {
      return null;
    }
    long value = 0;
    boolean lastWasDigit = false;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '_') {
        if (!lastWasDigit) {
          return null;
        }
        lastWasDigit = false;
        continue;
      }
      if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
        return null;
      }
      value = value * 10 + Character.digit(cp, 10);
      if (value > Integer.MAX_VALUE + 1L) {
        return null;
      }
      lastWasDigit = true;
    }
    if (!lastWasDigit) {
      return null;
    }
    long signed = negative ? -value : value;
    return signed > Integer.MAX_VALUE ? null : (int) signed;
  }
}
