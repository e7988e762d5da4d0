package dev.precommit.regex;

import dev.precommit.regex.RegexNode.Atomic;
import dev.precommit.regex.RegexNode.CharClass;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Literal;
import dev.precommit.regex.RegexNode.Range;
import dev.precommit.regex.RegexNode.Repeat;
import dev.precommit.regex.RegexNode.Sequence;

/**
 * The longest run of characters that every match of a pattern contains, read off its syntax tree. A
 * subject without it cannot match, so a search can skip it with one {@code indexOf}: exact for any
 * pattern, since the answer is only ever a necessary condition. Parts that are case-insensitive,
 * optional, alternatives or look-arounds contribute nothing (the answer may be empty).
 */
final class RequiredLiteral {
  private RequiredLiteral() {}

  static String of(RegexNode node, int flags) {
    if ((flags & PythonRegex.IGNORECASE) != 0) {
      return "";
    }
    if (node instanceof Sequence s) {
      return ofSequence(s, flags);
    }
    if (node instanceof Group g) {
      return of(g.body(), JavaPatternWriter.combineFlags(flags, g.addFlags(), g.removeFlags()));
    }
    if (node instanceof Atomic a) {
      return of(a.body(), flags);
    }
    if (node instanceof Repeat r && r.min() >= 1) {
      return of(r.body(), flags);
    }
    int c = singleChar(node);
    return c < 0 ? "" : Character.toString(c);
  }

  /** Adjacent single characters form a run; anything else ends it but may hold a longer one. */
  private static String ofSequence(Sequence sequence, int flags) {
    String best = "";
    StringBuilder run = new StringBuilder();
    for (RegexNode item : sequence.items()) {
      int c = singleChar(item);
      if (c >= 0) {
        run.appendCodePoint(c);
        continue;
      }
      if (run.length() > best.length()) {
        best = run.toString();
      }
      run.setLength(0);
      String inner = of(item, flags);
      if (inner.length() > best.length()) {
        best = inner;
      }
    }
    return run.length() > best.length() ? run.toString() : best;
  }

  /** The one character {@code node} matches ({@code a}, {@code [a]}), or -1. */
  private static int singleChar(RegexNode node) {
    if (node instanceof Literal l) {
      return l.codePoint();
    }
    if (node instanceof CharClass c
        && !c.negated()
        && c.items().size() == 1
        && c.items().get(0) instanceof Range r
        && r.low() == r.high()) {
      return r.low();
    }
    return -1;
  }
}
