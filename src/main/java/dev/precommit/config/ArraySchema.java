package dev.precommit.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** cfgv's {@code Array}: a list whose every element is validated by {@code of}. */
record ArraySchema(Schema of) implements Schema {

  @Override
  public void check(Object value, Consumer<String> warn) throws ValidationError {
    Checks.array(Checks.ANY).check(value);
    for (Object element : (List<?>) value) {
      of.check(element, warn);
    }
  }

  @Override
  public Object applyDefaults(Object value) {
    List<Object> out = new ArrayList<>();
    for (Object element : (List<?>) value) {
      out.add(of.applyDefaults(element));
    }
    return out;
  }
}
