package dev.precommit.regex;

import dev.precommit.regex.RegexNode.Alternation;
import dev.precommit.regex.RegexNode.Anchor;
import dev.precommit.regex.RegexNode.AnyChar;
import dev.precommit.regex.RegexNode.Atomic;
import dev.precommit.regex.RegexNode.Backreference;
import dev.precommit.regex.RegexNode.Category;
import dev.precommit.regex.RegexNode.CharClass;
import dev.precommit.regex.RegexNode.ClassItem;
import dev.precommit.regex.RegexNode.Conditional;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Literal;
import dev.precommit.regex.RegexNode.Lookaround;
import dev.precommit.regex.RegexNode.Range;
import dev.precommit.regex.RegexNode.Repeat;
import dev.precommit.regex.RegexNode.Sequence;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a parsed Python pattern as {@code java.util.regex} syntax whose meaning does not depend on
 * any Java flag: every character, class, anchor and case rule is spelled out explicitly, using
 * Python's definitions for the flags in force at that point of the pattern.
 */
final class JavaPatternWriter {
  /** Looks behind by more than this are rejected by sre ("looks too much behind"). */
  private static final long MAXCODE = 0xFFFFFFFFL;

  /**
   * A zero-width, always-true suffix holding a raw supplementary character: its presence makes
   * java.util.regex count look-behind distances and search start positions in code points, as
   * Python does, instead of in UTF-16 units.
   */
  private static final String CODE_POINT_MODE = "(?!(?!)\uD800\uDC00)";

  private final ParseState state;
  private final StringBuilder out = new StringBuilder();
  private final Set<Integer> closedGroups = new HashSet<>();

  private JavaPatternWriter(ParseState state) {
    this.state = state;
  }

  static String write(RegexNode root, ParseState state) throws InvalidPythonRegexException {
    JavaPatternWriter writer = new JavaPatternWriter(state);
    writer.out.append("(?:");
    writer.node(root, state.flags, false);
    writer.out.append(')');
    if (state.isText) {
      writer.out.append(CODE_POINT_MODE);
    }
    return writer.out.toString();
  }

  private void node(RegexNode node, int flags, boolean inLookbehind)
      throws InvalidPythonRegexException {
    if (node instanceof Literal l) {
      characterClass(false, List.of(new Range(l.codePoint(), l.codePoint())), flags);
    } else if (node instanceof CharClass c) {
      characterClass(c.negated(), c.items(), flags);
    } else if (node instanceof Category c) {
      characterClass(false, List.of(c), flags);
    } else if (node instanceof AnyChar) {
      out.append((flags & PythonRegex.DOTALL) != 0 ? "(?s:.)" : "[^\\n]");
    } else if (node instanceof Anchor a) {
      anchor(a, flags);
    } else if (node instanceof Sequence s) {
      for (RegexNode item : s.items()) {
        node(item, flags, inLookbehind);
      }
    } else if (node instanceof Alternation a) {
      out.append("(?:");
      String separator = "";
      for (RegexNode branch : a.branches()) {
        out.append(separator);
        node(branch, flags, inLookbehind);
        separator = "|";
      }
      out.append(')');
    } else if (node instanceof Group g) {
      group(g, flags, inLookbehind);
    } else if (node instanceof Atomic a) {
      out.append("(?>");
      node(a.body(), flags, inLookbehind);
      out.append(')');
    } else if (node instanceof Lookaround l) {
      lookaround(l, flags, inLookbehind);
    } else if (node instanceof Repeat r) {
      repeat(r, flags, inLookbehind);
    } else if (node instanceof Backreference b) {
      backreference(b.group(), flags, inLookbehind);
    } else if (node instanceof Conditional c) {
      conditional(c, flags, inLookbehind);
    }
  }

  private void group(Group g, int flags, boolean inLookbehind) throws InvalidPythonRegexException {
    int inner = combineFlags(flags, g.addFlags(), g.removeFlags());
    out.append(g.number() == 0 ? "(?:" : "(?<g" + g.number() + ">");
    node(g.body(), inner, inLookbehind);
    if (state.conditionalGroups.contains(g.number())) {
      // An empty group at the end of the group: set exactly when the group has matched.
      out.append("(?<c").append(g.number()).append(">)");
    }
    out.append(')');
    closedGroups.add(g.number());
  }

  // sre's _combine_flags: a type flag (a/u/L) replaces the inherited one.
  private static int combineFlags(int flags, int add, int remove) {
    int typeFlags = PythonRegex.ASCII | PythonRegex.LOCALE | PythonRegex.UNICODE;
    if ((add & typeFlags) != 0) {
      flags &= ~typeFlags;
    }
    return (flags | add) & ~remove;
  }

  private void lookaround(Lookaround l, int flags, boolean inLookbehind)
      throws InvalidPythonRegexException {
    if (l.behind()) {
      long[] width = state.width(l.body());
      if (width[0] > MAXCODE) {
        throw new InvalidPythonRegexException("looks too much behind", null, -1);
      }
      if (width[0] != width[1]) {
        throw new InvalidPythonRegexException("look-behind requires fixed-width pattern", null, -1);
      }
    }
    out.append(l.behind() ? "(?<" : "(?").append(l.negative() ? '!' : '=');
    node(l.body(), flags, inLookbehind || l.behind());
    out.append(')');
  }

  private void repeat(Repeat r, int flags, boolean inLookbehind)
      throws InvalidPythonRegexException {
    if ((flags & PythonRegex.TEMPLATE) != 0) {
      throw new InvalidPythonRegexException(
          "internal: unsupported template operator MAX_REPEAT", null, -1);
    }
    out.append("(?:");
    node(r.body(), flags, inLookbehind);
    out.append(')');
    // Java counts fit in an int; beyond that no Java string could tell the difference.
    long min = Math.min(r.min(), Integer.MAX_VALUE);
    out.append('{').append(min).append(',');
    if (r.max() != RegexParser.MAXREPEAT) {
      out.append(Math.min(r.max(), Integer.MAX_VALUE));
    }
    out.append('}');
    switch (r.greed()) {
      case LAZY -> out.append('?');
      case POSSESSIVE -> out.append('+');
      default -> {}
    }
  }

  private void backreference(int group, int flags, boolean inLookbehind) {
    String reference = "\\k<g" + group + ">";
    if ((flags & PythonRegex.IGNORECASE) != 0) {
      // Java's own case folding here, the one place sre's rule is not spelled out.
      boolean unicode = (flags & PythonRegex.UNICODE) != 0;
      reference = "(?i" + (unicode ? "u" : "") + ":" + reference + ")";
    }
    if (inLookbehind) {
      // Java cannot size a back-reference inside a look-behind; Python uses the group's width.
      long[] width = state.groupWidths.get(group);
      out.append("(?:(?=").append(reference).append(")(?s:.){").append(width[0]);
      out.append(',').append(width[1]).append("})");
    } else {
      out.append(reference);
    }
  }

  private void conditional(Conditional c, int flags, boolean inLookbehind)
      throws InvalidPythonRegexException {
    if (!closedGroups.contains(c.group())) {
      throw new InvalidPythonRegexException(
          "unsupported: conditional (?("
              + c.group()
              + ")...) before group "
              + c.group()
              + " is closed cannot be translated to java.util.regex",
          null,
          -1);
    }
    String marker = "\\k<c" + c.group() + ">";
    out.append("(?:(?=").append(marker).append(')');
    node(c.yes(), flags, inLookbehind);
    out.append("|(?!").append(marker).append(')');
    if (c.no() != null) {
      node(c.no(), flags, inLookbehind);
    }
    out.append(')');
  }

  private void anchor(Anchor a, int flags) {
    boolean multiline = (flags & PythonRegex.MULTILINE) != 0;
    switch (a.kind()) {
      case BEGINNING -> out.append(multiline ? "(?<![^\\n])" : "\\A");
      case END -> out.append(multiline ? "(?![^\\n])" : "(?=\\n?\\z)");
      case BEGINNING_STRING -> out.append("\\A");
      case END_STRING -> out.append("\\z");
      case BOUNDARY, NON_BOUNDARY -> {
        String w = "[" + ClassSyntax.word(unicode(flags)) + "]";
        if (a.kind() == RegexNode.AnchorKind.BOUNDARY) {
          out.append("(?:(?<=").append(w).append(")(?!").append(w).append(")|(?<!").append(w);
          out.append(")(?=").append(w).append("))");
        } else {
          // sre's \B never matches in an empty string.
          out.append("(?:(?<=").append(w).append(")(?=").append(w).append(")|(?<!").append(w);
          out.append(")(?!").append(w).append(")(?:(?<=(?s:.))|(?=(?s:.))))");
        }
      }
      default -> throw new IllegalStateException(a.kind().name());
    }
  }

  // LOCALE (bytes only) is treated as ASCII: in a UTF-8 or C locale no byte above 127 is a letter.
  private static boolean unicode(int flags) {
    return (flags & PythonRegex.UNICODE) != 0;
  }

  private void characterClass(boolean negated, List<ClassItem> items, int flags) {
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
        categories.append(ClassSyntax.category(c.kind(), unicode));
      }
    }
    if (fold) {
      members = folding.matchingSubjects(members);
    }
    if (!negated && categories.length() == 0 && members.cardinality() == 1) {
      ClassSyntax.appendLiteral(out, members.nextSetBit(0)); // keeps literal runs fast in Java
      return;
    }
    out.append('[').append(negated ? "^" : "");
    ClassSyntax.appendRanges(out, members);
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
