package dev.precommit.config;

/** Validates one value (cfgv's {@code check_fn}). */
@FunctionalInterface
public interface Check {
  void check(Object value) throws ValidationError;
}
