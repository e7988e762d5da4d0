package dev.precommit.config;

import java.util.Map;
import java.util.function.Consumer;

/** One rule of a {@link MapSchema}, checked in declaration order like cfgv's items. */
interface SchemaItem {
  void check(Map<Object, Object> map, Consumer<String> warn) throws ValidationError;

  default void applyDefault(Map<Object, Object> map) {}

  /** The key this item is about, or null. */
  default String key() {
    return null;
  }
}
