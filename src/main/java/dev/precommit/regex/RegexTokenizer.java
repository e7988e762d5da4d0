package dev.precommit.regex;

import java.util.function.IntPredicate;

/**
 * CPython's sre tokenizer: a token is one code point, or a backslash together with the code point
 * after it. Tokens are ints so that an escaped character can never be confused with a plain one.
 */
final class RegexTokenizer {
  /** Marks an escape token: {@code ESCAPE | c} is backslash followed by {@code c}. */
  static final int ESCAPE = 1 << 21;

  /** End of pattern. */
  static final int END = -1;

  private final String pattern;
  private final int[] cps;
  private int index;
  private int next;

  RegexTokenizer(String pattern) throws InvalidPythonRegexException {
    this.pattern = pattern;
    this.cps = pattern.codePoints().toArray();
    advance();
  }

  static boolean isEscape(int token) {
    return token >= 0 && (token & ESCAPE) != 0;
  }

  /** The character after the backslash of an escape token, or the token's own character. */
  static int charOf(int token) {
    return token & ~ESCAPE;
  }

  static String text(int token) {
    String c = Character.toString(charOf(token));
    return isEscape(token) ? "\\" + c : c;
  }

  String pattern() {
    return pattern;
  }

  private void advance() throws InvalidPythonRegexException {
    int i = index;
    if (i >= cps.length) {
      next = END;
      return;
    }
    int token = cps[i];
    if (token == '\\') {
      i++;
      if (i >= cps.length) {
        throw new InvalidPythonRegexException(
            "bad escape (end of pattern)", pattern, cps.length - 1);
      }
      token = ESCAPE | cps[i];
    }
    index = i + 1;
    next = token;
  }

  /** The lookahead token, or {@link #END}. */
  int peek() {
    return next;
  }

  boolean match(int token) throws InvalidPythonRegexException {
    if (token == next) {
      advance();
      return true;
    }
    return false;
  }

  int get() throws InvalidPythonRegexException {
    int token = next;
    advance();
    return token;
  }

  /** Up to {@code n} plain characters accepted by {@code accept}. */
  String getWhile(int n, IntPredicate accept) throws InvalidPythonRegexException {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (next == END || isEscape(next) || !accept.test(next)) {
        break;
      }
      result.appendCodePoint(next);
      advance();
    }
    return result.toString();
  }

  /** Tokens up to (and consuming) {@code terminator}; escapes are kept as two characters. */
  String getUntil(int terminator, String name) throws InvalidPythonRegexException {
    StringBuilder result = new StringBuilder();
    int length = 0;
    while (true) {
      int c = next;
      advance();
      if (c == END) {
        if (length == 0) {
          throw error("missing " + name, 0);
        }
        throw error("missing " + Character.toString(terminator) + ", unterminated name", length);
      }
      if (c == terminator) {
        if (length == 0) {
          throw error("missing " + name, 1);
        }
        break;
      }
      result.append(text(c));
      length += isEscape(c) ? 2 : 1;
    }
    return result.toString();
  }

  /** Code point index of the lookahead token. */
  int tell() {
    return index - (next == END ? 0 : isEscape(next) ? 2 : 1);
  }

  void seek(int position) throws InvalidPythonRegexException {
    index = position;
    advance();
  }

  InvalidPythonRegexException error(String message, int offset) {
    return new InvalidPythonRegexException(message, pattern, tell() - offset);
  }
}
