package dev.precommit.regex;

import java.util.List;

/** Parsed Python pattern, shaped like sre's intermediate form but with one record per construct. */
sealed interface RegexNode {

  /** A member of a character class. */
  sealed interface ClassItem {}

  /** One code point. */
  record Literal(int codePoint) implements RegexNode {}

  /** {@code .} */
  record AnyChar() implements RegexNode {}

  /** {@code [...]}; a single-character class is kept as a class, which matches the same. */
  record CharClass(boolean negated, List<ClassItem> items) implements RegexNode {}

  /** Inclusive code point range inside a class (a lone character is a one-element range). */
  record Range(int low, int high) implements ClassItem {}

  /** {@code \d \D \s \S \w \W}, either alone or inside a class. */
  record Category(CategoryKind kind) implements RegexNode, ClassItem {}

  /** Zero-width {@code ^ $ \A \Z \b \B}. */
  record Anchor(AnchorKind kind) implements RegexNode {}

  record Sequence(List<RegexNode> items) implements RegexNode {}

  record Alternation(List<RegexNode> branches) implements RegexNode {}

  /** {@code (...)}: {@code number} 0 means non-capturing; flags are Python's scoped flags. */
  record Group(int number, int addFlags, int removeFlags, RegexNode body) implements RegexNode {}

  /** {@code (?>...)} */
  record Atomic(RegexNode body) implements RegexNode {}

  record Lookaround(boolean behind, boolean negative, RegexNode body) implements RegexNode {}

  /** {@code max == PythonRegex.MAXREPEAT} means unbounded. */
  record Repeat(long min, long max, Greed greed, RegexNode body) implements RegexNode {}

  /** {@code \1} or {@code (?P=name)}. */
  record Backreference(int group) implements RegexNode {}

  /** {@code (?(group)yes|no)}; {@code no} is null when absent. */
  record Conditional(int group, RegexNode yes, RegexNode no) implements RegexNode {}

  enum CategoryKind {
    DIGIT,
    NOT_DIGIT,
    SPACE,
    NOT_SPACE,
    WORD,
    NOT_WORD
  }

  enum AnchorKind {
    BEGINNING,
    END,
    BEGINNING_STRING,
    END_STRING,
    BOUNDARY,
    NON_BOUNDARY
  }

  enum Greed {
    GREEDY,
    LAZY,
    POSSESSIVE
  }
}
