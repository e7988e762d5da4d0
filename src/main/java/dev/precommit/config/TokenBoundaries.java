package dev.precommit.config;

import dev.precommit.config.YamlException.Mark;
import org.snakeyaml.engine.v2.exceptions.ScannerException;

/**
 * Places where libyaml ends a token and snakeyaml-engine (YAML 1.2) fails instead. Given the
 * scanner's error, asks for a value-preserving {@link TextPatch} and a re-parse: a lone {@code -}
 * before a flow indicator is a plain scalar ({@code [a, -]}); an anchor or alias name ends at a
 * colon ({@code &a: x}), whether seen ahead as a simple key or refused outright; and a comment may
 * follow a block scalar header directly ({@code |# note}).
 */
final class TokenBoundaries {
  private TokenBoundaries() {}

  static void patchIfLibyamlSplits(ScannerException e, int[] text) {
    var context = e.getContextMark();
    String what = e.getContext();
    var problem = e.getProblemMark();
    if ("while scanning for the next token".equals(what) && problem.isPresent()) {
      int dash = problem.get().getIndex();
      if (dash + 1 < text.length && text[dash] == '-' && "{}[],".indexOf(text[dash + 1]) >= 0) {
        Mark at = EngineErrors.mark(problem.get());
        throw TextPatch.quote(dash, "-", at.line(), at.column());
      }
    }
    if (context.isEmpty() || what == null) {
      return;
    }
    int start = context.get().getIndex();
    Mark at = EngineErrors.mark(context.get());
    if (what.equals("while scanning a block scalar")) {
      int hash = e.getProblemMark().map(m -> m.getIndex()).orElse(-1);
      if (hash > start && hash < text.length && text[hash] == '#') {
        throw TextPatch.insertSpace(hash, at.line(), at.column() + (hash - start));
      }
      return;
    }
    boolean anchorLike =
        what.equals("while scanning a simple key")
            || what.equals("while scanning an anchor")
            || what.equals("while scanning an alias");
    if (!anchorLike || start >= text.length || (text[start] != '&' && text[start] != '*')) {
      return;
    }
    int end = start + 1;
    while (end < text.length && LibyamlTokenChecks.isAnchorChar(text[end])) {
      end++;
    }
    if (end > start + 1 && end < text.length && text[end] == ':') {
      throw TextPatch.insertSpace(end, at.line(), at.column() + (end - start));
    }
  }
}
