package dev.precommit.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The type-tagged JSON that pyyaml_oracle.py prints, so loaded values compare as text. */
final class CanonicalForm {
  private CanonicalForm() {}

  static String of(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value, Collections.newSetFromMap(new IdentityHashMap<>()));
    return out.toString();
  }

  private static void append(StringBuilder out, Object value, Set<Object> path) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean b) {
      out.append(b);
    } else if (value instanceof Long || value instanceof BigInteger) {
      tagged(out, "int", value.toString());
    } else if (value instanceof Double d) {
      tagged(out, "float", YamlLoader.pythonRepr(d));
    } else if (value instanceof String s) {
      tagged(out, "str", s);
    } else if (value instanceof YamlBytes bytes) {
      StringBuilder hex = new StringBuilder();
      for (byte b : bytes.bytes()) {
        hex.append(String.format("%02x", b & 0xff));
      }
      tagged(out, "bytes", hex.toString());
    } else if (value instanceof YamlTimestamp t) {
      tagged(out, t.pythonTypeName(), YamlLoader.pythonRepr(t));
    } else if (path.contains(value)) {
      out.append("{\"t\":\"cycle\"}");
    } else {
      path.add(value);
      appendContainer(out, value, path);
      path.remove(value);
    }
  }

  private static void appendContainer(StringBuilder out, Object value, Set<Object> path) {
    List<String> items = new ArrayList<>();
    String type;
    if (value instanceof List<?> list) {
      type = "list";
      list.forEach(item -> items.add(sub(item, path)));
    } else if (value instanceof YamlPair pair) {
      type = "tuple";
      items.add(sub(pair.key(), path));
      items.add(sub(pair.value(), path));
    } else if (value instanceof Map<?, ?> map) {
      type = "dict";
      map.forEach((k, v) -> items.add("[" + sub(k, path) + "," + sub(v, path) + "]"));
    } else if (value instanceof Set<?> set) {
      type = "set";
      set.forEach(item -> items.add(sub(item, path)));
      Collections.sort(items);
    } else {
      throw new IllegalArgumentException(value.getClass().getName());
    }
    out.append("{\"t\":\"").append(type).append("\",\"v\":[");
    out.append(String.join(",", items)).append("]}");
  }

  private static String sub(Object value, Set<Object> path) {
    StringBuilder out = new StringBuilder();
    append(out, value, path);
    return out.toString();
  }

  private static void tagged(StringBuilder out, String type, String text) {
    out.append("{\"t\":\"").append(type).append("\",\"v\":");
    jsonString(out, text);
    out.append('}');
  }

  /** {@code json.dumps(s, ensure_ascii=True)}. */
  static String jsonString(String s) {
    StringBuilder out = new StringBuilder();
    jsonString(out, s);
    return out.toString();
  }

  private static void jsonString(StringBuilder out, String s) {
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
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
