package dev.precommit.process;

import java.util.List;

/**
 * Python's {@code repr()} of strings and tuples of strings, for messages pre-commit formats with
 * {@code !r} (e.g. {@code [Errno 8] Exec format error: './x'} and {@code command: ('git', ...)}).
 */
public final class PythonRepr {
  private PythonRepr() {}

  /** {@code repr(s)}: single quotes unless the text contains ' and no ". */
  public static String string(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder(s.length() + 2).append(quote);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }

  /** {@code repr(tuple(items))}: {@code ('a', 'b')}, with the trailing comma of {@code ('a',)}. */
  public static String tuple(List<String> items) {
    StringBuilder out = new StringBuilder("(");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(string(items.get(i)));
    }
    return out.append(items.size() == 1 ? ",)" : ")").toString();
  }
}
