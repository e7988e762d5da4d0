package dev.precommit.config;

import dev.precommit.config.YamlException.Mark;
import java.util.ArrayDeque;
import java.util.Deque;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.scanner.Scanner;
import org.snakeyaml.engine.v2.tokens.DirectiveToken;
import org.snakeyaml.engine.v2.tokens.ScalarToken;
import org.snakeyaml.engine.v2.tokens.Token;

/**
 * Wraps snakeyaml-engine's YAML 1.2 scanner with the libyaml (YAML 1.1) behaviour it lacks: only
 * {@code %YAML 1.1}/{@code 1.2} and {@code %TAG} directives; tabs refused as separators wherever a
 * simple key may start (line start, after {@code -}, {@code ?} or a complex {@code :}); no final
 * line break added to a block scalar that ends the file without one; and libyaml's messages for
 * tabs that break a scalar's indentation. Each token is checked once, in stream order, when the
 * parser first sees it.
 */
final class LibyamlScanner implements Scanner {
  private final Scanner delegate;
  private final int[] text;
  private final boolean endsWithBreak;
  private final Deque<Integer> indents = new ArrayDeque<>();
  private Token original;
  private Token current;
  private int flowLevel;
  private boolean simpleKeyAllowed = true;
  private boolean keyIsSimple;
  private int lastEnd;
  private Mark lastEndMark = new Mark(0, 0);
  private ScalarToken lastScalar;

  LibyamlScanner(Scanner delegate, int[] text) {
    this.delegate = delegate;
    this.text = text;
    this.endsWithBreak = text.length > 0 && text[text.length - 1] == '\n';
  }

  @Override
  public boolean checkToken(Token.ID... choices) {
    Token head = head();
    if (head == null) {
      return false;
    }
    if (choices.length == 0) {
      return true;
    }
    for (Token.ID choice : choices) {
      if (head.getTokenId() == choice) {
        return true;
      }
    }
    return false;
  }

  @Override
  public Token peekToken() {
    return head();
  }

  @Override
  public Token next() {
    Token token = head();
    guarded(delegate::next);
    original = null;
    return token;
  }

  @Override
  public boolean hasNext() {
    return head() != null;
  }

  @Override
  public void resetDocumentIndex() {
    delegate.resetDocumentIndex();
  }

  /** The head token, checked (and possibly rewritten) the first time it is seen. */
  private Token head() {
    if (!guarded(() -> delegate.checkToken())) {
      return null;
    }
    Token token = guarded(delegate::peekToken);
    if (token != original) {
      original = token;
      current = check(token);
    }
    return current;
  }

  private <T> T guarded(java.util.function.Supplier<T> call) {
    try {
      return call.get();
    } catch (ScannerException e) {
      TokenBoundaries.patchIfLibyamlSplits(e, text);
      throw rewriteTabError(e);
    }
  }

  private Token check(Token token) {
    int start = index(token.getStartMark(), lastEnd);
    if (start > lastEnd) {
      checkGap(start);
    }
    Token result = token;
    switch (token.getTokenId()) {
      case Directive -> LibyamlTokenChecks.directive((DirectiveToken<?>) token);
      case BlockEntry, FlowEntry -> simpleKeyAllowed = true;
      case BlockMappingStart, BlockSequenceStart -> indents.push(startColumn(token));
      case BlockEnd -> indents.poll();
      case FlowSequenceStart, FlowMappingStart -> {
        flowLevel++;
        simpleKeyAllowed = true;
      }
      case FlowSequenceEnd, FlowMappingEnd -> {
        flowLevel = Math.max(0, flowLevel - 1);
        simpleKeyAllowed = false;
      }
      case Key -> {
        // A simple key's KEY token is inserted with no width; an explicit '?' has one.
        keyIsSimple = index(token.getEndMark(), start) == start;
        if (!keyIsSimple) {
          simpleKeyAllowed = flowLevel == 0;
        }
      }
      case Value -> {
        simpleKeyAllowed = !keyIsSimple && flowLevel == 0;
        keyIsSimple = false;
      }
      case Scalar -> {
        ScalarToken scalar = (ScalarToken) token;
        simpleKeyAllowed = isBlock(scalar);
        if (scalar.isPlain() && flowLevel > 0) {
          LibyamlTokenChecks.flowPlainColon(scalar, text);
        }
        result = trimFinalBreak(scalar);
      }
      case Alias, Anchor -> {
        LibyamlTokenChecks.anchorName(token, text);
        simpleKeyAllowed = false;
      }
      case Tag, DocumentStart, DocumentEnd -> simpleKeyAllowed = false;
      default -> {}
    }
    int end = index(token.getEndMark(), lastEnd);
    if (end > lastEnd) {
      lastEnd = end;
      lastEndMark = token.getEndMark().map(EngineErrors::mark).orElse(lastEndMark);
      lastScalar = token instanceof ScalarToken scalar ? scalar : null;
    }
    return result;
  }

  /** libyaml ends a block scalar at the end of input without adding a line break. */
  private Token trimFinalBreak(ScalarToken scalar) {
    String value = scalar.getValue();
    if (isBlock(scalar)
        && !endsWithBreak
        && value.endsWith("\n")
        && index(scalar.getEndMark(), 0) >= text.length) {
      return new ScalarToken(
          value.substring(0, value.length() - 1),
          false,
          scalar.getStyle(),
          scalar.getStartMark(),
          scalar.getEndMark());
    }
    return scalar;
  }

  /** libyaml skips a tab between tokens only in flow context or where no simple key may start. */
  private void checkGap(int end) {
    if (lastScalar != null && isBlock(lastScalar)) {
      return; // the block scalar consumed its trailing lines; snakeyaml checks those itself
    }
    int line = lastEndMark.line();
    int column = lastEndMark.column();
    boolean inComment = false;
    for (int i = lastEnd; i < end && i < text.length; i++) {
      int ch = text[i];
      if (ch == '\n') {
        inComment = false;
        simpleKeyAllowed |= flowLevel == 0;
        line++;
        column = 0;
        continue;
      }
      if (ch == '#') {
        inComment = true;
      } else if (ch == '\t' && !inComment && flowLevel == 0 && simpleKeyAllowed) {
        throw new LibyamlRuleException(tabError(i, new Mark(line, column)));
      }
      column++;
    }
  }

  /**
   * libyaml reports a misplaced tab from inside the scalar it follows when that scalar's scanning
   * reaches it: a block scalar's indentation, or a plain scalar's continuation lines left of the
   * block indentation.
   */
  private YamlException tabError(int index, Mark mark) {
    if (lastScalar != null && onlyBlanksBefore(index)) {
      Mark scalarStart = lastScalar.getStartMark().map(EngineErrors::mark).orElse(null);
      if (isBlock(lastScalar)) {
        return YamlException.marked(
            "while scanning a block scalar",
            scalarStart,
            "found a tab character where an indentation space is expected",
            mark);
      }
      int indent = indents.isEmpty() ? 0 : indents.peek() + 1;
      if (lastScalar.isPlain() && mark.line() > lastEndMark.line() && mark.column() < indent) {
        return YamlException.marked(
            "while scanning a plain scalar",
            scalarStart,
            "found a tab character that violates indentation",
            mark);
      }
    }
    return YamlException.marked(
        "while scanning for the next token",
        null,
        "found character that cannot start any token",
        mark);
  }

  /** Only spaces, tabs and line breaks (no comment) since the last token. */
  private boolean onlyBlanksBefore(int index) {
    for (int i = lastEnd; i < index; i++) {
      if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * snakeyaml-engine reports some misplaced tabs itself, at the token or space after them; libyaml
   * stops at the first tab of those blanks.
   */
  private RuntimeException rewriteTabError(ScannerException e) {
    var problem = e.getProblemMark();
    String message = e.getProblem();
    if (problem.isEmpty()
        || message == null
        || !(message.contains("after \\t(TAB)") || message.contains("cannot start any token"))) {
      return e;
    }
    // A simple key's message points past the key; its blanks precede the context mark.
    var at =
        message.contains("after \\t(TAB)")
            ? e.getContextMark().orElse(problem.get())
            : problem.get();
    int index = Math.min(at.getIndex(), text.length);
    int runStart = index;
    while (runStart > 0 && (text[runStart - 1] == ' ' || text[runStart - 1] == '\t')) {
      runStart--;
    }
    int tab = runStart;
    int stop = Math.min(index + 1, text.length);
    while (tab < stop && text[tab] != '\t') {
      tab++;
    }
    if (tab == stop) {
      return e;
    }
    return new LibyamlRuleException(
        tabError(tab, new Mark(at.getLine(), at.getColumn() - (index - tab))));
  }

  private static boolean isBlock(ScalarToken scalar) {
    return scalar.getStyle() == ScalarStyle.LITERAL || scalar.getStyle() == ScalarStyle.FOLDED;
  }

  private static int startColumn(Token token) {
    return token.getStartMark().map(m -> m.getColumn()).orElse(0);
  }

  private static int index(
      java.util.Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark, int fallback) {
    return mark.map(m -> m.getIndex()).orElse(fallback);
  }
}
