package dev.precommit.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Exhaustive check of the Unicode tables behind str patterns: {@code \w \d \s} on every code point
 * and IGNORECASE on every cased character, against CPython. Code points whose general category
 * differs between the JDK's and Python's Unicode versions are excluded and counted.
 */
class PythonRegexUnicodeTablesTest {
  private static final List<String> RANGE_PROBES =
      List.of(
          "(?i)[a-z]",
          "(?i)[A-Z]",
          "(?i)[^a-z]",
          "(?i)[k-s]",
          "(?i)[\\u0100-\\u017f]",
          "(?i)[\\u0370-\\u03ff]",
          "(?i)[\\u0400-\\u04ff]",
          "(?i)[\\U00010400-\\U0001044f]",
          "(?i)[Z-a]",
          "(?i)[\\w]",
          "(?ai)[a-z]",
          "(?i)[^\\W\\d_]");

  @Test
  void categoriesAndCaseFoldingMatchCPython() throws Exception {
    // One probe per character this JDK considers cased, after the fixed range probes.
    List<String> probes = new ArrayList<>(RANGE_PROBES);
    List<Integer> probeChars = new ArrayList<>();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (Character.toLowerCase(c) != c || Character.toUpperCase(c) != c) {
        probeChars.add(c);
        probes.add(String.format("(?i)\\U%08x", c));
      }
    }
    List<String> probeJson = new ArrayList<>();
    probes.forEach(p -> probeJson.add(PythonOracle.json(p)));
    var probesFile = PythonOracle.writeTemp("probes", PythonOracle.jsonArray(probeJson));
    List<String> lines =
        PythonOracle.run(
            List.of(PythonOracle.script().toString(), "tables", probesFile.toString()), "");

    String pyCategories = field(lines.get(0), "CATEGORIES");
    BitSet versionSkew = new BitSet();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      if (!pyCategories.substring(2 * c, 2 * c + 2).equals(category(c))) {
        versionSkew.set(c);
      }
    }

    List<String> mismatches = new ArrayList<>();
    String[][] classes = {{"WORD", "\\w"}, {"DIGIT", "\\d"}, {"SPACE", "\\s"}};
    for (int i = 0; i < classes.length; i++) {
      BitSet expected = ranges(field(lines.get(1 + i), classes[i][0]));
      Matcher m = PythonRegex.compile(classes[i][1]).matcher("");
      for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
        if (!versionSkew.get(c) && m.reset(Character.toString(c)).matches() != expected.get(c)) {
          mismatches.add(classes[i][1] + " U+" + Integer.toHexString(c));
        }
      }
    }

    int[] cased =
        Arrays.stream(field(lines.get(4), "CASED").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    StringBuilder extra = new StringBuilder();
    new java.util.TreeMap<>(CaseFolding.extraCases())
        .forEach(
            (k, v) -> {
              extra.append(extra.length() == 0 ? "" : " ").append(k).append(':');
              extra.append(String.join("/", Arrays.stream(v).mapToObj(String::valueOf).toList()));
            });
    assertEquals(field(lines.get(5), "EXTRA"), extra.toString(), "sre's _EXTRA_CASES");
    StringBuilder text = new StringBuilder();
    Arrays.stream(cased).forEach(text::appendCodePoint);
    int compared = 0;
    for (int i = 0; i < probes.size(); i++) {
      TreeSet<Integer> expected = codePoints(field(lines.get(6 + i), "PROBE"));
      TreeSet<Integer> actual = new TreeSet<>();
      Matcher m = PythonRegex.compile(probes.get(i)).matcher(text);
      while (m.find()) {
        actual.add(m.group().codePointAt(0));
      }
      TreeSet<Integer> difference = new TreeSet<>(expected);
      difference.addAll(actual);
      TreeSet<Integer> common = new TreeSet<>(expected);
      common.retainAll(actual);
      difference.removeAll(common);
      difference.removeIf(versionSkew::get);
      boolean skewedProbe =
          i >= RANGE_PROBES.size() && versionSkew.get(probeChars.get(i - RANGE_PROBES.size()));
      if (!difference.isEmpty() && !skewedProbe) {
        mismatches.add(probes.get(i) + " differs on " + difference);
      }
      compared++;
    }
    System.out.printf(
        "unicode tables: %d code points with version-skewed categories excluded,"
            + " %d case probes, %d mismatches%n",
        versionSkew.cardinality(), compared, mismatches.size());
    assertTrue(compared > 2000);
    assertEquals(List.of(), mismatches.subList(0, Math.min(30, mismatches.size())));
  }

  @Test
  void extraCasesAreCPythonsTable() {
    Map<Integer, int[]> extra = CaseFolding.extraCases();
    assertEquals(0x131, extra.get((int) 'i')[0]);
    assertEquals(0x17f, extra.get((int) 's')[0]);
    assertEquals(0x3bc, extra.get(0xb5)[0]);
    assertEquals(50, extra.size()); // len(re._casefix._EXTRA_CASES) in CPython 3.11
  }

  private static String field(String line, String name) {
    assertTrue(
        line.startsWith(name + " ") || line.equals(name),
        line.substring(0, Math.min(40, line.length())));
    return line.length() > name.length() ? line.substring(name.length() + 1) : "";
  }

  private static BitSet ranges(String text) {
    BitSet set = new BitSet();
    for (String range : text.split(",")) {
      if (!range.isEmpty()) {
        String[] bounds = range.split("-");
        set.set(Integer.parseInt(bounds[0]), Integer.parseInt(bounds[1]) + 1);
      }
    }
    return set;
  }

  private static TreeSet<Integer> codePoints(String text) {
    TreeSet<Integer> set = new TreeSet<>();
    for (String cp : text.split(",")) {
      if (!cp.isEmpty()) {
        set.add(Integer.parseInt(cp));
      }
    }
    return set;
  }

  private static final String[] CATEGORY_NAMES = new String[31];

  static {
    String[][] names = {
      {"Cn", "0"},
      {"Lu", "1"},
      {"Ll", "2"},
      {"Lt", "3"},
      {"Lm", "4"},
      {"Lo", "5"},
      {"Mn", "6"},
      {"Me", "7"},
      {"Mc", "8"},
      {"Nd", "9"},
      {"Nl", "10"},
      {"No", "11"},
      {"Zs", "12"},
      {"Zl", "13"},
      {"Zp", "14"},
      {"Cc", "15"},
      {"Cf", "16"},
      {"Co", "18"},
      {"Cs", "19"},
      {"Pd", "20"},
      {"Ps", "21"},
      {"Pe", "22"},
      {"Pc", "23"},
      {"Po", "24"},
      {"Sm", "25"},
      {"Sc", "26"},
      {"Sk", "27"},
      {"So", "28"},
      {"Pi", "29"},
      {"Pf", "30"}
    };
    for (String[] n : names) {
      CATEGORY_NAMES[Integer.parseInt(n[1])] = n[0];
    }
  }

  private static String category(int c) {
    return CATEGORY_NAMES[Character.getType(c)];
  }
}
