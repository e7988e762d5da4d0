package dev.precommit.regex;

/** STUB. */
public final class InvalidPythonRegexException extends Exception {
  public InvalidPythonRegexException(String m) {
    super(m);
  }
}
