package dev.precommit.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** cfgv's {@code Map}: a mapping checked item by item inside an {@code At Name(id=...)} context. */
record MapSchema(String objectName, String idKey, List<SchemaItem> items) implements Schema {

  @Override
  public void check(Object value, Consumer<String> warn) throws ValidationError {
    if (!(value instanceof Map)) {
      throw new ValidationError(
          "Expected a " + objectName + " map but got a " + PyValues.typeName(value));
    }
    @SuppressWarnings("unchecked")
    Map<Object, Object> map = (Map<Object, Object>) value;
    String context =
        idKey == null
            ? "At " + objectName + "()"
            : "At "
                + objectName
                + "("
                + idKey
                + "="
                + (map.containsKey(idKey) ? PyValues.repr(map.get(idKey)) : "MISSING")
                + ")";
    try {
      for (SchemaItem item : items) {
        item.check(map, warn);
      }
    } catch (ValidationError e) {
      throw e.within(context);
    }
  }

  @Override
  public Object applyDefaults(Object value) {
    @SuppressWarnings("unchecked")
    Map<Object, Object> copy = new LinkedHashMap<>((Map<Object, Object>) value);
    for (SchemaItem item : items) {
      item.applyDefault(copy);
    }
    return copy;
  }
}
