package dev.precommit.config;

import java.util.Arrays;

/** A {@code !!binary} value: Python {@code bytes}, compared by content like Python does. */
public record YamlBytes(byte[] bytes) {
  public YamlBytes {
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YamlBytes that && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return PythonRepr.repr(this);
  }
}
