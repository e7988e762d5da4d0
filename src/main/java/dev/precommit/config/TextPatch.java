package dev.precommit.config;

/**
 * Asks for a re-parse with the text patched where libyaml draws a token boundary that
 * snakeyaml-engine (YAML 1.2) would not: an anchor or alias name ends at a {@code :} ({@code &a: x}
 * is an anchored empty key), a comment may follow a block scalar header directly ({@code |# note}),
 * and a lone {@code -} before a flow indicator is a plain scalar ({@code [a, -]}). Each patch keeps
 * every value the same; error positions are mapped back afterwards.
 */
final class TextPatch extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Code point index of the first replaced character. */
  final int index;

  /** How many code points are replaced, and by what. */
  final int length;

  final String replacement;

  /** 0-based line and column of {@link #index}. */
  final int line;

  final int column;

  private TextPatch(int index, int length, String replacement, int line, int column) {
    super(null, null, false, false);
    this.index = index;
    this.length = length;
    this.replacement = replacement;
    this.line = line;
    this.column = column;
  }

  static TextPatch insertSpace(int index, int line, int column) {
    return new TextPatch(index, 0, " ", line, column);
  }

  /** Quotes a one-character plain scalar; its value and type stay the same. */
  static TextPatch quote(int index, String character, int line, int column) {
    return new TextPatch(index, 1, "'" + character + "'", line, column);
  }

  /** How far the patch moves the text after it. */
  int shift() {
    return replacement.length() - length;
  }
}
