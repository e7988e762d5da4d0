package dev.precommit.regex;

import dev.precommit.regex.RegexNode.CategoryKind;
import java.util.BitSet;

/** Java character-class text for Python's categories and for explicit code point ranges. */
final class ClassSyntax {
  /** Python's str.isspace(): whitespace bidi classes plus Zs, including U+001C..U+001F. */
  private static final String UNICODE_SPACE =
      "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
          + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";

  private static final String ASCII_SPACE = "\\t\\n\\x{b}\\f\\r\\x{20}";

  private ClassSyntax() {}

  /** Python's \w: str.isalnum() (letters and numerics, not marks) or underscore. */
  static String word(boolean unicode) {
    return unicode ? "\\p{L}\\p{N}_" : "a-zA-Z0-9_";
  }

  /** Class-body text (usable inside {@code [...]}) for a category. */
  static String category(CategoryKind kind, boolean unicode) {
    return switch (kind) {
      case DIGIT -> unicode ? "\\p{Nd}" : "0-9";
      case NOT_DIGIT -> unicode ? "\\P{Nd}" : "[^0-9]";
      case WORD -> word(unicode);
      case NOT_WORD -> "[^" + word(unicode) + "]";
      case SPACE -> unicode ? UNICODE_SPACE : ASCII_SPACE;
      case NOT_SPACE -> "[^" + (unicode ? UNICODE_SPACE : ASCII_SPACE) + "]";
    };
  }

  /** One code point as a Java literal that means the same inside and outside a class. */
  static void appendLiteral(StringBuilder out, int cp) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')) {
      out.append((char) cp);
    } else {
      out.append("\\x{").append(Integer.toHexString(cp)).append('}');
    }
  }

  static void appendRange(StringBuilder out, int low, int high) {
    appendLiteral(out, low);
    if (high != low) {
      out.append('-');
      appendLiteral(out, high);
    }
  }

  static void appendRanges(StringBuilder out, BitSet members) {
    for (int low = members.nextSetBit(0); low >= 0; ) {
      int end = members.nextClearBit(low);
      appendRange(out, low, end - 1);
      low = members.nextSetBit(end);
    }
  }
}
