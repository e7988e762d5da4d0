package dev.precommit.regex;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** STUB. */
public final class PythonRegex {
  private PythonRegex() {}

  public static Pattern compile(String p) throws InvalidPythonRegexException {
    try {
      return Pattern.compile(p.replace("(?P<", "(?<").replace("\\Z", "\\z"));
    } catch (PatternSyntaxException e) {
      throw new InvalidPythonRegexException(e.getMessage());
    }
  }
}
