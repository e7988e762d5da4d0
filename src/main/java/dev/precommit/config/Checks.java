package dev.precommit.config;

import dev.precommit.regex.InvalidPythonRegexException;
import dev.precommit.regex.PythonRegex;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** cfgv's check functions, with its exact messages. */
final class Checks {
  static final Check ANY = value -> {};

  static final Check STRING = type(String.class, "string");
  static final Check BOOL = type(Boolean.class, "bool");
  static final Check DICT = type(Map.class, "dict");

  static final Check REGEX =
      value -> {
        try {
          PythonRegex.compile((String) value);
        } catch (InvalidPythonRegexException e) {
          throw new ValidationError(PyValues.repr(value) + " is not a valid python regex");
        }
      };

  static final Check STRING_REGEX = and(STRING, REGEX);

  private Checks() {}

  static Check type(Class<?> type, String typeName) {
    return value -> {
      if (!type.isInstance(value)) {
        throw new ValidationError("Expected " + typeName + " got " + PyValues.typeName(value));
      }
    };
  }

  static Check and(Check... checks) {
    return value -> {
      for (Check check : checks) {
        check.check(value);
      }
    };
  }

  static Check array(Check inner) {
    return value -> {
      if (!(value instanceof List)) {
        throw new ValidationError(
            "Expected array but got " + PyValues.repr(PyValues.typeName(value)));
      }
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        try {
          inner.check(list.get(i));
        } catch (ValidationError e) {
          throw e.within("At index " + i);
        }
      }
    };
  }

  static Check oneOf(Collection<String> choices) {
    return oneOf(choices, List.of());
  }

  /** {@link #oneOf}, also accepting {@code unlisted} values the message does not name. */
  static Check oneOf(Collection<String> choices, Collection<String> unlisted) {
    String sorted = String.join(", ", new TreeSet<>(choices));
    return value -> {
      if (!(value instanceof String) || !(choices.contains(value) || unlisted.contains(value))) {
        throw new ValidationError(
            "Expected one of " + sorted + " but got: " + PyValues.repr(value));
      }
    };
  }
}
