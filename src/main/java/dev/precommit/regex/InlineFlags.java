package dev.precommit.regex;

import static dev.precommit.regex.RegexTokenizer.END;
import static dev.precommit.regex.RegexTokenizer.charOf;
import static dev.precommit.regex.RegexTokenizer.isEscape;

/** sre_parse's {@code _parse_flags}: the letters after {@code (?} up to {@code )} or {@code :}. */
final class InlineFlags {
  private static final int TYPE_FLAGS =
      PythonRegex.ASCII | PythonRegex.LOCALE | PythonRegex.UNICODE;
  private static final int GLOBAL_FLAGS = PythonRegex.TEMPLATE;

  private final RegexTokenizer source;
  private final ParseState state;

  InlineFlags(RegexTokenizer source, ParseState state) {
    this.source = source;
    this.state = state;
  }

  /**
   * Starting at flag letter (or dash) {@code c}: null for global flags (which are applied), else
   * {add, remove}.
   */
  int[] parse(int c) throws InvalidPythonRegexException {
    int add = 0;
    int remove = 0;
    if (c != '-') {
      while (true) {
        int flag = flag(c);
        if (state.isText && c == 'L') {
          throw source.error("bad inline flags: cannot use 'L' flag with a str pattern", 0);
        }
        if (!state.isText && c == 'u') {
          throw source.error("bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
        }
        add |= flag;
        if ((flag & TYPE_FLAGS) != 0 && (add & TYPE_FLAGS) != flag) {
          throw source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
        }
        c = source.get();
        if (c == END) {
          throw source.error("missing -, : or )", 0);
        }
        if (c == ')' || c == '-' || c == ':') {
          break;
        }
        if (flag(c) == 0) {
          throw source.error(
              isAlpha(c) ? "unknown flag" : "missing -, : or )", GroupParser.length(c));
        }
      }
    }
    if (c == ')') {
      state.flags |= add;
      return null;
    }
    if ((add & GLOBAL_FLAGS) != 0) {
      throw source.error("bad inline flags: cannot turn on global flag", 1);
    }
    if (c == '-') {
      c = source.get();
      if (c == END) {
        throw source.error("missing flag", 0);
      }
      if (flag(c) == 0) {
        throw source.error(isAlpha(c) ? "unknown flag" : "missing flag", GroupParser.length(c));
      }
      while (true) {
        int flag = flag(c);
        if ((flag & TYPE_FLAGS) != 0) {
          throw source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
        }
        remove |= flag;
        c = source.get();
        if (c == END) {
          throw source.error("missing :", 0);
        }
        if (c == ':') {
          break;
        }
        if (flag(c) == 0) {
          throw source.error(isAlpha(c) ? "unknown flag" : "missing :", GroupParser.length(c));
        }
      }
    }
    if ((remove & GLOBAL_FLAGS) != 0) {
      throw source.error("bad inline flags: cannot turn off global flag", 1);
    }
    if ((add & remove) != 0) {
      throw source.error("bad inline flags: flag turned on and off", 1);
    }
    return new int[] {add, remove};
  }

  static int flag(int token) {
    return switch (token) {
      case 'i' -> PythonRegex.IGNORECASE;
      case 'L' -> PythonRegex.LOCALE;
      case 'm' -> PythonRegex.MULTILINE;
      case 's' -> PythonRegex.DOTALL;
      case 'x' -> PythonRegex.VERBOSE;
      case 'a' -> PythonRegex.ASCII;
      case 't' -> PythonRegex.TEMPLATE;
      case 'u' -> PythonRegex.UNICODE;
      default -> 0;
    };
  }

  private static boolean isAlpha(int token) {
    return !isEscape(token) && Character.isLetter(charOf(token));
  }
}
