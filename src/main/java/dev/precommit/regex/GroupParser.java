package dev.precommit.regex;

import static dev.precommit.regex.RegexTokenizer.END;
import static dev.precommit.regex.RegexTokenizer.isEscape;
import static dev.precommit.regex.RegexTokenizer.text;

import dev.precommit.regex.RegexNode.Atomic;
import dev.precommit.regex.RegexNode.Backreference;
import dev.precommit.regex.RegexNode.Conditional;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Lookaround;
import dev.precommit.regex.RegexNode.Sequence;
import java.math.BigInteger;
import java.util.List;

/** The {@code (} branch of sre_parse's {@code _parse}: groups, extensions and inline flags. */
final class GroupParser {
  private static final int TYPE_FLAGS =
      PythonRegex.ASCII | PythonRegex.LOCALE | PythonRegex.UNICODE;
  private static final int GLOBAL_FLAGS = PythonRegex.TEMPLATE;

  private final RegexTokenizer source;
  private final ParseState state;
  private final RegexParser parser;

  GroupParser(RegexTokenizer source, ParseState state, RegexParser parser) {
    this.source = source;
    this.state = state;
    this.parser = parser;
  }

  /**
   * Parses what follows an opening parenthesis and appends the result (if any) to {@code items}.
   * Returns true when it consumed global flags, so the caller re-reads verbose mode.
   */
  boolean group(List<RegexNode> items, boolean verbose, int nested, boolean first)
      throws InvalidPythonRegexException {
    int start = source.tell() - 1;
    boolean capture = true;
    boolean atomic = false;
    String name = null;
    int addFlags = 0;
    int removeFlags = 0;
    if (source.match('?')) {
      int c = source.get();
      if (c == END) {
        throw source.error("unexpected end of pattern", 0);
      }
      if (c == 'P') {
        if (source.match('<')) {
          name = source.getUntil('>', "group name");
          checkGroupName(name, 1);
        } else if (source.match('=')) {
          name = source.getUntil(')', "group name");
          checkGroupName(name, 1);
          items.add(new Backreference(namedReference(name)));
          return false;
        } else {
          int next = source.get();
          if (next == END) {
            throw source.error("unexpected end of pattern", 0);
          }
          throw source.error("unknown extension ?P" + text(next), length(next) + 2);
        }
      } else if (c == ':') {
        capture = false;
      } else if (c == '#') {
        while (true) {
          if (source.peek() == END) {
            throw source.error("missing ), unterminated comment", source.tell() - start);
          }
          if (source.get() == ')') {
            return false;
          }
        }
      } else if (c == '=' || c == '!' || c == '<') {
        items.add(lookaround(c, verbose, nested, start));
        return false;
      } else if (c == '(') {
        items.add(conditional(verbose, nested, start));
        return false;
      } else if (c == '>') {
        capture = false;
        atomic = true;
      } else if (InlineFlags.flag(c) != 0 || c == '-') {
        int[] flags = new InlineFlags(source, state).parse(c);
        if (flags == null) {
          if (!first || !items.isEmpty()) {
            throw source.error(
                "global flags not at the start of the expression", source.tell() - start);
          }
          return true;
        }
        addFlags = flags[0];
        removeFlags = flags[1];
        capture = false;
      } else {
        throw source.error("unknown extension ?" + text(c), length(c) + 1);
      }
    }
    int number = capture ? state.openGroup(name, source) : 0;
    boolean subVerbose =
        (verbose || (addFlags & PythonRegex.VERBOSE) != 0)
            && (removeFlags & PythonRegex.VERBOSE) == 0;
    RegexNode body = parser.alternation(subVerbose, nested + 1);
    expectClose(start);
    if (number != 0) {
      state.closeGroup(number, body);
    }
    items.add(atomic ? new Atomic(body) : new Group(number, addFlags, removeFlags, body));
    return false;
  }

  private void expectClose(int start) throws InvalidPythonRegexException {
    if (!source.match(')')) {
      throw source.error("missing ), unterminated subpattern", source.tell() - start);
    }
  }

  private int namedReference(String name) throws InvalidPythonRegexException {
    int offset = name.codePointCount(0, name.length()) + 1;
    Integer gid = state.groupDict.get(name);
    if (gid == null) {
      throw source.error("unknown group name '" + name + "'", offset);
    }
    if (!state.checkGroup(gid)) {
      throw source.error("cannot refer to an open group", offset);
    }
    state.checkLookbehindGroup(gid, source);
    state.referencedGroups.add(gid);
    return gid;
  }

  private Lookaround lookaround(int c, boolean verbose, int nested, int start)
      throws InvalidPythonRegexException {
    boolean behind = c == '<';
    Integer outerLookbehind = state.lookbehindGroups;
    if (behind) {
      c = source.get();
      if (c == END) {
        throw source.error("unexpected end of pattern", 0);
      }
      if (c != '=' && c != '!') {
        throw source.error("unknown extension ?<" + text(c), length(c) + 2);
      }
      if (outerLookbehind == null) {
        state.lookbehindGroups = state.groups();
      }
    }
    RegexNode body = parser.alternation(verbose, nested + 1);
    if (behind && outerLookbehind == null) {
      state.lookbehindGroups = null;
    }
    expectClose(start);
    return new Lookaround(behind, c == '!', body);
  }

  private Conditional conditional(boolean verbose, int nested, int start)
      throws InvalidPythonRegexException {
    String name = source.getUntil(')', "group name");
    int offset = name.codePointCount(0, name.length()) + 1;
    int group;
    if (isIdentifier(name)) {
      Integer gid = state.groupDict.get(name);
      if (gid == null) {
        throw source.error("unknown group name '" + name + "'", offset);
      }
      group = gid;
    } else {
      BigInteger number = pythonInt(name);
      if (number == null || number.signum() < 0) {
        throw source.error("bad character in group name '" + name + "'", offset);
      }
      if (number.signum() == 0) {
        throw source.error("bad group number", offset);
      }
      if (number.compareTo(BigInteger.valueOf(ParseState.MAXGROUPS)) >= 0) {
        throw source.error("invalid group reference " + number, offset);
      }
      group = number.intValue();
      state.groupRefPositions.putIfAbsent(group, source.tell() - offset);
    }
    state.checkLookbehindGroup(group, source);
    state.conditionalGroups.add(group);
    state.referencedGroups.add(group);
    Sequence yes = new Sequence(parser.sequence(verbose, nested + 1, false));
    Sequence no = null;
    if (source.match('|')) {
      no = new Sequence(parser.sequence(verbose, nested + 1, false));
      if (source.peek() == '|') {
        throw source.error("conditional backref with more than two branches", 0);
      }
    }
    expectClose(start);
    return new Conditional(group, yes, no);
  }

  static int length(int token) {
    return isEscape(token) ? 2 : 1;
  }

  private void checkGroupName(String name, int offset) throws InvalidPythonRegexException {
    if (!isIdentifier(name)) {
      throw source.error(
          "bad character in group name '" + name + "'",
          name.codePointCount(0, name.length()) + offset);
    }
  }

  /** {@code str.isidentifier()}, approximated with the JDK's Unicode identifier tables. */
  static boolean isIdentifier(String name) {
    if (name.isEmpty()) {
      return false;
    }
    int[] cps = name.codePoints().toArray();
    if (cps[0] != '_' && !Character.isUnicodeIdentifierStart(cps[0])) {
      return false;
    }
    for (int cp : cps) {
      if (!Character.isUnicodeIdentifierPart(cp) || Character.isIdentifierIgnorable(cp)) {
        return false;
      }
    }
    return true;
  }

  /** Python's {@code int(str)}: whitespace, sign, Unicode decimal digits, single underscores. */
  static BigInteger pythonInt(String text) {
    String s = text.strip();
    int i = 0;
    boolean negative = false;
    if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    StringBuilder digits = new StringBuilder();
    boolean lastWasDigit = false;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '_' && lastWasDigit) {
        lastWasDigit = false;
        continue;
      }
      if (Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
        return null;
      }
      digits.append(Character.digit(cp, 10));
      lastWasDigit = true;
    }
    if (!lastWasDigit) {
      return null;
    }
    BigInteger value = new BigInteger(digits.toString());
    return negative ? value.negate() : value;
  }
}
