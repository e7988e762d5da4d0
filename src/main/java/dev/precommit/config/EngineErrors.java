package dev.precommit.config;

import dev.precommit.config.YamlException.Mark;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Rewrites snakeyaml-engine's scanner and parser errors (descendants of PyYAML's pure-Python
 * messages) into libyaml's wording and positions, since pre-commit loads with CSafeLoader.
 */
final class EngineErrors {
  /** One rewrite: problem pattern, optional context it applies to, libyaml's text. */
  private record Rule(Pattern problem, String context, String replacement) {}

  private static final List<Rule> RULES =
      List.of(
          rule(
              "expected <block end>, but found .*",
              "while parsing a block mapping",
              "did not find expected key"),
          rule(
              "expected <block end>, but found .*",
              "while parsing a block collection",
              "did not find expected '-' indicator"),
          rule("expected ',' or ']', but got .*", null, "did not find expected ',' or ']'"),
          rule("expected ',' or '}', but got .*", null, "did not find expected ',' or '}'"),
          rule(
              "expected the node content, but found .*",
              null,
              "did not find expected node content"),
          rule(
              "expected '<document start>', but found .*",
              null,
              "did not find expected <document start>"),
          rule(
              "sequence entries are not allowed here",
              null,
              "block sequence entries are not allowed in this context"),
          rule(
              "mapping keys are not allowed here",
              null,
              "mapping keys are not allowed in this context"),
          rule(
              "mapping values are not allowed here",
              null,
              "mapping values are not allowed in this context"),
          rule(
              "found character .* that cannot start any token.*",
              null,
              "found character that cannot start any token"),
          rule("found duplicate YAML directive", null, "found duplicate %YAML directive"),
          rule("found undefined tag handle .*", null, "found undefined tag handle"),
          rule("found unknown escape character .*", null, "found unknown escape character"),
          rule("expected escape sequence of .*", null, "did not find expected hexdecimal number"),
          rule(
              "expected indentation indicator in the range 1-9, but found 0",
              null,
              "found an indentation indicator equal to 0"),
          rule(
              "expected chomping or indentation indicators, but found .*",
              null,
              "did not find expected comment or line break"),
          rule(
              "expected a comment or a line break, but found .*",
              null,
              "did not find expected comment or line break"),
          rule(
              "unexpected character found .*",
              null,
              "did not find expected alphabetic or numeric character"),
          rule(
              "expected alphabetic or numeric character, but found .*",
              null,
              "did not find expected alphabetic or numeric character"),
          rule("expected '>', but found .*", null, "did not find the expected '>'"),
          rule("expected '!', but found .*", null, "did not find expected '!'"),
          rule("expected URI, but found .*", null, "did not find expected tag URI"),
          rule(
              "expected ' ', but found .*", null, "did not find expected whitespace or line break"),
          rule(
              "expected URI escape sequence of 2 hexadecimal numbers, but found .*",
              null,
              "did not find URI escaped octet"),
          rule("expected a digit, but found .*", null, "did not find expected version number"),
          rule(
              "expected a digit or '\\.', but found .*",
              null,
              "did not find expected digit or '.' character"),
          rule(
              "expected a digit or ' ', but found .*",
              null,
              "did not find expected digit or ' ' character"),
          rule(
              "DEL character \\(0x7F\\) is not allowed in .*",
              null,
              "control characters are not allowed"));

  private EngineErrors() {}

  private static Rule rule(String problem, String context, String replacement) {
    return new Rule(Pattern.compile(problem, Pattern.DOTALL), context, replacement);
  }

  static Mark mark(org.snakeyaml.engine.v2.exceptions.Mark mark) {
    return new Mark(mark.getLine(), mark.getColumn());
  }

  /**
   * @param text the input as code points, to look at what libyaml would have seen
   */
  static YamlException translate(YamlEngineException error, int[] text) {
    if (!(error instanceof MarkedYamlEngineException marked)) {
      return new YamlException(error.getMessage());
    }
    Mark contextMark = marked.getContextMark().map(EngineErrors::mark).orElse(null);
    Mark problemMark = marked.getProblemMark().map(EngineErrors::mark).orElse(null);
    String context = marked.getContext();
    String problem = marked.getProblem();
    boolean atEnd = marked.getProblemMark().map(m -> m.getIndex() >= text.length).orElse(false);
    if (atEnd
        && problem != null
        && (problem.contains("<stream end>") || problem.equals("could not find expected ':'"))) {
      // Errors found on reaching the stream end: libyaml first moves its position to the start
      // of the line after the last character.
      Mark moved = startOfNextLine(problemMark);
      contextMark = problemMark.equals(contextMark) ? moved : contextMark;
      problemMark = moved;
    }
    if ("while scanning a double-quoted scalar".equals(context)) {
      // libyaml names the quoted scalar generically and points at an unknown escape's backslash.
      context = "while parsing a quoted scalar";
      if (problem != null && problem.startsWith("found unknown escape character")) {
        problemMark = new Mark(problemMark.line(), problemMark.column() - 1);
      }
    }
    if (context != null
        && (context.equals("while scanning an anchor") || context.equals("while scanning an alias"))
        && contextMark != null) {
      // libyaml stops at the first character outside [0-9A-Za-z_-].
      int start = marked.getContextMark().get().getIndex() + 1;
      int valid = 0;
      while (start + valid < text.length && isAnchorChar(text[start + valid])) {
        valid++;
      }
      problemMark = new Mark(contextMark.line(), contextMark.column() + 1 + valid);
    }
    if ("while scanning a directive".equals(context)
        && problem != null
        && problem.startsWith("expected alphabetic")) {
      boolean emptyName = problemMark.column() == contextMark.column() + 1;
      problem =
          emptyName
              ? "could not find expected directive name"
              : "found unexpected non-alphabetical character";
    }
    if ("while scanning a tag".equals(context)
        && problem != null
        && problem.startsWith("expected URI,")) {
      int start = marked.getContextMark().get().getIndex();
      boolean handleOrVerbatim =
          start + 1 < text.length
              && (text[start + 1] == '!'
                  || text[start + 1] == '<'
                  || problemMark.column() > contextMark.column() + 1);
      if (handleOrVerbatim) {
        context = "while parsing a tag";
      } else {
        problem = "expected ' ', but found it";
      }
    }
    for (Rule rule : RULES) {
      if (problem == null || (rule.context() != null && !rule.context().equals(context))) {
        continue;
      }
      Matcher matcher = rule.problem().matcher(problem);
      if (matcher.matches()) {
        problem = rule.replacement();
        break;
      }
    }
    return YamlException.marked(context, contextMark, problem, problemMark);
  }

  private static boolean isAnchorChar(int ch) {
    return Character.isLetterOrDigit(ch) && ch < 0x80 || ch == '_' || ch == '-';
  }

  static Mark startOfNextLine(Mark mark) {
    return mark.column() == 0 ? mark : new Mark(mark.line() + 1, 0);
  }
}
