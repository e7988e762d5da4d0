package dev.precommit.catalog;

import java.math.BigInteger;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * CPython's {@code json.loads} (its C scanner): the same acceptance (NaN and Infinity, lone
 * surrogate escapes, the 4300-digit integer limit) and the same error texts and positions ({@code
 * Expecting value: line 1 column 1 (char 0)}), counted in code points.
 */
final class PyJson {
  /** JSON's null (collections hold no Java nulls). */
  static final Object NULL =
      new Object() {
        @Override
        public String toString() {
          return "None";
        }
      };

  /** Any ValueError json raises: decode errors carry the position suffix. */
  static final class JsonError extends Exception {
    JsonError(String message) {
      super(message, null, false, false);
    }
  }

  /** Builds an object from its (key, value) pairs, like {@code object_pairs_hook}. */
  interface PairsHook {
    Object apply(List<Map.Entry<String, Object>> pairs) throws JsonError;
  }

  private static final int MAX_INT_DIGITS = 4300;
  private static final int MAX_DEPTH = 990;

  private final int[] s;
  private final PairsHook hook;
  private int depth;

  private PyJson(String text, PairsHook hook) {
    this.s = text.codePoints().toArray();
    this.hook = hook;
  }

  /** {@code json.loads(text, object_pairs_hook=hook)} on a str. */
  static Object loads(String text, PairsHook hook) throws JsonError, HookCrash {
    return loads(text, hook, true);
  }

  /** {@code json.loads(bytes)}: the encoding is sniffed from the first bytes first. */
  static Object loads(byte[] bytes, PairsHook hook) throws JsonError, HookCrash {
    return loads(JsonBytes.decode(bytes), hook, false);
  }

  private static Object loads(String text, PairsHook hook, boolean rejectBom)
      throws JsonError, HookCrash {
    PyJson p = new PyJson(text, hook);
    if (rejectBom && p.s.length > 0 && p.s[0] == 0xfeff) {
      throw p.error("Unexpected UTF-8 BOM (decode using utf-8-sig)", 0);
    }
    int idx = p.skipWhitespace(0);
    Object value = p.scan(idx);
    int end = p.skipWhitespace(p.next);
    if (end != p.s.length) {
      throw p.error("Extra data", end);
    }
    return value;
  }

  private int next;

  private int skipWhitespace(int idx) {
    while (idx < s.length
        && (s[idx] == ' ' || s[idx] == '\t' || s[idx] == '\n' || s[idx] == '\r')) {
      idx++;
    }
    return idx;
  }

  /** Where a value must start; "Expecting value" (StopIteration in CPython) if none does. */
  private Object scan(int idx) throws JsonError, HookCrash {
    if (idx >= s.length) {
      throw error("Expecting value", idx);
    }
    int c = s[idx];
    switch (c) {
      case '"':
        return scanString(idx + 1);
      case '{':
        return nested(() -> parseObject(idx + 1));
      case '[':
        return nested(() -> parseArray(idx + 1));
      case 'n':
        if (startsWith(idx, "null")) {
          next = idx + 4;
          return NULL;
        }
        break;
      case 't':
        if (startsWith(idx, "true")) {
          next = idx + 4;
          return Boolean.TRUE;
        }
        break;
      case 'f':
        if (startsWith(idx, "false")) {
          next = idx + 5;
          return Boolean.FALSE;
        }
        break;
      case 'N':
        if (startsWith(idx, "NaN")) {
          next = idx + 3;
          return Double.NaN;
        }
        break;
      case 'I':
        if (startsWith(idx, "Infinity")) {
          next = idx + 8;
          return Double.POSITIVE_INFINITY;
        }
        break;
      case '-':
        if (startsWith(idx, "-Infinity")) {
          next = idx + 9;
          return Double.NEGATIVE_INFINITY;
        }
        break;
      default:
        break;
    }
    return number(idx);
  }

  private interface Scan {
    Object run() throws JsonError, HookCrash;
  }

  private Object nested(Scan scan) throws JsonError, HookCrash {
    if (++depth > MAX_DEPTH) {
      throw new HookCrash(
          "RecursionError", "maximum recursion depth exceeded while decoding a JSON document");
    }
    try {
      return scan.run();
    } finally {
      depth--;
    }
  }

  private boolean startsWith(int idx, String word) {
    if (idx + word.length() > s.length) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (s[idx + i] != word.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private Object number(int start) throws JsonError {
    int idx = start;
    int end = s.length;
    if (s[idx] == '-') {
      idx++;
      if (idx >= end) {
        throw error("Expecting value", start);
      }
    }
    if (s[idx] >= '1' && s[idx] <= '9') {
      idx++;
      while (idx < end && isDigit(s[idx])) {
        idx++;
      }
    } else if (s[idx] == '0') {
      idx++;
    } else {
      throw error("Expecting value", start);
    }
    boolean isFloat = false;
    if (idx + 1 < end && s[idx] == '.' && isDigit(s[idx + 1])) {
      isFloat = true;
      idx += 2;
      while (idx < end && isDigit(s[idx])) {
        idx++;
      }
    }
    if (idx < end && (s[idx] == 'e' || s[idx] == 'E')) {
      int eStart = idx;
      idx++;
      if (idx < end && (s[idx] == '-' || s[idx] == '+')) {
        idx++;
      }
      int digits = idx;
      while (idx < end && isDigit(s[idx])) {
        idx++;
      }
      if (idx > digits) {
        isFloat = true;
      } else {
        idx = eStart;
      }
    }
    String literal = new String(s, start, idx - start);
    next = idx;
    if (isFloat) {
      return Double.parseDouble(literal);
    }
    int digitCount = literal.length() - (literal.startsWith("-") ? 1 : 0);
    if (digitCount > MAX_INT_DIGITS) {
      throw new JsonError(
          "Exceeds the limit (4300 digits) for integer string conversion: value has "
              + digitCount
              + " digits; use sys.set_int_max_str_digits() to increase the limit");
    }
    return new BigInteger(literal);
  }

  private Object parseObject(int start) throws JsonError, HookCrash {
    List<Map.Entry<String, Object>> pairs = new ArrayList<>();
    int idx = skipWhitespace(start);
    if (idx >= s.length || s[idx] != '}') {
      while (true) {
        if (idx >= s.length || s[idx] != '"') {
          throw error("Expecting property name enclosed in double quotes", idx);
        }
        String key = scanString(idx + 1);
        idx = skipWhitespace(next);
        if (idx >= s.length || s[idx] != ':') {
          throw error("Expecting ':' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
        Object value = scan(idx);
        pairs.add(new AbstractMap.SimpleImmutableEntry<>(key, value));
        idx = skipWhitespace(next);
        if (idx < s.length && s[idx] == '}') {
          break;
        }
        if (idx >= s.length || s[idx] != ',') {
          throw error("Expecting ',' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
      }
    }
    int after = idx + 1;
    Object object = hook.apply(pairs);
    next = after;
    return object;
  }

  private Object parseArray(int start) throws JsonError, HookCrash {
    List<Object> items = new ArrayList<>();
    int idx = skipWhitespace(start);
    if (idx >= s.length || s[idx] != ']') {
      while (true) {
        items.add(scan(idx));
        idx = skipWhitespace(next);
        if (idx < s.length && s[idx] == ']') {
          break;
        }
        if (idx >= s.length || s[idx] != ',') {
          throw error("Expecting ',' delimiter", idx);
        }
        idx = skipWhitespace(idx + 1);
      }
    }
    next = idx + 1;
    return items;
  }

  /** Scans a string whose opening quote is at {@code end - 1}; sets {@link #next}. */
  private String scanString(int end) throws JsonError {
    int begin = end - 1;
    StringBuilder out = new StringBuilder();
    int len = s.length;
    while (true) {
      int c = 0;
      int at = end;
      for (; at < len; at++) {
        c = s[at];
        if (c == '"' || c == '\\') {
          break;
        }
        if (c <= 0x1f) {
          throw error("Invalid control character at", at);
        }
      }
      if (at >= len) {
        throw error("Unterminated string starting at", begin);
      }
      for (int k = end; k < at; k++) {
        out.appendCodePoint(s[k]);
      }
      at++;
      if (c == '"') {
        next = at;
        return out.toString();
      }
      if (at == len) {
        throw error("Unterminated string starting at", begin);
      }
      c = s[at];
      if (c != 'u') {
        end = at + 1;
        int decoded;
        switch (c) {
          case '"', '\\', '/' -> decoded = c;
          case 'b' -> decoded = '\b';
          case 'f' -> decoded = '\f';
          case 'n' -> decoded = '\n';
          case 'r' -> decoded = '\r';
          case 't' -> decoded = '\t';
          default -> throw error("Invalid \\escape", end - 2);
        }
        out.append((char) decoded);
        continue;
      }
      at++;
      end = at + 4;
      if (end >= len) {
        throw error("Invalid \\uXXXX escape", at - 1);
      }
      int unit = hex4(at, end);
      if (unit < 0) {
        throw error("Invalid \\uXXXX escape", end - 5);
      }
      if (unit >= 0xd800
          && unit <= 0xdbff
          && end + 6 < len
          && s[end] == '\\'
          && s[end + 1] == 'u') {
        int low = hex4(end + 2, end + 6);
        if (low < 0) {
          throw error("Invalid \\uXXXX escape", end + 1);
        }
        if (low >= 0xdc00 && low <= 0xdfff) {
          out.appendCodePoint(Character.toCodePoint((char) unit, (char) low));
          end += 6;
          continue;
        }
      }
      out.append((char) unit);
    }
  }

  private int hex4(int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      int d = Character.digit(s[i], 16);
      if (d < 0 || s[i] > 'f') {
        return -1;
      }
      v = (v << 4) | d;
    }
    return v;
  }

  /** {@code JSONDecodeError}: the message with line, column and char position. */
  private JsonError error(String message, int pos) {
    int line = 1;
    int lastNewline = -1;
    for (int i = 0; i < pos && i < s.length; i++) {
      if (s[i] == '\n') {
        line++;
        lastNewline = i;
      }
    }
    int column = pos - lastNewline;
    return new JsonError(message + ": line " + line + " column " + column + " (char " + pos + ")");
  }
}
