package dev.precommit.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Word splitting with the rules of Python's {@code shlex.split(s)} (POSIX mode, comments off),
 * which identify uses on shebang lines because setuptools writes quoted interpreter paths.
 */
final class ShellWords {
  private ShellWords() {}

  /** The words of {@code line}, or empty where shlex would raise (unclosed quote, trailing \). */
  static Optional<List<String>> split(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null; // null between words; "" is a real (quoted) empty word
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (isShlexSpace(c)) {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
        i++;
        continue;
      }
      if (word == null) {
        word = new StringBuilder();
      }
      if (c == '\\') {
        if (i + 1 >= n) {
          return Optional.empty();
        }
        word.append(line.charAt(i + 1));
        i += 2;
      } else if (c == '\'') {
        int end = line.indexOf('\'', i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        word.append(line, i + 1, end);
        i = end + 1;
      } else if (c == '"') {
        i = readDoubleQuoted(line, i + 1, word);
        if (i < 0) {
          return Optional.empty();
        }
      } else {
        word.append(c);
        i++;
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return Optional.of(words);
  }

  /**
   * Appends the body of a double-quoted section starting at {@code start}; returns the index after
   * the closing quote, or -1 if it never closes. A backslash only escapes {@code "} and {@code \}.
   */
  private static int readDoubleQuoted(String line, int start, StringBuilder word) {
    int i = start;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (c == '"') {
        return i + 1;
      }
      if (c == '\\') {
        if (i + 1 >= n) {
          return -1;
        }
        char next = line.charAt(i + 1);
        if (next != '"' && next != '\\') {
          word.append('\\');
        }
        word.append(next);
        i += 2;
      } else {
        word.append(c);
        i++;
      }
    }
    return -1;
  }

  /** Python's {@code str.split()} with no argument: runs of whitespace separate words. */
  static List<String> splitOnWhitespace(String line) {
    List<String> words = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      while (i < n && isPythonSpace(line.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < n && !isPythonSpace(line.charAt(i))) {
        i++;
      }
      if (i > start) {
        words.add(line.substring(start, i));
      }
    }
    return words;
  }

  /** Python's {@code str.strip()} with no argument. */
  static String strip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isPythonSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  // shlex's whitespace is narrower than str.isspace(): \v and \f are word characters to it.
  private static boolean isShlexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  // str.isspace() for the Latin-1 range; shebang text is printable ASCII by the time it gets here.
  private static boolean isPythonSpace(char c) {
    return (c >= '\t' && c <= '\r') || (c >= 0x1c && c <= 0x20) || c == 0x85 || c == 0xa0;
  }
}
