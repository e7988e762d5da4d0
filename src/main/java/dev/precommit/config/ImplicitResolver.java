package dev.precommit.config;

import java.util.List;
import java.util.regex.Pattern;

/**
 * PyYAML's YAML 1.1 implicit resolvers ({@code yaml/resolver.py}), in registration order and gated
 * by the scalar's first character exactly as PyYAML does.
 */
final class ImplicitResolver {
  private record Rule(String tag, String firstChars, Pattern pattern) {
    boolean appliesTo(String value) {
      char first = value.isEmpty() ? '\0' : value.charAt(0);
      boolean gated =
          value.isEmpty() ? firstChars.indexOf('\0') >= 0 : firstChars.indexOf(first) >= 0;
      // Python's `$` also matches before one trailing newline; UNIX_LINES + lookingAt mirror it.
      return gated && pattern.matcher(value).lookingAt();
    }
  }

  private static final List<Rule> RULES =
      List.of(
          rule(
              "bool",
              "yYnNtTfFoO",
              "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF"),
          rule(
              "float",
              "-+0123456789.",
              "[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                  + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                  + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                  + "|[-+]?\\.(?:inf|Inf|INF)"
                  + "|\\.(?:nan|NaN|NAN)"),
          rule(
              "int",
              "-+0123456789",
              "[-+]?0b[0-1_]+"
                  + "|[-+]?0[0-7_]+"
                  + "|[-+]?(?:0|[1-9][0-9_]*)"
                  + "|[-+]?0x[0-9a-fA-F_]+"
                  + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+"),
          rule("merge", "<", "<<"),
          rule("null", "~nN\0", "~|null|Null|NULL|"),
          rule(
              "timestamp",
              "0123456789",
              "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"
                  + "|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?"
                  + "(?:[Tt]|[ \\t]+)[0-9][0-9]?"
                  + ":[0-9][0-9]:[0-9][0-9](?:\\.[0-9]*)?"
                  + "(?:[ \\t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?"),
          rule("value", "=", "="),
          rule("yaml", "!&*", "!|&|\\*"));

  private ImplicitResolver() {}

  private static Rule rule(String name, String firstChars, String regex) {
    return new Rule(
        YamlNode.PREFIX + name,
        firstChars,
        Pattern.compile("^(?:" + regex + ")$", Pattern.UNIX_LINES));
  }

  /** The tag PyYAML gives a plain (or {@code !}-tagged) scalar. */
  static String resolve(String value) {
    for (Rule rule : RULES) {
      if (rule.appliesTo(value)) {
        return rule.tag();
      }
    }
    return YamlNode.STR;
  }
}
