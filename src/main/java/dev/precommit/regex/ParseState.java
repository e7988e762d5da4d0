package dev.precommit.regex;

import dev.precommit.regex.RegexNode.Alternation;
import dev.precommit.regex.RegexNode.Atomic;
import dev.precommit.regex.RegexNode.Backreference;
import dev.precommit.regex.RegexNode.Conditional;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Lookaround;
import dev.precommit.regex.RegexNode.Repeat;
import dev.precommit.regex.RegexNode.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** sre_parse's {@code State}: flags, groups and their widths, look-behind bookkeeping. */
final class ParseState {
  static final int MAXGROUPS = 1073741823;

  /** Stand-in for sre's MAXWIDTH (2**64): widths saturate here. */
  static final long MAXWIDTH = Long.MAX_VALUE;

  final boolean isText;
  int flags;
  final Map<String, Integer> groupDict = new HashMap<>();

  /** Width {lo, hi} of each closed group; index 0 is the whole match, null while open. */
  final List<long[]> groupWidths = new ArrayList<>();

  /** First group number inside the innermost enclosing look-behind, or null outside one. */
  Integer lookbehindGroups;

  /** Numeric conditional references, checked against the group count once parsing ends. */
  final Map<Integer, Integer> groupRefPositions = new LinkedHashMap<>();

  /** Groups named by a conditional; the writer gives them a completion marker. */
  final TreeSet<Integer> conditionalGroups = new TreeSet<>();

  /** Groups whose value the pattern reads: back-references and conditionals. */
  final TreeSet<Integer> referencedGroups = new TreeSet<>();

  ParseState(boolean isText, int flags) {
    this.isText = isText;
    this.flags = flags;
    groupWidths.add(null);
  }

  int groups() {
    return groupWidths.size();
  }

  /** Returns the new group number, or throws sre's message (the caller adds the position). */
  int openGroup(String name, RegexTokenizer source) throws InvalidPythonRegexException {
    int gid = groups();
    groupWidths.add(null);
    int offset = name == null ? 0 : name.codePointCount(0, name.length()) + 1;
    if (groups() > MAXGROUPS) {
      throw source.error("too many groups", offset);
    }
    if (name != null) {
      Integer old = groupDict.get(name);
      if (old != null) {
        throw source.error(
            "redefinition of group name '" + name + "' as group " + gid + "; was group " + old,
            offset);
      }
      groupDict.put(name, gid);
    }
    return gid;
  }

  void closeGroup(int gid, RegexNode body) {
    groupWidths.set(gid, width(body));
  }

  boolean checkGroup(int gid) {
    return gid < groups() && groupWidths.get(gid) != null;
  }

  void checkLookbehindGroup(int gid, RegexTokenizer source) throws InvalidPythonRegexException {
    if (lookbehindGroups != null) {
      if (!checkGroup(gid)) {
        throw source.error("cannot refer to an open group", 0);
      }
      if (gid >= lookbehindGroups) {
        throw source.error("cannot refer to group defined in the same lookbehind subpattern", 0);
      }
    }
  }

  /** sre's {@code getwidth}: {min, max} characters matched, saturating at MAXWIDTH. */
  long[] width(RegexNode node) {
    if (node instanceof Sequence s) {
      long lo = 0;
      long hi = 0;
      for (RegexNode item : s.items()) {
        long[] w = width(item);
        lo = add(lo, w[0]);
        hi = add(hi, w[1]);
      }
      return new long[] {lo, hi};
    }
    if (node instanceof Alternation a) {
      long lo = MAXWIDTH;
      long hi = 0;
      for (RegexNode branch : a.branches()) {
        long[] w = width(branch);
        lo = Math.min(lo, w[0]);
        hi = Math.max(hi, w[1]);
      }
      return new long[] {lo, hi};
    }
    if (node instanceof Group g) {
      return width(g.body());
    }
    if (node instanceof Atomic a) {
      return width(a.body());
    }
    if (node instanceof Repeat r) {
      long[] w = width(r.body());
      long hi = r.max() == RegexParser.MAXREPEAT && w[1] != 0 ? MAXWIDTH : multiply(w[1], r.max());
      return new long[] {multiply(w[0], r.min()), hi};
    }
    if (node instanceof Backreference b) {
      return groupWidths.get(b.group()).clone();
    }
    if (node instanceof Conditional c) {
      long[] yes = width(c.yes());
      if (c.no() == null) {
        return new long[] {0, yes[1]};
      }
      long[] no = width(c.no());
      return new long[] {Math.min(yes[0], no[0]), Math.max(yes[1], no[1])};
    }
    if (node instanceof RegexNode.Anchor || node instanceof Lookaround) {
      return new long[] {0, 0};
    }
    return new long[] {1, 1}; // one character: literal, class, category, any
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < 0 ? MAXWIDTH : sum;
  }

  private static long multiply(long a, long b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    return a > MAXWIDTH / b ? MAXWIDTH : a * b;
  }

  /** Whether {@code node} captures a group that a back-reference or conditional reads. */
  boolean hasReferencedCapture(RegexNode node) {
    if (node instanceof Group g) {
      return referencedGroups.contains(g.number()) || hasReferencedCapture(g.body());
    }
    if (node instanceof Sequence s) {
      return s.items().stream().anyMatch(this::hasReferencedCapture);
    }
    if (node instanceof Alternation a) {
      return a.branches().stream().anyMatch(this::hasReferencedCapture);
    }
    if (node instanceof Atomic a) {
      return hasReferencedCapture(a.body());
    }
    if (node instanceof Lookaround l) {
      return hasReferencedCapture(l.body());
    }
    if (node instanceof Repeat r) {
      return hasReferencedCapture(r.body());
    }
    if (node instanceof Conditional c) {
      return hasReferencedCapture(c.yes()) || (c.no() != null && hasReferencedCapture(c.no()));
    }
    return false;
  }
}
