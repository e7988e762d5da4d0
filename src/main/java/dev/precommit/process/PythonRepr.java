package dev.precommit.process;

import java.util.List;

/**
 * Python's {@code repr()} of strings and tuples of strings, for messages pre-commit formats with
 * {@code !r} (e.g. {@code [Errno 8] Exec format error: './x'} and {@code command: ('git', ...)}).
 */
public final class PythonRepr {
  private PythonRepr() {}

  /** CPython's {@code unicode_repr}: quote choice, escapes, printable non-ASCII kept. */
  public static String string(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2);
    appendString(out, s);
    return out.toString();
  }

  public static void appendString(StringBuilder out, String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == quote || cp == '\\') {
        out.append('\\').append((char) cp);
      } else if (cp == '\t') {
        out.append("\\t");
      } else if (cp == '\n') {
        out.append("\\n");
      } else if (cp == '\r') {
        out.append("\\r");
      } else if (cp < ' ' || cp == 0x7f) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp < 0x7f || isPrintable(cp)) {
        out.appendCodePoint(cp);
      } else if (cp <= 0xff) {
        out.append(String.format("\\x%02x", cp));
      } else if (cp <= 0xffff) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.append(String.format("\\U%08x", cp));
      }
    }
    out.append(quote);
  }

  /** Python's {@code str.isprintable} for one character. */
  private static boolean isPrintable(int cp) {
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SPACE_SEPARATOR ->
          cp == ' ';
      default -> true;
    };
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
