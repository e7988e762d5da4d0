package dev.precommit.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/** Python's {@code json.dumps(obj, indent=..., ensure_ascii=...)}. */
final class PyJsonWriter {
  private final String indent;
  private final boolean ensureAscii;
  private final StringBuilder out = new StringBuilder();

  /**
   * @param indent the text of one indentation level (empty: newlines without indentation)
   */
  private PyJsonWriter(String indent, boolean ensureAscii) {
    this.indent = indent;
    this.ensureAscii = ensureAscii;
  }

  static String dumps(Object value, String indent, boolean ensureAscii) {
    PyJsonWriter w = new PyJsonWriter(indent, ensureAscii);
    w.write(value, 0);
    return w.out.toString();
  }

  @SuppressWarnings("unchecked")
  private void write(Object value, int depth) {
    if (value == PyJson.NULL) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b ? "true" : "false");
    } else if (value instanceof BigInteger i) {
      out.append(i);
    } else if (value instanceof Double d) {
      out.append(floatRepr(d));
    } else if (value instanceof String s) {
      string(s);
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append("[]");
        return;
      }
      out.append('[');
      for (int i = 0; i < list.size(); i++) {
        out.append(i == 0 ? "" : ",");
        newline(depth + 1);
        write(list.get(i), depth + 1);
      }
      newline(depth);
      out.append(']');
    } else {
      Map<String, Object> map = (Map<String, Object>) value;
      if (map.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Object> e : map.entrySet()) {
        out.append(first ? "" : ",");
        first = false;
        newline(depth + 1);
        string(e.getKey());
        out.append(": ");
        write(e.getValue(), depth + 1);
      }
      newline(depth);
      out.append('}');
    }
  }

  private void newline(int depth) {
    out.append('\n').append(indent.repeat(depth));
  }

  private void string(String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || (ensureAscii && c > 0x7e)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Python's {@code float.__repr__} (json spells the non-finite values its own way). */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(d);
    BigDecimal shortest = null;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (Double.parseDouble(candidate.toString()) == d) {
        shortest = candidate;
        break;
      }
    }
    BigDecimal value = shortest.stripTrailingZeros();
    String digits = value.unscaledValue().abs().toString();
    // value = 0.d1d2...dn * 10^k
    int k = digits.length() - value.scale();
    StringBuilder s = new StringBuilder(d < 0 ? "-" : "");
    if (k > -4 && k <= 16) {
      if (k <= 0) {
        s.append("0.").append("0".repeat(-k)).append(digits);
      } else if (k >= digits.length()) {
        s.append(digits).append("0".repeat(k - digits.length())).append(".0");
      } else {
        s.append(digits, 0, k).append('.').append(digits.substring(k));
      }
    } else {
      s.append(digits.charAt(0));
      if (digits.length() > 1) {
        s.append('.').append(digits.substring(1));
      }
      int exponent = k - 1;
      s.append('e').append(exponent < 0 ? '-' : '+');
      String e = Integer.toString(Math.abs(exponent));
      s.append(e.length() < 2 ? "0" + e : e);
    }
    return s.toString();
  }
}
