package dev.precommit.config;

/** STUB. */
public final class YamlException extends Exception {
  public YamlException(String m) {
    super(m);
  }
}
