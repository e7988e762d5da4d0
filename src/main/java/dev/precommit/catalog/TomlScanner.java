package dev.precommit.catalog;

import dev.precommit.process.PythonRepr;

/**
 * The lexical half of {@link TomlChecker}: tomllib's character classes, skipping, strings and
 * escapes, and its error positions ({@code (at line L, column C)}, columns in code points).
 */
class TomlScanner {
  /** A {@code TOMLDecodeError}. */
  static final class TomlError extends Exception {
    TomlError(String message) {
      super(message, null, false, false);
    }
  }

  /** A parse result and the position after it. */
  record Parsed<T>(int pos, T value) {}

  final String src;

  TomlScanner(String src) {
    this.src = src;
  }

  // ---- character classes ----

  static boolean isBareKeyChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '-'
        || c == '_';
  }

  static boolean isAsciiCtrl(char c) {
    return c < 32 || c == 127;
  }

  static boolean illegalBasic(char c) {
    return isAsciiCtrl(c) && c != '\t';
  }

  static boolean illegalMultiline(char c) {
    return isAsciiCtrl(c) && c != '\t' && c != '\n';
  }

  interface CharSet {
    boolean has(char c);
  }

  static final CharSet WS = c -> c == ' ' || c == '\t';
  static final CharSet WS_NEWLINE = c -> c == ' ' || c == '\t' || c == '\n';

  char at(int pos) {
    return pos < src.length() ? src.charAt(pos) : '\uffff';
  }

  boolean has(int pos) {
    return pos < src.length();
  }

  int skipChars(int pos, CharSet chars) {
    while (pos < src.length() && chars.has(src.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  TomlError error(int pos, String message) {
    String where;
    if (pos >= src.length()) {
      where = "end of document";
    } else {
      int line = 1;
      int lastNewline = -1;
      for (int i = 0; i < pos; i++) {
        if (src.charAt(i) == '\n') {
          line++;
          lastNewline = i;
        }
      }
      int column =
          line == 1 ? src.codePointCount(0, pos) + 1 : src.codePointCount(lastNewline, pos);
      where = "line " + line + ", column " + column;
    }
    return new TomlError(message + " (at " + where + ")");
  }

  int skipUntil(int pos, String expect, CharSet errorOn, boolean errorOnEof) throws TomlError {
    int newPos = src.indexOf(expect, pos);
    if (newPos < 0) {
      newPos = src.length();
      if (errorOnEof) {
        throw error(newPos, "Expected " + PythonRepr.string(expect));
      }
    }
    for (int i = pos; i < newPos; i++) {
      if (errorOn.has(src.charAt(i))) {
        throw error(
            i, "Found invalid character " + PythonRepr.string(String.valueOf(src.charAt(i))));
      }
    }
    return newPos;
  }

  int skipComment(int pos) throws TomlError {
    if (at(pos) == '#' && has(pos)) {
      return skipUntil(pos + 1, "\n", TomlScanner::illegalBasic, false);
    }
    return pos;
  }

  int skipCommentsAndArrayWs(int pos) throws TomlError {
    while (true) {
      int before = pos;
      pos = skipChars(pos, WS_NEWLINE);
      pos = skipComment(pos);
      if (pos == before) {
        return pos;
      }
    }
  }

  Parsed<String> parseLiteralString(int pos) throws TomlError {
    int start = pos + 1;
    int end = skipUntil(start, "'", TomlScanner::illegalBasic, true);
    return new Parsed<>(end + 1, src.substring(start, end));
  }

  Parsed<String> parseMultilineString(int pos, boolean literal) throws TomlError {
    pos += 3;
    if (src.startsWith("\n", pos)) {
      pos++;
    }
    String delim;
    String result;
    if (literal) {
      delim = "'";
      int end = skipUntil(pos, "'''", TomlScanner::illegalMultiline, true);
      result = src.substring(pos, end);
      pos = end + 3;
    } else {
      delim = "\"";
      Parsed<String> s = parseBasicString(pos, true);
      pos = s.pos();
      result = s.value();
    }
    if (!src.startsWith(delim, pos)) {
      return new Parsed<>(pos, result);
    }
    pos++;
    if (!src.startsWith(delim, pos)) {
      return new Parsed<>(pos, result + delim);
    }
    return new Parsed<>(pos + 1, result + delim + delim);
  }

  Parsed<String> parseBasicString(int pos, boolean multiline) throws TomlError {
    StringBuilder result = new StringBuilder();
    int start = pos;
    while (true) {
      if (!has(pos)) {
        throw error(pos, "Unterminated string");
      }
      char c = src.charAt(pos);
      if (c == '"') {
        if (!multiline) {
          return new Parsed<>(pos + 1, result.append(src, start, pos).toString());
        }
        if (src.startsWith("\"\"\"", pos)) {
          return new Parsed<>(pos + 3, result.append(src, start, pos).toString());
        }
        pos++;
        continue;
      }
      if (c == '\\') {
        result.append(src, start, pos);
        Parsed<String> escape = parseEscape(pos, multiline);
        result.append(escape.value());
        pos = escape.pos();
        start = pos;
        continue;
      }
      if (multiline ? illegalMultiline(c) : illegalBasic(c)) {
        throw error(pos, "Illegal character " + PythonRepr.string(String.valueOf(c)));
      }
      pos++;
    }
  }

  Parsed<String> parseEscape(int pos, boolean multiline) throws TomlError {
    String id = src.substring(pos, Math.min(src.length(), pos + 2));
    pos += 2;
    if (multiline && (id.equals("\\ ") || id.equals("\\\t") || id.equals("\\\n"))) {
      if (!id.equals("\\\n")) {
        pos = skipChars(pos, WS);
        if (!has(pos)) {
          return new Parsed<>(pos, "");
        }
        if (src.charAt(pos) != '\n') {
          throw error(pos, "Unescaped '\\' in a string");
        }
        pos++;
      }
      return new Parsed<>(skipChars(pos, WS_NEWLINE), "");
    }
    switch (id) {
      case "\\u":
        return parseHex(pos, 4);
      case "\\U":
        return parseHex(pos, 8);
      case "\\b":
        return new Parsed<>(pos, "\b");
      case "\\t":
        return new Parsed<>(pos, "\t");
      case "\\n":
        return new Parsed<>(pos, "\n");
      case "\\f":
        return new Parsed<>(pos, "\f");
      case "\\r":
        return new Parsed<>(pos, "\r");
      case "\\\"":
        return new Parsed<>(pos, "\"");
      case "\\\\":
        return new Parsed<>(pos, "\\");
      default:
        throw error(pos, "Unescaped '\\' in a string");
    }
  }

  Parsed<String> parseHex(int pos, int length) throws TomlError {
    String hex = src.substring(pos, Math.min(src.length(), pos + length));
    if (hex.length() != length
        || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
      throw error(pos, "Invalid hex value");
    }
    pos += length;
    long value = Long.parseLong(hex, 16);
    if (!((value >= 0 && value <= 0xd7ff) || (value >= 0xe000 && value <= 0x10ffff))) {
      throw error(pos, "Escaped character is not a Unicode scalar value");
    }
    return new Parsed<>(pos, new String(Character.toChars((int) value)));
  }
}
