package dev.precommit.regex;

import dev.precommit.regex.RegexNode.AnchorKind;
import dev.precommit.regex.RegexNode.Category;
import dev.precommit.regex.RegexNode.CategoryKind;
import dev.precommit.regex.RegexNode.ClassItem;
import dev.precommit.regex.RegexNode.Range;
import java.util.BitSet;
import java.util.List;

/**
 * Java syntax for Python's single-character items and anchors, written out explicitly (classes,
 * case-folded sets, look-arounds) so that no Java flag is needed.
 */
final class AtomSyntax {
  /** Python's str.isspace(): whitespace bidi classes plus Zs, including U+001C..U+001F. */
  private static final String UNICODE_SPACE =
      "\\t\\n\\x{b}\\f\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}"
          + "\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";

  private static final String ASCII_SPACE = "\\t\\n\\x{b}\\f\\r\\x{20}";

  private AtomSyntax() {}

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

  static void anchor(StringBuilder out, AnchorKind kind, int flags) {
    boolean multiline = (flags & PythonRegex.MULTILINE) != 0;
    switch (kind) {
      case BEGINNING -> out.append(multiline ? "(?<![^\\n])" : "\\A");
      case END -> out.append(multiline ? "(?![^\\n])" : "(?=\\n?\\z)");
      case BEGINNING_STRING -> out.append("\\A");
      case END_STRING -> out.append("\\z");
      case BOUNDARY, NON_BOUNDARY -> {
        String w = "[" + word(unicode(flags)) + "]";
        if (kind == AnchorKind.BOUNDARY) {
          out.append("(?:(?<=").append(w).append(")(?!").append(w).append(")|(?<!").append(w);
          out.append(")(?=").append(w).append("))");
        } else {
          // sre's \B never matches in an empty string.
          out.append("(?:(?<=").append(w).append(")(?=").append(w).append(")|(?<!").append(w);
          out.append(")(?!").append(w).append(")(?:(?<=(?s:.))|(?=(?s:.))))");
        }
      }
      default -> throw new IllegalStateException(kind.name());
    }
  }

  // LOCALE (bytes only) is treated as ASCII: in a UTF-8 or C locale no byte above 127 is a letter.
  static boolean unicode(int flags) {
    return (flags & PythonRegex.UNICODE) != 0;
  }

  /** A set (or single character) with Python's meaning under {@code flags}. */
  static void characterClass(StringBuilder out, boolean negated, List<ClassItem> items, int flags) {
    boolean unicode = unicode(flags);
    CaseFolding folding = null;
    if ((flags & PythonRegex.IGNORECASE) != 0) {
      folding = unicode ? CaseFolding.UNICODE : CaseFolding.ASCII;
    }
    BitSet members = new BitSet();
    StringBuilder categories = new StringBuilder();
    boolean fold = folding != null && anyCased(items, folding);
    for (ClassItem item : items) {
      if (item instanceof Range r) {
        for (int c = r.low(); c <= r.high(); c++) {
          if (fold) {
            folding.addFolded(c, members);
          } else {
            members.set(c);
          }
        }
      } else if (item instanceof Category c) {
        categories.append(category(c.kind(), unicode));
      }
    }
    if (fold) {
      members = folding.matchingSubjects(members);
    }
    if (!negated && categories.length() == 0 && members.cardinality() == 1) {
      appendLiteral(out, members.nextSetBit(0)); // keeps literal runs fast in Java
      return;
    }
    out.append('[').append(negated ? "^" : "");
    appendRanges(out, members);
    out.append(categories).append(']');
  }

  private static boolean anyCased(List<ClassItem> items, CaseFolding folding) {
    for (ClassItem item : items) {
      if (item instanceof Range r && folding.anyCased(r.low(), r.high())) {
        return true;
      }
    }
    return false;
  }
}
