package dev.precommit.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The literal pygrep looks for before searching line by line: never one a match may lack. */
class RequiredLiteralTest {
  @ParameterizedTest(name = "{0} needs \"{1}\"")
  @CsvSource(
      delimiterString = " -> ",
      value = {
        "DO[N]OT_COMMIT -> DONOT_COMMIT",
        "foo -> foo",
        "a+bc -> bc",
        "x?yz -> yz",
        "\\bTODO\\b -> TODO",
        "(?:ab)+c -> ab",
        "(ab)cde -> cde",
        "(?>abc)d -> abc",
        "ab{0}c -> a",
        "ab*c -> a",
        "print\\( -> print(",
        "[^a]bc -> bc",
        "[ab]c -> c",
        "foo|bar -> ''",
        "(?i)foo -> ''",
        "(?i:foo)bar -> bar",
        "(?=foo) -> ''",
        "x(?=foo) -> x",
        ".* -> ''",
        "'' -> ''",
        "\\d+ -> ''"
      })
  void literal(String pattern, String expected) throws InvalidPythonRegexException {
    assertEquals(expected, PythonRegex.requiredBytesLiteral(pattern, 0));
  }

  @ParameterizedTest
  @CsvSource({"foo", "DO[N]OT"})
  void nothingUnderTheIgnoreCaseFlag(String pattern) throws InvalidPythonRegexException {
    assertEquals("", PythonRegex.requiredBytesLiteral(pattern, PythonRegex.IGNORECASE));
  }

  /** Random patterns and subjects: every match found contains the literal. */
  @Test
  void everyMatchContainsTheLiteral() throws InvalidPythonRegexException {
    Random random = new Random(7);
    String[] atoms = {
      "a",
      "b",
      "[ab]",
      "[a]",
      "(?:ab)",
      "a*",
      "b+",
      "a?",
      "(a|b)",
      "(?i:a)",
      ".",
      "\\w",
      "(?=a)",
      "a{2}",
      "(?:a|ba)+",
      "(b)\\1",
      "\\b",
      "$",
      "^",
      "(?>ab)",
      "[^a]"
    };
    String alphabet = "abAB \n";
    int checked = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder pattern = new StringBuilder();
      for (int n = 1 + random.nextInt(5); n > 0; n--) {
        pattern.append(atoms[random.nextInt(atoms.length)]);
      }
      String literal = PythonRegex.requiredBytesLiteral(pattern.toString(), 0);
      Pattern compiled = PythonRegex.compileBytes(pattern.toString(), 0);
      for (int j = 0; j < 20; j++) {
        StringBuilder subject = new StringBuilder();
        for (int k = random.nextInt(10); k > 0; k--) {
          subject.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        Matcher m = compiled.matcher(subject);
        while (m.find()) {
          assertTrue(
              m.group().contains(literal),
              pattern + " matched '" + m.group() + "' without '" + literal + "'");
          checked++;
        }
      }
    }
    assertTrue(checked > 10_000, "matches checked: " + checked);
  }

  @Test
  void bytesPatternsGiveUtf8BytesAsLatin1Chars() throws InvalidPythonRegexException {
    assertEquals("caf\u00c3\u00a9", PythonRegex.requiredBytesLiteral("caf\u00e9", 0));
  }
}
