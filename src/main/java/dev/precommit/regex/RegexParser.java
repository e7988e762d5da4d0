package dev.precommit.regex;

import static dev.precommit.regex.RegexTokenizer.END;
import static dev.precommit.regex.RegexTokenizer.isEscape;

import dev.precommit.regex.RegexNode.Alternation;
import dev.precommit.regex.RegexNode.Anchor;
import dev.precommit.regex.RegexNode.AnchorKind;
import dev.precommit.regex.RegexNode.AnyChar;
import dev.precommit.regex.RegexNode.Backreference;
import dev.precommit.regex.RegexNode.Category;
import dev.precommit.regex.RegexNode.CharClass;
import dev.precommit.regex.RegexNode.ClassItem;
import dev.precommit.regex.RegexNode.Greed;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Literal;
import dev.precommit.regex.RegexNode.Range;
import dev.precommit.regex.RegexNode.Repeat;
import dev.precommit.regex.RegexNode.Sequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * A port of the structure of CPython 3.11's {@code re._parser}: same token-level decisions, same
 * error texts, producing {@link RegexNode}s instead of sre opcodes.
 */
final class RegexParser {
  static final long MAXREPEAT = 4294967295L;

  private final RegexTokenizer source;
  private final ParseState state;
  private final EscapeParser escapes;
  private final GroupParser groups;

  private RegexParser(RegexTokenizer source, ParseState state) {
    this.source = source;
    this.state = state;
    this.escapes = new EscapeParser(source, state);
    this.groups = new GroupParser(source, state, this);
  }

  /** Parses {@code pattern}; the state afterwards holds the final flags and group widths. */
  static RegexNode parse(String pattern, ParseState state) throws InvalidPythonRegexException {
    RegexTokenizer source = new RegexTokenizer(pattern);
    RegexParser parser = new RegexParser(source, state);
    RegexNode root = parser.alternation((state.flags & PythonRegex.VERBOSE) != 0, 0);
    state.flags = fixFlags(state.isText, state.flags);
    if (source.peek() != END) {
      throw source.error("unbalanced parenthesis", 0);
    }
    for (var ref : state.groupRefPositions.entrySet()) {
      if (ref.getKey() >= state.groups()) {
        throw new InvalidPythonRegexException(
            "invalid group reference " + ref.getKey(), pattern, ref.getValue());
      }
    }
    return root;
  }

  // sre_parse.fix_flags: str patterns default to UNICODE; these are ValueErrors in Python.
  private static int fixFlags(boolean isText, int flags) throws InvalidPythonRegexException {
    if (isText) {
      if ((flags & PythonRegex.LOCALE) != 0) {
        throw new InvalidPythonRegexException(
            "cannot use LOCALE flag with a str pattern", null, -1);
      }
      if ((flags & PythonRegex.ASCII) == 0) {
        return flags | PythonRegex.UNICODE;
      }
      if ((flags & PythonRegex.UNICODE) != 0) {
        throw new InvalidPythonRegexException("ASCII and UNICODE flags are incompatible", null, -1);
      }
      return flags;
    }
    if ((flags & PythonRegex.UNICODE) != 0) {
      throw new InvalidPythonRegexException(
          "cannot use UNICODE flag with a bytes pattern", null, -1);
    }
    if ((flags & PythonRegex.LOCALE) != 0 && (flags & PythonRegex.ASCII) != 0) {
      throw new InvalidPythonRegexException("ASCII and LOCALE flags are incompatible", null, -1);
    }
    return flags;
  }

  /** {@code _parse_sub}: branches separated by {@code |}. */
  RegexNode alternation(boolean verbose, int nested) throws InvalidPythonRegexException {
    List<List<RegexNode>> branches = new ArrayList<>();
    while (true) {
      branches.add(sequence(verbose, nested + 1, nested == 0 && branches.isEmpty()));
      if (!source.match('|')) {
        break;
      }
      if (nested == 0) {
        verbose = (state.flags & PythonRegex.VERBOSE) != 0;
      }
    }
    if (branches.size() == 1) {
      return new Sequence(branches.get(0));
    }
    // sre hoists a prefix shared by all branches. Matching is unchanged, but the hoisted item
    // can become the one sre's search pre-filters on (see SearchPrefilter).
    List<RegexNode> prefix = new ArrayList<>();
    while (branches.stream().allMatch(b -> !b.isEmpty() && isPlainItem(b.get(0)))
        && branches.stream().allMatch(b -> b.get(0).equals(branches.get(0).get(0)))) {
      prefix.add(branches.get(0).get(0));
      branches.forEach(b -> b.remove(0));
    }
    RegexNode rest = characterSetOf(branches);
    if (prefix.isEmpty()) {
      return rest;
    }
    prefix.add(rest);
    return new Sequence(prefix);
  }

  /** Items sre compares by value; groups, repeats and look-arounds never compare equal. */
  private static boolean isPlainItem(RegexNode node) {
    return node instanceof Literal
        || node instanceof CharClass
        || node instanceof Category
        || node instanceof Anchor
        || node instanceof AnyChar
        || node instanceof Backreference;
  }

  // Like sre, single-character branches become one set; it also spares Java deep recursion.
  private static RegexNode characterSetOf(List<List<RegexNode>> branches) {
    LinkedHashSet<ClassItem> merged = new LinkedHashSet<>();
    for (List<RegexNode> branch : branches) {
      if (branch.size() != 1) {
        return alternationOf(branches);
      }
      if (branch.get(0) instanceof Literal l) {
        merged.add(new Range(l.codePoint(), l.codePoint()));
      } else if (branch.get(0) instanceof CharClass c && !c.negated()) {
        merged.addAll(c.items());
      } else if (branch.get(0) instanceof Category c) {
        merged.add(c);
      } else {
        return alternationOf(branches);
      }
    }
    return new CharClass(false, List.copyOf(merged));
  }

  private static RegexNode alternationOf(List<List<RegexNode>> branches) {
    List<RegexNode> nodes = new ArrayList<>();
    for (List<RegexNode> branch : branches) {
      nodes.add(new Sequence(branch));
    }
    return new Alternation(nodes);
  }

  /** {@code _parse}: items up to {@code |}, {@code )} or the end. */
  List<RegexNode> sequence(boolean verbose, int nested, boolean first)
      throws InvalidPythonRegexException {
    List<RegexNode> items = new ArrayList<>();
    while (true) {
      int token = source.peek();
      if (token == END || token == '|' || token == ')') {
        break;
      }
      source.get();
      if (verbose && !isEscape(token)) {
        if (" \t\n\r\u000b\f".indexOf(token) >= 0) {
          continue;
        }
        if (token == '#') {
          skipComment();
          continue;
        }
      }
      if (isEscape(token)) {
        items.add(escapes.escape(token));
        continue;
      }
      switch (token) {
        case '[' -> items.add(escapes.characterClass());
        case '*', '+', '?', '{' -> repeat(token, items);
        case '.' -> items.add(new AnyChar());
        case '^' -> items.add(new Anchor(AnchorKind.BEGINNING));
        case '$' -> items.add(new Anchor(AnchorKind.END));
        case '(' -> {
          // Global flags such as (?x) may switch verbose mode for the rest of this sequence.
          if (groups.group(items, verbose, nested, first)) {
            verbose = (state.flags & PythonRegex.VERBOSE) != 0;
          }
        }
        default -> items.add(new Literal(token));
      }
    }
    return items;
  }

  private void skipComment() throws InvalidPythonRegexException {
    while (true) {
      int token = source.get();
      if (token == END || token == '\n') {
        return;
      }
    }
  }

  private void repeat(int token, List<RegexNode> items) throws InvalidPythonRegexException {
    int here = source.tell();
    long min;
    long max;
    switch (token) {
      case '?' -> {
        min = 0;
        max = 1;
      }
      case '*' -> {
        min = 0;
        max = MAXREPEAT;
      }
      case '+' -> {
        min = 1;
        max = MAXREPEAT;
      }
      default -> {
        if (source.peek() == '}') {
          items.add(new Literal('{'));
          return;
        }
        String lo = source.getWhile(Integer.MAX_VALUE, EscapeParser::isDigit);
        String hi =
            source.match(',') ? source.getWhile(Integer.MAX_VALUE, EscapeParser::isDigit) : lo;
        if (!source.match('}')) {
          // Not a quantifier after all: a literal '{', and parsing resumes right after it.
          items.add(new Literal('{'));
          source.seek(here);
          return;
        }
        min = lo.isEmpty() ? 0 : count(lo);
        max = hi.isEmpty() ? MAXREPEAT : count(hi);
        if (!hi.isEmpty() && max < min) {
          throw source.error("min repeat greater than max repeat", source.tell() - here);
        }
      }
    }
    RegexNode item = items.isEmpty() ? null : items.get(items.size() - 1);
    if (item == null || item instanceof Anchor) {
      throw source.error("nothing to repeat", source.tell() - here + 1);
    }
    if (item instanceof Repeat) {
      throw source.error("multiple repeat", source.tell() - here + 1);
    }
    if (item instanceof Group g && g.number() == 0 && g.addFlags() == 0 && g.removeFlags() == 0) {
      item = g.body(); // sre repeats the group's contents
    }
    Greed greed = Greed.GREEDY;
    if (source.match('?')) {
      greed = Greed.LAZY;
    } else if (source.match('+')) {
      greed = Greed.POSSESSIVE;
    }
    items.set(items.size() - 1, new Repeat(min, max, greed, item));
  }

  private static long count(String digits) throws InvalidPythonRegexException {
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 10 || Long.parseLong(trimmed) >= MAXREPEAT) {
      // An OverflowError in Python, not re.error, but a rejection all the same.
      throw new InvalidPythonRegexException("the repetition number is too large", null, -1);
    }
    return Long.parseLong(trimmed);
  }
}
