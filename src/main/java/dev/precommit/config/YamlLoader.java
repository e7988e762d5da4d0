package dev.precommit.config;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** STUB. */
public final class YamlLoader {
  private YamlLoader() {}

  public static Object load(String text) throws YamlException {
    try {
      return new Load(LoadSettings.builder().setAllowDuplicateKeys(true).build())
          .loadFromString(text);
    } catch (RuntimeException e) {
      throw new YamlException(e.getMessage());
    }
  }

  public static String pythonTypeName(Object v) {
    return v == null ? "NoneType" : v.getClass().getSimpleName();
  }

  public static String pythonRepr(Object v) {
    if (v instanceof String s) {
      return "'" + s.replace("\\", "\\\\") + "'";
    }
    if (v instanceof Boolean b) {
      return b ? "True" : "False";
    }
    if (v == null) {
      return "None";
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? ", " : "").append(pythonRepr(l.get(i)));
      }
      return sb.append("]").toString();
    }
    if (v instanceof Map<?, ?> m) {
      return m.toString();
    }
    return String.valueOf(v);
  }
}
