package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShlexTest {
  private static final String SPLIT_CASES =
      String.join(
          "\n",
          "import shlex, sys",
          "for line in open(sys.argv[1]):",
          "    s = bytes.fromhex(line.strip()).decode()",
          "    try:",
          "        print('OK', *['x' + t.encode().hex() for t in shlex.split(s)])",
          "    except ValueError as e:",
          "        print('ERR', str(e).encode().hex())");

  @TempDir Path tmp;

  @Test
  void splitsOnWhitespaceRuns() throws ShlexException {
    assertEquals(List.of("a", "b", "c"), Shlex.split("  a \t b\r\nc  "));
    assertEquals(List.of(), Shlex.split(""));
    assertEquals(List.of(), Shlex.split(" \t\n"));
  }

  @Test
  void quotesGroupAndConcatenate() throws ShlexException {
    assertEquals(List.of("a b", "c'd", "e\"f"), Shlex.split("'a b' \"c'd\" 'e\"f'"));
    assertEquals(List.of("abcdef"), Shlex.split("ab'cd'\"ef\""));
    assertEquals(List.of("", "x", ""), Shlex.split("'' x \"\""));
  }

  @Test
  void backslashOutsideQuotesEscapesAnything() throws ShlexException {
    assertEquals(List.of("a b", "$x", "'", "\n"), Shlex.split("a\\ b \\$x \\' \\\n"));
  }

  @Test
  void backslashInsideDoubleQuotesOnlyEscapesQuoteAndBackslash() throws ShlexException {
    assertEquals(List.of("a\"b\\c\\$d\\n"), Shlex.split("\"a\\\"b\\\\c\\$d\\n\""));
  }

  @Test
  void backslashInsideSingleQuotesIsLiteral() throws ShlexException {
    assertEquals(List.of("a\\b\\"), Shlex.split("'a\\b\\'"));
  }

  @Test
  void commentsAreNotSpecial() throws ShlexException {
    assertEquals(List.of("a", "#", "b#c"), Shlex.split("a # b#c"));
  }

  @Test
  void unterminatedQuoteIsPythonsValueError() {
    assertEquals(
        "No closing quotation",
        assertThrows(ShlexException.class, () -> Shlex.split("'a")).getMessage());
    assertEquals(
        "No closing quotation",
        assertThrows(ShlexException.class, () -> Shlex.split("a \"b")).getMessage());
  }

  @Test
  void trailingBackslashIsPythonsValueError() {
    assertEquals(
        "No escaped character",
        assertThrows(ShlexException.class, () -> Shlex.split("a\\")).getMessage());
    assertEquals(
        "No escaped character",
        assertThrows(ShlexException.class, () -> Shlex.split("\"a\\")).getMessage());
  }

  @Test
  void quoteMatchesPython() {
    assertEquals("''", Shlex.quote(""));
    assertEquals("abc@%+=:,./-_", Shlex.quote("abc@%+=:,./-_"));
    assertEquals("'a b'", Shlex.quote("a b"));
    assertEquals("'it'\"'\"'s'", Shlex.quote("it's"));
    assertEquals("'é'", Shlex.quote("é"));
    assertEquals("git commit -m 'a b'", Shlex.join(List.of("git", "commit", "-m", "a b")));
  }

  @Test
  void splitAgreesWithPythonOnFuzzedInput() throws Exception {
    Random random = new Random(20240611L);
    String alphabet = "ab '\"\\ \t\n$#{}é\r";
    List<String> cases = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int j = 0; j < length; j++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      cases.add(s.toString());
    }
    String[] expected =
        Python3.run(tmp, SPLIT_CASES, Python3.writeHexLines(tmp, cases).toString()).split("\n");
    assertEquals(cases.size(), expected.length);
    for (int i = 0; i < cases.size(); i++) {
      assertEquals(expected[i], javaSplit(cases.get(i)), "input: " + cases.get(i));
    }
  }

  private static String javaSplit(String s) {
    try {
      StringBuilder line = new StringBuilder("OK");
      for (String token : Shlex.split(s)) {
        line.append(" x").append(Python3.hex(token));
      }
      return line.toString();
    } catch (ShlexException e) {
      return "ERR " + Python3.hex(e.getMessage());
    }
  }
}
