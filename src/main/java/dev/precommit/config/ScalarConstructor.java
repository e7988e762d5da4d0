package dev.precommit.config;

import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PyYAML {@code SafeConstructor}'s scalar constructors, run on the scalar text. Failures carry the
 * text of the Python exception the original raises (ValueError, KeyError, ...), since pre-commit
 * prints {@code str(e)} whatever the type.
 */
final class ScalarConstructor {
  /** PyYAML's single {@code nan_value}: every {@code .nan} is this very object. */
  static final Double NAN = Double.valueOf(Double.NaN);

  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)"
              + "(?:(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])"
              + "(?:\\.([0-9]*))?"
              + "(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$",
          Pattern.UNIX_LINES);
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

  private ScalarConstructor() {}

  static Boolean bool(String value) throws YamlException {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "yes", "true", "on" -> Boolean.TRUE;
      case "no", "false", "off" -> Boolean.FALSE;
      // A KeyError, whose str() is the repr of the missing key.
      default -> throw new YamlException(PythonRepr.repr(value.toLowerCase(Locale.ROOT)));
    };
  }

  static Object integer(String text) throws YamlException {
    String value = text.replace("_", "");
    requireNonEmpty(value);
    int sign = value.charAt(0) == '-' ? -1 : 1;
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      value = value.substring(1);
    }
    BigInteger result;
    if (value.equals("0")) {
      result = BigInteger.ZERO;
    } else if (value.startsWith("0b")) {
      result = PythonNumbers.parseInt(value.substring(2), 2);
    } else if (value.startsWith("0x")) {
      result = PythonNumbers.parseInt(value.substring(2), 16);
    } else if (requireNonEmpty(value).charAt(0) == '0') {
      result = PythonNumbers.parseInt(value, 8);
    } else if (value.contains(":")) {
      result = BigInteger.ZERO;
      BigInteger base = BigInteger.ONE;
      String[] parts = value.split(":", -1);
      for (int k = parts.length - 1; k >= 0; k--) {
        result = result.add(PythonNumbers.parseInt(parts[k], 10).multiply(base));
        base = base.multiply(BigInteger.valueOf(60));
      }
    } else {
      result = PythonNumbers.parseInt(value, 10);
    }
    return PythonNumbers.normalize(sign < 0 ? result.negate() : result);
  }

  static Double floating(String text) throws YamlException {
    String value = text.replace("_", "").toLowerCase(Locale.ROOT);
    requireNonEmpty(value);
    double sign = value.charAt(0) == '-' ? -1 : 1;
    if (value.charAt(0) == '+' || value.charAt(0) == '-') {
      value = value.substring(1);
    }
    if (value.equals(".inf")) {
      return sign * Double.POSITIVE_INFINITY;
    } else if (value.equals(".nan")) {
      return NAN;
    } else if (value.contains(":")) {
      double result = 0.0;
      BigInteger base = BigInteger.ONE;
      String[] parts = value.split(":", -1);
      for (int k = parts.length - 1; k >= 0; k--) {
        result += PythonNumbers.parseFloat(parts[k]) * base.doubleValue();
        base = base.multiply(BigInteger.valueOf(60));
      }
      return sign * result;
    }
    return sign * PythonNumbers.parseFloat(value);
  }

  private static String requireNonEmpty(String value) throws YamlException {
    if (value.isEmpty()) {
      throw new YamlException("string index out of range");
    }
    return value;
  }

  static YamlTimestamp timestamp(String value) throws YamlException {
    Matcher m = TIMESTAMP.matcher(value);
    if (!m.lookingAt()) {
      throw new YamlException("'NoneType' object has no attribute 'groupdict'");
    }
    int year = Integer.parseInt(m.group(1));
    int month = Integer.parseInt(m.group(2));
    int day = Integer.parseInt(m.group(3));
    if (m.group(4) == null) {
      checkDate(year, month, day);
      return YamlTimestamp.date(year, month, day);
    }
    int hour = Integer.parseInt(m.group(4));
    int minute = Integer.parseInt(m.group(5));
    int second = Integer.parseInt(m.group(6));
    int micro = 0;
    String fraction = m.group(7);
    if (fraction != null && !fraction.isEmpty()) {
      String six = fraction.length() > 6 ? fraction.substring(0, 6) : fraction;
      micro = Integer.parseInt(six + "0".repeat(6 - six.length()));
    }
    Integer offset = null;
    if (m.group(9) != null) {
      int tzHour = Integer.parseInt(m.group(10));
      int tzMinute = m.group(11) == null ? 0 : Integer.parseInt(m.group(11));
      int seconds = (tzHour * 60 + tzMinute) * 60 * (m.group(9).equals("-") ? -1 : 1);
      if (Math.abs(seconds) >= 86400) {
        throw new YamlException(
            "offset must be a timedelta strictly between -timedelta(hours=24) and"
                + " timedelta(hours=24), not "
                + PythonRepr.timedeltaRepr(seconds)
                + ".");
      }
      offset = seconds;
    } else if (m.group(8) != null) {
      offset = 0;
    }
    checkDate(year, month, day);
    checkRange(hour, 23, "hour");
    checkRange(minute, 59, "minute");
    checkRange(second, 59, "second");
    return new YamlTimestamp(year, month, day, true, hour, minute, second, micro, offset);
  }

  /** The checks, order and messages of CPython's {@code datetime.date} constructor. */
  private static void checkDate(int year, int month, int day) throws YamlException {
    if (year < 1 || year > 9999) {
      throw new YamlException("year " + year + " is out of range");
    }
    if (month < 1 || month > 12) {
      throw new YamlException("month must be in 1..12");
    }
    boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    int days = month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    if (day < 1 || day > days) {
      throw new YamlException("day is out of range for month");
    }
  }

  private static void checkRange(int value, int max, String name) throws YamlException {
    if (value > max) {
      throw new YamlException(name + " must be in 0.." + max);
    }
  }

  /** {@code base64.decodebytes} after an ASCII encode, with PyYAML's error wrapping. */
  static YamlBytes binary(String value) throws YamlException {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        int end = i;
        while (end < value.length() && value.charAt(end) >= 0x80) {
          end++;
        }
        throw new YamlException(
            "failed to convert base64 data into ascii: " + asciiEncodeError(value, i, end));
      }
    }
    return new YamlBytes(Base64Decoder.decode(value));
  }

  /** Python's UnicodeEncodeError text; positions count code points, not UTF-16 units. */
  private static String asciiEncodeError(String value, int start, int end) {
    int from = value.codePointCount(0, start);
    int to = value.codePointCount(0, end);
    String reason = "ordinal not in range(128)";
    if (to - from == 1) {
      int cp = value.codePointAt(start);
      String escaped =
          cp <= 0xff
              ? String.format("\\x%02x", cp)
              : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
      return "'ascii' codec can't encode character '"
          + escaped
          + "' in position "
          + from
          + ": "
          + reason;
    }
    return "'ascii' codec can't encode characters in position "
        + from
        + "-"
        + (to - 1)
        + ": "
        + reason;
  }
}
