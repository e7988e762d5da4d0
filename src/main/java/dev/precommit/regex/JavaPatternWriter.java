package dev.precommit.regex;

import dev.precommit.regex.RegexNode.Alternation;
import dev.precommit.regex.RegexNode.Anchor;
import dev.precommit.regex.RegexNode.AnyChar;
import dev.precommit.regex.RegexNode.Atomic;
import dev.precommit.regex.RegexNode.Backreference;
import dev.precommit.regex.RegexNode.Category;
import dev.precommit.regex.RegexNode.CharClass;
import dev.precommit.regex.RegexNode.Conditional;
import dev.precommit.regex.RegexNode.Greed;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Literal;
import dev.precommit.regex.RegexNode.Lookaround;
import dev.precommit.regex.RegexNode.Range;
import dev.precommit.regex.RegexNode.Repeat;
import dev.precommit.regex.RegexNode.Sequence;
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

  /** Largest minimum count spelled out as copies (see {@link #repeat}). */
  private static final long MAX_UNROLL = 8;

  /** Largest fixed count written out as copies inside a look-behind. */
  private static final long MAX_LOOKBEHIND_COPIES = 1000;

  private final ParseState state;
  private final StringBuilder out = new StringBuilder();
  private final Set<Integer> closedGroups = new HashSet<>();

  /** Above zero while writing a copy whose captures must stay anonymous. */
  private int suppressCaptures;

  /** Number of repeats enclosing the node being written. */
  private int repeatDepth;

  private JavaPatternWriter(ParseState state) {
    this.state = state;
  }

  static String write(RegexNode root, ParseState state) throws InvalidPythonRegexException {
    JavaPatternWriter writer = new JavaPatternWriter(state);
    writer.out.append(SearchPrefilter.lookahead(root, state)).append("(?:");
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
      AtomSyntax.characterClass(
          out, false, List.of(new Range(l.codePoint(), l.codePoint())), flags);
    } else if (node instanceof CharClass c) {
      AtomSyntax.characterClass(out, c.negated(), c.items(), flags);
    } else if (node instanceof Category c) {
      AtomSyntax.characterClass(out, false, List.of(c), flags);
    } else if (node instanceof AnyChar) {
      out.append((flags & PythonRegex.DOTALL) != 0 ? "(?s:.)" : "[^\\n]");
    } else if (node instanceof Anchor a) {
      AtomSyntax.anchor(out, a.kind(), flags);
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
    boolean capture = g.number() != 0 && suppressCaptures == 0;
    out.append(capture ? "(?<g" + g.number() + ">" : "(?:");
    node(g.body(), inner, inLookbehind);
    if (capture && state.conditionalGroups.contains(g.number())) {
      // An empty group at the end of the group: set exactly when the group has matched.
      out.append("(?<c").append(g.number()).append(">)");
    }
    out.append(')');
    if (capture) {
      closedGroups.add(g.number());
    }
  }

  // sre's _combine_flags: a type flag (a/u/L) replaces the inherited one.
  static int combineFlags(int flags, int add, int remove) {
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
    repeatDepth++;
    repeatBody(r, flags, inLookbehind);
    repeatDepth--;
  }

  private void repeatBody(Repeat r, int flags, boolean inLookbehind)
      throws InvalidPythonRegexException {
    if (inLookbehind && lookbehindRepeat(r, flags)) {
      return;
    }
    long min = r.min();
    if (min == 0
        || min > MAX_UNROLL
        || state.width(r.body())[0] != 0
        || state.hasReferencedCapture(r.body())) {
      quantified(r.body(), min, r.max(), r.greed(), flags, inLookbehind);
      return;
    }
    // Java leaves a loop after an iteration that matched nothing, even below the minimum;
    // sre keeps iterating. Spelling out the mandatory iterations gives sre's behaviour.
    boolean possessive = r.greed() == Greed.POSSESSIVE;
    out.append(possessive ? "(?>" : "(?:");
    copies(r.body(), min, r.max() == min, flags, inLookbehind);
    if (r.max() != min) {
      long rest = r.max() == RegexParser.MAXREPEAT ? r.max() : r.max() - min;
      Greed greed = possessive ? Greed.GREEDY : r.greed();
      quantified(r.body(), 0, rest, greed, flags, inLookbehind);
    }
    out.append(')');
  }

  /**
   * Java refuses loops over alternatives inside a look-behind ("no obvious maximum length"), but
   * sre accepts any fixed-width repeat there. Such repeats are written without a loop when that is
   * exact; returns false to fall back to an ordinary quantifier.
   */
  private boolean lookbehindRepeat(Repeat r, int flags) throws InvalidPythonRegexException {
    if (state.width(r.body())[1] == 0) {
      // Zero-width body: a second iteration at the same place cannot change anything.
      out.append("(?:");
      node(r.body(), flags, true);
      out.append(')');
      if (r.min() == 0) {
        out.append(
            switch (r.greed()) {
              case LAZY -> "??";
              case POSSESSIVE -> "?+";
              default -> "?";
            });
      }
      return true;
    }
    if (r.min() != r.max()
        || r.max() > MAX_LOOKBEHIND_COPIES
        || state.hasReferencedCapture(r.body())) {
      return false;
    }
    out.append("(?:");
    copies(r.body(), r.max(), true, flags, true);
    out.append(')');
    return true;
  }

  /**
   * {@code count} copies of {@code body}. Java group names must be unique, so captures are kept
   * only in the last copy, and only if {@code lastCaptures}; callers make sure nothing reads them.
   */
  private void copies(RegexNode body, long count, boolean lastCaptures, int flags, boolean behind)
      throws InvalidPythonRegexException {
    for (long i = 0; i < count; i++) {
      boolean keep = lastCaptures && i == count - 1;
      suppressCaptures += keep ? 0 : 1;
      out.append("(?:");
      node(body, flags, behind);
      out.append(')');
      suppressCaptures -= keep ? 0 : 1;
    }
  }

  private void quantified(
      RegexNode body, long min, long max, Greed greed, int flags, boolean inLookbehind)
      throws InvalidPythonRegexException {
    RegexNode inner = body;
    while (inner instanceof Sequence s && s.items().size() == 1) {
      inner = s.items().get(0);
    }
    if (inner instanceof Group g && g.number() != 0) {
      // Quantify the capturing group itself: inside a (?:...) wrapper Java's loop would not
      // undo the group's capture when backtracking out of the repeat.
      node(inner, flags, inLookbehind);
    } else {
      out.append("(?:");
      node(body, flags, inLookbehind);
      out.append(')');
    }
    // Java counts fit in an int; beyond that no Java string could tell the difference.
    out.append('{').append(Math.min(min, Integer.MAX_VALUE)).append(',');
    if (max != RegexParser.MAXREPEAT) {
      out.append(Math.min(max, Integer.MAX_VALUE));
    }
    out.append('}');
    switch (greed) {
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
    String yes;
    String no;
    if (closedGroups.contains(c.group())) {
      String marker = "\\k<c" + c.group() + ">";
      yes = "(?=" + marker + ")";
      no = "(?!" + marker + ")";
    } else if (repeatDepth == 0) {
      // The group cannot have matched yet in this attempt: sre takes the "no" branch. The
      // "yes" branch is still written, unreachable, so that its groups exist for Java.
      yes = "(?!)";
      no = "";
    } else {
      throw new InvalidPythonRegexException(
          "unsupported: conditional (?("
              + c.group()
              + ")...) inside a repeat, before group "
              + c.group()
              + " is closed, cannot be translated to java.util.regex",
          null,
          -1);
    }
    out.append("(?:").append(yes);
    node(c.yes(), flags, inLookbehind);
    out.append('|').append(no);
    if (c.no() != null) {
      node(c.no(), flags, inLookbehind);
    }
    out.append(')');
  }
}
