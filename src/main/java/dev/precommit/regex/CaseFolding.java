package dev.precommit.regex;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Python's IGNORECASE rule, applied ahead of time: a subject character matches a case-insensitive
 * pattern set when its simple lowercase is in the set's folded form (lowercase of every member,
 * plus sre's "extra cases" such as {@code s}/{@code ſ}). We expand sets to every character that
 * satisfies the rule so Java never has to fold case itself.
 */
final class CaseFolding {
  static final CaseFolding ASCII = new CaseFolding(false);
  static final CaseFolding UNICODE = new CaseFolding(true);

  private static final int[] NONE = new int[0];

  private final boolean unicode;

  private CaseFolding(boolean unicode) {
    this.unicode = unicode;
  }

  int lower(int c) {
    if (unicode) {
      return Character.toLowerCase(c);
    }
    return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
  }

  private int upper(int c) {
    if (unicode) {
      return Character.toUpperCase(c);
    }
    return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
  }

  boolean isCased(int c) {
    return c != lower(c) || c != upper(c);
  }

  boolean anyCased(int low, int high) {
    for (int c = low; c <= high; c++) {
      if (isCased(c)) {
        return true;
      }
    }
    return false;
  }

  /** Adds {@code c}'s folded form (its lowercase plus extra cases) to {@code folded}. */
  void addFolded(int c, BitSet folded) {
    int lo = lower(c);
    folded.set(lo);
    if (unicode) {
      for (int k : UnicodeTables.INSTANCE.extraCases.getOrDefault(lo, NONE)) {
        folded.set(k);
      }
    }
  }

  /** Every character whose lowercase is in {@code folded}. */
  BitSet matchingSubjects(BitSet folded) {
    BitSet result = new BitSet();
    for (int c = folded.nextSetBit(0); c >= 0; c = folded.nextSetBit(c + 1)) {
      if (folded.get(lower(c))) {
        result.set(c);
      }
      if (unicode) {
        for (int p : UnicodeTables.INSTANCE.lowercasePreimages.getOrDefault(c, NONE)) {
          result.set(p);
        }
      } else if (c >= 'a' && c <= 'z') {
        result.set(c - ('a' - 'A'));
      }
    }
    return result;
  }

  /** Python's {@code _EXTRA_CASES}, exposed for tests. */
  static Map<Integer, int[]> extraCases() {
    return UnicodeTables.INSTANCE.extraCases;
  }

  /** Unicode case tables, built on first use from the JDK's character database. */
  private static final class UnicodeTables {
    static final UnicodeTables INSTANCE = new UnicodeTables();

    /** lowercase -> other lowercase characters sharing its uppercase form. */
    final Map<Integer, int[]> extraCases;

    /** c -> characters other than c whose simple lowercase is c. */
    final Map<Integer, int[]> lowercasePreimages;

    private UnicodeTables() {
      Map<Integer, TreeSet<Integer>> preimages = new HashMap<>();
      Map<String, TreeSet<Integer>> byUpper = new TreeMap<>();
      for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
        int lo = Character.toLowerCase(c);
        if (lo != c) {
          preimages.computeIfAbsent(lo, k -> new TreeSet<>()).add(c);
        }
        int type = Character.getType(c);
        if (type == Character.UNASSIGNED
            || type == Character.PRIVATE_USE
            || type == Character.SURROGATE
            || Character.isIdeographic(c)) {
          continue; // caseless, and skipping them keeps the one-off table build fast
        }
        // Same grouping as CPython's generate_re_casefix.py: characters with equal full
        // uppercase, collecting their (single-character) full lowercase.
        String s = Character.toString(c);
        String fullLower = s.toLowerCase(Locale.ROOT);
        if (fullLower.codePointCount(0, fullLower.length()) == 1) {
          byUpper
              .computeIfAbsent(s.toUpperCase(Locale.ROOT), k -> new TreeSet<>())
              .add(fullLower.codePointAt(0));
        }
      }
      Map<Integer, int[]> extra = new HashMap<>();
      for (TreeSet<Integer> lowers : byUpper.values()) {
        if (lowers.size() > 1) {
          for (int lo : lowers) {
            extra.put(lo, lowers.stream().filter(k -> k != lo).mapToInt(k -> k).toArray());
          }
        }
      }
      Map<Integer, int[]> pre = new HashMap<>();
      preimages.forEach((k, v) -> pre.put(k, v.stream().mapToInt(i -> i).toArray()));
      this.extraCases = Map.copyOf(extra);
      this.lowercasePreimages = Map.copyOf(pre);
    }
  }
}
