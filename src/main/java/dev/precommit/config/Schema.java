package dev.precommit.config;

import java.util.function.Consumer;

/** A cfgv schema: validates a loaded YAML value and fills in defaults. */
interface Schema {
  void check(Object value, Consumer<String> warn) throws ValidationError;

  Object applyDefaults(Object value);
}
