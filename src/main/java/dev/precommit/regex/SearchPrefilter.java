package dev.precommit.regex;

import dev.precommit.regex.RegexNode.Category;
import dev.precommit.regex.RegexNode.CharClass;
import dev.precommit.regex.RegexNode.ClassItem;
import dev.precommit.regex.RegexNode.Group;
import dev.precommit.regex.RegexNode.Range;
import dev.precommit.regex.RegexNode.Sequence;
import java.util.List;

/**
 * Reproduces a quirk of CPython's {@code re.search}. When a pattern starts with a character set,
 * sre only tries start positions whose character is in that set, and it evaluates the set's {@code
 * \d \w \s} with the pattern's global flags, ignoring a scoped {@code (?a:...)} or {@code (?u:...)}
 * around it. So {@code re.search(r'(?a:\D)', '١')} finds nothing although {@code re.match}
 * succeeds. We add the same filter as a look-ahead when it differs from the set.
 */
final class SearchPrefilter {
  private SearchPrefilter() {}

  /** A Java look-ahead to put in front of the pattern, or the empty string. */
  static String lookahead(RegexNode root, ParseState state) {
    if (!state.isText || state.width(root)[0] == 0) {
      return ""; // no pre-filter without a minimum width; bytes have only ASCII categories
    }
    int flags = state.flags;
    RegexNode first = root;
    while (true) {
      if (first instanceof Sequence s && !s.items().isEmpty()) {
        first = s.items().get(0);
      } else if (first instanceof Group g) {
        flags = JavaPatternWriter.combineFlags(flags, g.addFlags(), g.removeFlags());
        first = g.body();
      } else {
        break;
      }
    }
    boolean globalUnicode = (state.flags & PythonRegex.UNICODE) != 0;
    if (((flags & PythonRegex.UNICODE) != 0) == globalUnicode) {
      return "";
    }
    List<ClassItem> items;
    boolean negated = false;
    if (first instanceof Category c) {
      items = List.of(c);
    } else if (first instanceof CharClass c) {
      items = c.items();
      negated = c.negated();
    } else {
      return "";
    }
    if (items.stream().noneMatch(i -> i instanceof Category)) {
      return "";
    }
    if ((flags & PythonRegex.IGNORECASE) != 0) {
      CaseFolding folding =
          (flags & PythonRegex.UNICODE) != 0 ? CaseFolding.UNICODE : CaseFolding.ASCII;
      for (ClassItem item : items) {
        if (item instanceof Range r && folding.anyCased(r.low(), r.high())) {
          return ""; // sre gives up on the pre-filter for sets with cased characters
        }
      }
    }
    StringBuilder out = new StringBuilder("(?=[").append(negated ? "^" : "");
    for (ClassItem item : items) {
      if (item instanceof Range r) {
        AtomSyntax.appendRange(out, r.low(), r.high());
      } else if (item instanceof Category c) {
        out.append(AtomSyntax.category(c.kind(), globalUnicode));
      }
    }
    return out.append("])").toString();
  }
}
