package dev.precommit.config;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python's {@code type(v).__name__} and {@code repr(v)} for loaded YAML values. */
final class PythonRepr {
  private PythonRepr() {}

  static String typeName(Object value) {
    if (value == null) {
      return "NoneType";
    }
    if (value instanceof String) {
      return "str";
    }
    if (value instanceof Boolean) {
      return "bool";
    }
    if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      return "int";
    }
    if (value instanceof Double) {
      return "float";
    }
    if (value instanceof List) {
      return "list";
    }
    if (value instanceof Map) {
      return "dict";
    }
    if (value instanceof Set) {
      return "set";
    }
    if (value instanceof YamlTimestamp timestamp) {
      return timestamp.pythonTypeName();
    }
    if (value instanceof YamlBytes) {
      return "bytes";
    }
    if (value instanceof YamlPair) {
      return "tuple";
    }
    throw new IllegalArgumentException("not a YAML value: " + value.getClass().getName());
  }

  static String repr(Object value) {
    StringBuilder out = new StringBuilder();
    // Containers being printed, so that self-references print as Python's `[...]`.
    Set<Object> active = Collections.newSetFromMap(new IdentityHashMap<>());
    append(out, value, active);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value, Set<Object> active) {
    if (value == null) {
      out.append("None");
    } else if (value instanceof String s) {
      dev.precommit.process.PythonRepr.appendString(out, s);
    } else if (value instanceof Boolean b) {
      out.append(b ? "True" : "False");
    } else if (value instanceof Double d) {
      out.append(PythonNumbers.floatRepr(d));
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof List<?> list) {
      appendContainer(out, list, list.iterator(), "[", "]", "[...]", active);
    } else if (value instanceof Map<?, ?> map) {
      appendContainer(out, map, map.entrySet().iterator(), "{", "}", "{...}", active);
    } else if (value instanceof Set<?> set) {
      if (set.isEmpty()) {
        out.append("set()");
      } else {
        appendContainer(out, set, set.iterator(), "{", "}", "set(...)", active);
      }
    } else if (value instanceof YamlPair pair) {
      out.append('(');
      append(out, pair.key(), active);
      out.append(", ");
      append(out, pair.value(), active);
      out.append(')');
    } else if (value instanceof YamlBytes bytes) {
      appendBytes(out, bytes.bytes());
    } else if (value instanceof YamlTimestamp timestamp) {
      appendTimestamp(out, timestamp);
    } else {
      throw new IllegalArgumentException("not a YAML value: " + value.getClass().getName());
    }
  }

  private static void appendContainer(
      StringBuilder out,
      Object container,
      Iterator<?> items,
      String open,
      String close,
      String recursive,
      Set<Object> active) {
    if (!active.add(container)) {
      out.append(recursive);
      return;
    }
    out.append(open);
    boolean first = true;
    while (items.hasNext()) {
      if (!first) {
        out.append(", ");
      }
      first = false;
      Object item = items.next();
      if (item instanceof Map.Entry<?, ?> entry) {
        append(out, entry.getKey(), active);
        out.append(": ");
        append(out, entry.getValue(), active);
      } else {
        append(out, item, active);
      }
    }
    out.append(close);
    active.remove(container);
  }

  private static void appendBytes(StringBuilder out, byte[] bytes) {
    boolean hasSingle = false;
    boolean hasDouble = false;
    for (byte b : bytes) {
      hasSingle |= b == '\'';
      hasDouble |= b == '"';
    }
    char quote = hasSingle && !hasDouble ? '"' : '\'';
    out.append('b').append(quote);
    for (byte signed : bytes) {
      int b = signed & 0xff;
      if (b == quote || b == '\\') {
        out.append('\\').append((char) b);
      } else if (b == '\t') {
        out.append("\\t");
      } else if (b == '\n') {
        out.append("\\n");
      } else if (b == '\r') {
        out.append("\\r");
      } else if (b < ' ' || b >= 0x7f) {
        out.append(String.format("\\x%02x", b));
      } else {
        out.append((char) b);
      }
    }
    out.append(quote);
  }

  private static void appendTimestamp(StringBuilder out, YamlTimestamp t) {
    if (!t.hasTime()) {
      out.append("datetime.date(")
          .append(t.year())
          .append(", ")
          .append(t.month())
          .append(", ")
          .append(t.day())
          .append(')');
      return;
    }
    // datetime.__repr__ drops a zero microsecond, then a zero second.
    List<Integer> fields =
        new java.util.ArrayList<>(
            List.of(
                t.year(), t.month(), t.day(), t.hour(), t.minute(), t.second(), t.microsecond()));
    for (int k = 0; k < 2 && fields.get(fields.size() - 1) == 0; k++) {
      fields.remove(fields.size() - 1);
    }
    out.append("datetime.datetime(");
    for (int k = 0; k < fields.size(); k++) {
      out.append(k == 0 ? "" : ", ").append(fields.get(k));
    }
    if (t.offsetSeconds() != null) {
      out.append(", tzinfo=").append(timezoneRepr(t.offsetSeconds()));
    }
    out.append(')');
  }

  static String timezoneRepr(int offsetSeconds) {
    if (offsetSeconds == 0) {
      return "datetime.timezone.utc";
    }
    return "datetime.timezone(" + timedeltaRepr(offsetSeconds) + ")";
  }

  /** {@code repr(datetime.timedelta(seconds=s))}: days may be negative, seconds never are. */
  static String timedeltaRepr(long totalSeconds) {
    long days = Math.floorDiv(totalSeconds, 86400);
    long seconds = Math.floorMod(totalSeconds, 86400);
    if (days == 0 && seconds == 0) {
      return "datetime.timedelta(0)";
    }
    StringBuilder out = new StringBuilder("datetime.timedelta(");
    if (days != 0) {
      out.append("days=").append(days);
    }
    if (seconds != 0) {
      out.append(days != 0 ? ", " : "").append("seconds=").append(seconds);
    }
    return out.append(')').toString();
  }
}
