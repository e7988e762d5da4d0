package dev.precommit.config;

import java.util.Collection;

/** Python's view of loaded YAML values: type names and {@code repr}, for cfgv's messages. */
final class PyValues {
  private PyValues() {}

  static String typeName(Object value) {
    return PythonRepr.typeName(value);
  }

  static String repr(Object value) {
    return PythonRepr.repr(value);
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
