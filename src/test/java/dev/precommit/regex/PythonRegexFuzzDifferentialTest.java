package dev.precommit.regex;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Seeded random patterns, glued from fragments that stress the places where Python's and Java's
 * dialects differ, compared with CPython in one batched python3 run: same accept/reject verdict
 * and, when accepted, the same {@code re.search} span on every sample subject.
 */
class PythonRegexFuzzDifferentialTest {
  private static final long SEED = 20240611L;
  private static final int STR_CASES = 6000;
  private static final int BYTES_CASES = 2000;

  private static final String[] FRAGMENTS = {
    "a",
    "b",
    "ab",
    "abc",
    "x",
    "k",
    "K",
    "s",
    "S",
    "i",
    "I",
    "\u00e9",
    "\u00c9",
    "\u212a",
    "\u017f",
    "\u0130",
    "\u0131",
    "\u00b5",
    "\u03bc",
    "\ud83d\ude00",
    "1",
    "_",
    "-",
    " ",
    ".",
    "..",
    ".*",
    ".+",
    "\\.",
    "\\d",
    "\\D",
    "\\w",
    "\\W",
    "\\s",
    "\\S",
    "\\b",
    "\\B",
    "^",
    "$",
    "\\A",
    "\\Z",
    "\\z",
    "\\n",
    "\\t",
    "\\v",
    "\\a",
    "\\f",
    "\\x41",
    "\\x4",
    "\\u00e9",
    "\\u00E",
    "\\U0001F600",
    "\\U00110000",
    "\\N{EM DASH}",
    "\\N{LATIN SMALL LETTER E WITH ACUTE}",
    "\\N{NOPE}",
    "\\N",
    "\\0",
    "\\01",
    "\\012",
    "\\101",
    "\\400",
    "\\1",
    "\\2",
    "\\10",
    "\\8",
    "\\q",
    "\\e",
    "\\-",
    "\\ ",
    "\\#",
    "\\\\",
    "\\",
    "\\(",
    "\\)",
    "\\[",
    "\\]",
    "\\{",
    "[abc]",
    "[a-c]",
    "[^a]",
    "[^ab]",
    "[]a]",
    "[]]",
    "[^]a]",
    "[a-]",
    "[-a]",
    "[\\d-]",
    "[\\d-z]",
    "[z-a]",
    "[a\\]]",
    "[\\b]",
    "[\\B]",
    "[\\A]",
    "[.]",
    "[\\w\\s]",
    "[^\\W\\d]",
    "[\\S]",
    "[&&a]",
    "[a&&b]",
    "[[a]",
    "[[:alpha:]]",
    "[\\x00-\\x7f]",
    "[^\\x00-\\x7f]",
    "[\\0]",
    "[\\8]",
    "[\\477]",
    "[k-l]",
    "[K-L]",
    "[Z-a]",
    "[#]",
    "[ ]",
    "[\\n]",
    "[",
    "]",
    "{",
    "}",
    "{1}",
    "{2}",
    "{1,2}",
    "{,2}",
    "{2,}",
    "{,}",
    "{}",
    "{2,1}",
    "{a}",
    "{1,a}",
    "{ 1}",
    "{99999999999}",
    "*",
    "+",
    "?",
    "*?",
    "+?",
    "??",
    "*+",
    "++",
    "?+",
    "{1,2}?",
    "{1,2}+",
    "|",
    "||",
    "(",
    ")",
    "()",
    "(?:",
    "(?P<n>",
    "(?P<n2>",
    "(?P<\u00e9t\u00e9>",
    "(?P<1>",
    "(?P<>",
    "(?P<n",
    "(?P=n)",
    "(?P=\u00e9t\u00e9)",
    "(?P=zz)",
    "(?P",
    "(?Px",
    "(?<n>",
    "(?=",
    "(?!",
    "(?<=",
    "(?<!",
    "(?<x",
    "(?i)",
    "(?m)",
    "(?s)",
    "(?x)",
    "(?a)",
    "(?u)",
    "(?L)",
    "(?ai)",
    "(?au)",
    "(?t)",
    "(?i:",
    "(?-i:",
    "(?s:",
    "(?m:",
    "(?x:",
    "(?a:",
    "(?u:",
    "(?-s:",
    "(?i-i:",
    "(?-:",
    "(?-a:",
    "(?z)",
    "(?#comment)",
    "(?#",
    "(?>",
    "(?(1)",
    "(?(1)a|b)",
    "(?(n)x|y)",
    "(?(0)a)",
    "(?(-1)a)",
    "(?(1_0)a)",
    "(?(a b)a)",
    "(?(1)a|b|c)",
    "#",
    "# c\n",
    "\n",
    "  ",
    "a{",
    "x{1",
    "(a)",
    "(a|b)",
    "(a*)",
    "(?:a|bc)",
    "(?:ab|a)",
    "(?<=a)",
    "(?<=ab)",
    "(?<=a|b)",
    "(?<=a|bc)",
    "(?<=a*)",
    "(?<=(a))",
    "(?<=\\b)",
    "(?<!x)",
    "(?=a)",
    "(?!a)",
    "(a)\\1",
    "(?P<q>b)(?P=q)",
    "&&",
    "\u00df",
    "\u0345",
    "\u03b9",
    "\u1fbe",
  };

  private static final List<String> SUBJECTS =
      List.of(
          "",
          "a",
          "b",
          "ab",
          "abc",
          "aab",
          "abab",
          "ba",
          "bab",
          "A",
          "AB",
          "Ab\n",
          "\n",
          "\n\n",
          "a\n",
          "a\nb",
          "b\na\n",
          "\r\n",
          "x",
          "xa",
          "ax",
          "axb",
          "k",
          "K",
          "\u212a",
          "s",
          "S",
          "\u017f",
          "i",
          "I",
          "\u0130",
          "\u0131",
          "\u00e9",
          "\u00c9",
          "\u00b5",
          "\u03bc",
          "\u00df",
          "\u0345",
          "\u03b9",
          "\u1fbe",
          "1",
          "12",
          "\u0661",
          "\u00b2",
          "_",
          " ",
          "\t",
          "\u000b",
          "\u001c",
          "\u00a0",
          "\u2028",
          "\u3000",
          "\u0301",
          "e\u0301",
          "\ud83d\ude00",
          "a\ud83d\ude00b",
          "\ud835\udc00x",
          "\u2014",
          ".",
          "a.b",
          "-",
          "a-b",
          "{",
          "}",
          "{1}",
          "a{",
          "a{1",
          "]",
          "[a]",
          "#",
          "&",
          "\\",
          "\u0007",
          "\u0008",
          "\u0000",
          "\u007f",
          "A\u00e9",
          "ab ab",
          "foo.py",
          "foo/bar.py",
          "x y z",
          "aaaa",
          "abcabc",
          "\u00ff\u0080");

  @Test
  void randomPatternsBehaveLikeCPython() throws Exception {
    Random random = new Random(Long.getLong("pythonregex.fuzz.seed", SEED));
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < STR_CASES; i++) {
      cases.add(new Case(randomPattern(random), false, 0));
    }
    int[] bytesFlags = {
      0,
      PythonRegex.IGNORECASE,
      PythonRegex.MULTILINE | PythonRegex.DOTALL,
      PythonRegex.IGNORECASE | PythonRegex.MULTILINE | PythonRegex.DOTALL
    };
    for (int i = 0; i < BYTES_CASES; i++) {
      String pattern = randomPattern(random);
      if (pattern.chars().anyMatch(ch -> Character.isSurrogate((char) ch))) {
        continue; // pattern.encode() fails in Python for these; not a regex question
      }
      cases.add(new Case(pattern, true, bytesFlags[random.nextInt(bytesFlags.length)]));
    }

    List<String> caseJson = new ArrayList<>();
    for (Case c : cases) {
      caseJson.add("[" + PythonOracle.json(c.pattern) + "," + c.bytes + "," + c.flags + "]");
    }
    List<String> subjectJson = SUBJECTS.stream().map(PythonOracle::json).toList();
    String request =
        "{\"cases\":"
            + PythonOracle.jsonArray(caseJson)
            + ",\"subjects\":"
            + PythonOracle.jsonArray(subjectJson)
            + "}";
    List<String> lines =
        PythonOracle.run(List.of(PythonOracle.script().toString(), "fuzz"), request);
    assertEquals(cases.size(), lines.size());

    int accepted = 0;
    int unsupported = 0;
    int staleCaptures = 0;
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case c = cases.get(i);
      String expected = lines.get(i);
      String actual;
      try {
        Pattern p =
            c.bytes ? PythonRegex.compileBytes(c.pattern, c.flags) : PythonRegex.compile(c.pattern);
        actual = "OK " + spans(p, c.bytes);
      } catch (InvalidPythonRegexException e) {
        if (e.getMessage().startsWith("unsupported:") && expected.startsWith("OK")) {
          unsupported++; // documented gap (conditional before its group closes)
          continue;
        }
        actual = "ERROR";
      }
      if (expected.startsWith("OK")) {
        accepted++;
      }
      boolean same =
          expected.startsWith("ERROR") ? actual.equals("ERROR") : expected.equals(actual);
      if (!same && readsCaptureJavaMayKeep(c)) {
        staleCaptures++;
        System.out.println("  known gap (capture kept by Java): " + c);
        continue;
      }
      if (!same) {
        mismatches.add(c + "\n    python: " + expected + "\n    java:   " + actual);
      }
    }
    System.out.printf(
        "fuzz differential: %d patterns (%d accepted by Python), %d subjects each,"
            + " %d known-gap rejections, %d known-gap stale-capture differences, %d mismatches%n",
        cases.size(), accepted, SUBJECTS.size(), unsupported, staleCaptures, mismatches.size());
    assertTrue(accepted > cases.size() / 5, "fuzz produced too few valid patterns: " + accepted);
    assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20, mismatches.size()))));
  }

  private static final String[] ATOMS = {
    "a",
    "b",
    "x",
    "k",
    "s",
    "S",
    "\u00e9",
    "\u212a",
    "\u017f",
    "\u0130",
    "1",
    "-",
    ".",
    "\\d",
    "\\w",
    "\\s",
    "\\W",
    "\\S",
    "\\D",
    "\\b",
    "\\B",
    "^",
    "$",
    "\\A",
    "\\Z",
    "[ab]",
    "[^a]",
    "[a-z]",
    "[\\w-]",
    "[]]",
    "\\n",
    "\\.",
    "\\x61",
    "{",
    "}",
    "\\{",
    "]",
    "\\ud83d\\ude00",
  };

  private static final String[] QUANTIFIERS = {
    "*", "+", "?", "*?", "+?", "??", "*+", "++", "{2}", "{1,2}", "{,2}", "{2,}", "{0}", "{1,2}?",
  };

  /** A mostly valid pattern: nested groups, alternations, quantifiers and look-arounds. */
  private static String structuredPattern(Random random, int depth) {
    int kind = depth > 2 ? 0 : random.nextInt(12);
    return switch (kind) {
      case 0, 1, 2 -> ATOMS[random.nextInt(ATOMS.length)];
      case 3 -> structuredPattern(random, depth + 1) + structuredPattern(random, depth + 1);
      case 4 -> structuredPattern(random, depth + 1) + "|" + structuredPattern(random, depth + 1);
      case 5 -> "(" + structuredPattern(random, depth + 1) + ")";
      case 6 -> "(?:" + structuredPattern(random, depth + 1) + ")" + quantifier(random);
      case 7 -> atomOrGroup(random, depth) + quantifier(random);
      case 8 -> {
        String[] looks = {"(?=", "(?!", "(?<=", "(?<!"};
        yield looks[random.nextInt(4)] + structuredPattern(random, depth + 1) + ")";
      }
      case 9 -> {
        String[] scoped = {"(?i:", "(?s:", "(?m:", "(?-i:", "(?a:", "(?x:", "(?>"};
        yield scoped[random.nextInt(scoped.length)] + structuredPattern(random, depth + 1) + ")";
      }
      case 10 ->
          "(?P<n" + depth + ">" + structuredPattern(random, depth + 1) + ")(?P=n" + depth + ")";
      default ->
          "(a)?"
              + structuredPattern(random, depth + 1)
              + "(?(1)"
              + structuredPattern(random, depth + 1)
              + "|b)";
    };
  }

  private static String atomOrGroup(Random random, int depth) {
    return random.nextBoolean()
        ? ATOMS[random.nextInt(ATOMS.length)]
        : "(" + structuredPattern(random, depth + 1) + ")";
  }

  private static String quantifier(Random random) {
    return QUANTIFIERS[random.nextInt(QUANTIFIERS.length)];
  }

  /**
   * The documented gap: a back-reference or conditional reads a group captured inside a repeat,
   * look-around or atomic group, where Java can keep a capture that sre drops when backtracking.
   */
  private static boolean readsCaptureJavaMayKeep(Case c) {
    try {
      String source = c.bytes ? new String(c.pattern.getBytes(UTF_8), ISO_8859_1) : c.pattern;
      RegexNode root = RegexParser.parse(source, new ParseState(!c.bytes, c.flags));
      Set<Integer> enclosed = new HashSet<>();
      Set<Integer> referenced = new HashSet<>();
      walk(root, false, enclosed, referenced);
      enclosed.retainAll(referenced);
      return !enclosed.isEmpty();
    } catch (InvalidPythonRegexException e) {
      return false;
    }
  }

  private static void walk(
      RegexNode node, boolean inside, Set<Integer> enclosed, Set<Integer> referenced) {
    if (node instanceof RegexNode.Group g) {
      if (inside && g.number() != 0) {
        enclosed.add(g.number());
      }
      walk(g.body(), inside, enclosed, referenced);
    } else if (node instanceof RegexNode.Sequence s) {
      s.items().forEach(n -> walk(n, inside, enclosed, referenced));
    } else if (node instanceof RegexNode.Alternation a) {
      a.branches().forEach(n -> walk(n, inside, enclosed, referenced));
    } else if (node instanceof RegexNode.Atomic a) {
      walk(a.body(), true, enclosed, referenced);
    } else if (node instanceof RegexNode.Lookaround l) {
      walk(l.body(), true, enclosed, referenced);
    } else if (node instanceof RegexNode.Repeat r) {
      walk(r.body(), true, enclosed, referenced);
    } else if (node instanceof RegexNode.Backreference b) {
      referenced.add(b.group());
    } else if (node instanceof RegexNode.Conditional c) {
      referenced.add(c.group());
      walk(c.yes(), inside, enclosed, referenced);
      if (c.no() != null) {
        walk(c.no(), inside, enclosed, referenced);
      }
    }
  }

  private static String randomPattern(Random random) {
    if (random.nextBoolean()) {
      String[] leading = {"", "", "", "(?i)", "(?m)", "(?s)", "(?a)", "(?x)", "(?is)"};
      return leading[random.nextInt(leading.length)] + structuredPattern(random, 0);
    }
    StringBuilder pattern = new StringBuilder();
    int parts = 1 + random.nextInt(6);
    for (int i = 0; i < parts; i++) {
      pattern.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
    }
    return pattern.toString();
  }

  private static String spans(Pattern pattern, boolean bytes) {
    List<String> spans = new ArrayList<>();
    for (String subject : SUBJECTS) {
      if (bytes && subject.chars().anyMatch(ch -> ch > 0xff)) {
        spans.add("x");
        continue;
      }
      Matcher m = pattern.matcher(subject);
      if (m.find()) {
        // Python indexes code points; Java indexes UTF-16 units.
        int start = subject.codePointCount(0, m.start());
        int end = subject.codePointCount(0, m.end());
        spans.add(start + ":" + end);
      } else {
        spans.add("-");
      }
    }
    return String.join(" ", spans);
  }

  private record Case(String pattern, boolean bytes, int flags) {
    @Override
    public String toString() {
      return (bytes ? "bytes " : "str ") + PythonOracle.json(pattern) + " flags=" + flags;
    }
  }
}
