package dev.precommit.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Python's {@code int(s, base)}, {@code float(s)} and {@code repr(float)}. */
final class PythonNumbers {
  private static final Pattern FLOAT_SYNTAX =
      Pattern.compile("[-+]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?");
  private static final Pattern SPECIAL_FLOAT =
      Pattern.compile("([-+]?)(inf|infinity|nan)", Pattern.CASE_INSENSITIVE);
  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private PythonNumbers() {}

  /** A Python int as the smallest fitting Java type: {@code Long}, else {@code BigInteger}. */
  static Object normalize(BigInteger value) {
    return value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0
        ? (Object) value.longValue()
        : value;
  }

  /** {@code int(text, base)} for base 2, 8, 10 or 16; the message is Python's ValueError. */
  static BigInteger parseInt(String text, int base) throws YamlException {
    String s = toAsciiDigits(text.strip());
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    String prefix =
        switch (base) {
          case 2 -> "0b";
          case 8 -> "0o";
          case 16 -> "0x";
          default -> null;
        };
    if (prefix != null && s.regionMatches(true, i, prefix, 0, 2)) {
      i += 2;
      // Python allows one underscore right after the base prefix.
      if (i < s.length() && s.charAt(i) == '_') {
        i++;
      }
    }
    String digits = s.substring(i);
    if (!validDigits(digits, base)) {
      throw new YamlException(
          "invalid literal for int() with base " + base + ": " + PythonRepr.repr(text));
    }
    BigInteger value = new BigInteger(digits.replace("_", ""), base);
    return negative ? value.negate() : value;
  }

  /** Digits of the base, single underscores only between digits. */
  private static boolean validDigits(String digits, int base) {
    if (digits.isEmpty() || digits.startsWith("_") || digits.endsWith("_")) {
      return false;
    }
    for (int k = 0; k < digits.length(); k++) {
      char c = digits.charAt(k);
      if (c == '_') {
        if (digits.charAt(k - 1) == '_') {
          return false;
        }
      } else if (Character.digit(c, base) < 0 || c > 'z') {
        return false;
      }
    }
    return true;
  }

  /** Python first maps any Unicode decimal digit to its ASCII digit. */
  private static String toAsciiDigits(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              if (cp >= 0x80 && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  /** {@code float(text)}; the message is Python's ValueError. */
  static double parseFloat(String text) throws YamlException {
    String s = toAsciiDigits(text.strip());
    var special = SPECIAL_FLOAT.matcher(s);
    if (special.matches()) {
      boolean negative = special.group(1).equals("-");
      if (special.group(2).equalsIgnoreCase("nan")) {
        return Double.NaN;
      }
      return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    String plain = s.replace("_", "");
    if (!FLOAT_SYNTAX.matcher(plain).matches() || !validUnderscores(s)) {
      throw new YamlException("could not convert string to float: " + PythonRepr.repr(text));
    }
    return Double.parseDouble(plain);
  }

  /** PEP 515: an underscore must sit between two digits. */
  private static boolean validUnderscores(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) == '_'
          && (k == 0
              || k == s.length() - 1
              || !Character.isDigit(s.charAt(k - 1))
              || !Character.isDigit(s.charAt(k + 1)))) {
        return false;
      }
    }
    return true;
  }

  /** {@code repr(float)}: the shortest round-tripping digits, Python's layout rules. */
  static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    BigDecimal exact = new BigDecimal(Math.abs(d));
    BigDecimal shortest = exact;
    for (int precision = 1; precision <= 17; precision++) {
      BigDecimal rounded = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
      if (rounded.doubleValue() == Math.abs(d)) {
        shortest = rounded;
        break;
      }
    }
    shortest = shortest.stripTrailingZeros();
    String digits = shortest.unscaledValue().toString();
    int decimalPoint = digits.length() - shortest.scale();
    String body;
    if (decimalPoint > -4 && decimalPoint <= 16) {
      if (decimalPoint <= 0) {
        body = "0." + "0".repeat(-decimalPoint) + digits;
      } else if (decimalPoint >= digits.length()) {
        body = digits + "0".repeat(decimalPoint - digits.length()) + ".0";
      } else {
        body = digits.substring(0, decimalPoint) + "." + digits.substring(decimalPoint);
      }
    } else {
      int exponent = decimalPoint - 1;
      String mantissa =
          digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      body =
          mantissa + "e" + (exponent < 0 ? "-" : "+") + String.format("%02d", Math.abs(exponent));
    }
    return (d < 0 ? "-" : "") + body;
  }
}
