package dev.precommit.config;

/** One item of a {@code !!omap} or {@code !!pairs} list: a Python 2-tuple. */
public record YamlPair(Object key, Object value) {
  @Override
  public String toString() {
    return PythonRepr.repr(this);
  }
}
