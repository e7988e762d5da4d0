package dev.precommit.config;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Python's view of loaded YAML values: type names and {@code repr}, for cfgv's messages. */
final class PyValues {
  private PyValues() {}

  static String typeName(Object value) {
    if (value == null) {
      return "NoneType";
    } else if (value instanceof String) {
      return "str";
    } else if (value instanceof Boolean) {
      return "bool";
    } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
      return "int";
    } else if (value instanceof Double) {
      return "float";
    } else if (value instanceof List) {
      return "list";
    } else if (value instanceof Map) {
      return "dict";
    } else if (value instanceof Set) {
      return "set";
    } else if (value instanceof byte[]) {
      return "bytes";
    }
    return YamlLoader.pythonTypeName(value);
  }

  static String repr(Object value) {
    return YamlLoader.pythonRepr(value);
  }

  static String reprTuple(Collection<String> values) {
    StringBuilder out = new StringBuilder("(");
    int i = 0;
    for (String v : values) {
      out.append(i++ == 0 ? "" : ", ").append(repr(v));
    }
    return out.append(values.size() == 1 ? ",)" : ")").toString();
  }
}
