package dev.precommit.regex;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

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

  /** Unicode case tables, built on first use. */
  private static final class UnicodeTables {
    static final UnicodeTables INSTANCE = new UnicodeTables();

    /** No character above plane 1 has case (the last one is U+1F189); scanning less is faster. */
    private static final int LAST_CASED_PLANE_END = 0x1FFFF;

    /**
     * Groups of lowercase characters that share an uppercase form: CPython 3.11's
     * re._casefix._EXTRA_CASES (Unicode 14). Kept as data rather than derived from the JDK so we
     * follow CPython's Unicode version, and because deriving it needs slow full-case mapping;
     * PythonRegexUnicodeTablesTest checks it against the running python3.
     */
    private static final String EXTRA_CASE_GROUPS =
        "0069 0131,0073 017F,00B5 03BC,0345 03B9 1FBE,0390 1FD3,03B0 1FE3,03B2 03D0,03B5 03F5,"
            + "03B8 03D1,03BA 03F0,03C0 03D6,03C1 03F1,03C2 03C3,03C6 03D5,0432 1C80,0434 1C81,"
            + "043E 1C82,0441 1C83,0442 1C84 1C85,044A 1C86,0463 1C87,1C88 A64B,1E61 1E9B,"
            + "FB05 FB06";

    /** lowercase -> other lowercase characters sharing its uppercase form. */
    final Map<Integer, int[]> extraCases;

    /** c -> characters other than c whose simple lowercase is c. */
    final Map<Integer, int[]> lowercasePreimages;

    private UnicodeTables() {
      // Plain loops rather than streams: this runs once per process, often on a cold JVM.
      Map<Integer, int[]> extra = new HashMap<>();
      for (String group : EXTRA_CASE_GROUPS.split(",")) {
        String[] hex = group.split(" ");
        for (int i = 0; i < hex.length; i++) {
          int[] others = new int[hex.length - 1];
          for (int j = 0, k = 0; j < hex.length; j++) {
            if (j != i) {
              others[k++] = Integer.parseInt(hex[j], 16);
            }
          }
          extra.put(Integer.parseInt(hex[i], 16), others);
        }
      }
      Map<Integer, int[]> preimages = new HashMap<>();
      for (int c = 0; c <= LAST_CASED_PLANE_END; c++) {
        int lo = Character.toLowerCase(c);
        if (lo != c) {
          int[] old = preimages.getOrDefault(lo, NONE);
          int[] grown = Arrays.copyOf(old, old.length + 1);
          grown[old.length] = c;
          preimages.put(lo, grown);
        }
      }
      this.extraCases = Map.copyOf(extra);
      this.lowercasePreimages = Map.copyOf(preimages);
    }
  }
}
