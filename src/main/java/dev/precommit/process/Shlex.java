package dev.precommit.process;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Python's {@code shlex.split(s)} (POSIX mode, comments off) and {@code shlex.quote}.
 *
 * <p>pre-commit splits every hook {@code entry} with {@code shlex.split}, so this is a port of the
 * state machine of CPython's {@code shlex.read_token} restricted to that configuration, quirks
 * included: inside double quotes a backslash only escapes {@code "} and {@code \} (not {@code $} or
 * a newline, unlike a real shell), and {@code ''} yields an empty argument.
 */
public final class Shlex {
  private static final String WHITESPACE = " \t\r\n";
  private static final char ESCAPE = '\\';
  // Characters that never need quoting (shlex._find_unsafe, ASCII \w plus @%+=:,./-).
  private static final Pattern UNSAFE = Pattern.compile("[^\\w@%+=:,./-]");

  private Shlex() {}

  /**
   * Splits {@code s} like {@code shlex.split(s)}.
   *
   * @throws ShlexException with Python's {@code ValueError} text for an unterminated quote or a
   *     trailing backslash
   */
  public static List<String> split(String s) throws ShlexException {
    List<String> words = new ArrayList<>();
    StringBuilder token = new StringBuilder();
    boolean inWord = false; // a word is open (possibly empty, after '')
    char quote = 0; // the open quote character, 0 outside quotes
    boolean escaped = false; // the previous character was an active backslash
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escaped) {
        escaped = false;
        // Inside double quotes only the quote itself and the backslash can be escaped.
        if (quote == '"' && c != '"' && c != ESCAPE) {
          token.append(ESCAPE);
        }
        token.append(c);
      } else if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == ESCAPE && quote == '"') {
          escaped = true;
        } else {
          token.append(c);
        }
      } else if (WHITESPACE.indexOf(c) >= 0) {
        if (inWord) {
          words.add(token.toString());
          token.setLength(0);
          inWord = false;
        }
      } else {
        inWord = true;
        if (c == ESCAPE) {
          escaped = true;
        } else if (c == '\'' || c == '"') {
          quote = c;
        } else {
          token.append(c);
        }
      }
    }
    if (escaped) {
      throw new ShlexException("No escaped character");
    }
    if (quote != 0) {
      throw new ShlexException("No closing quotation");
    }
    if (inWord) {
      words.add(token.toString());
    }
    return List.copyOf(words);
  }

  /** {@code shlex.quote(s)}: a shell-safe rendering of one argument. */
  public static String quote(String s) {
    if (s.isEmpty()) {
      return "''";
    }
    if (!UNSAFE.matcher(s).find()) {
      return s;
    }
    return "'" + s.replace("'", "'\"'\"'") + "'";
  }

  /** {@code shlex.join(args)}: the arguments quoted and joined with single spaces. */
  public static String join(List<String> args) {
    List<String> quoted = new ArrayList<>(args.size());
    for (String arg : args) {
      quoted.add(quote(arg));
    }
    return String.join(" ", quoted);
  }
}
