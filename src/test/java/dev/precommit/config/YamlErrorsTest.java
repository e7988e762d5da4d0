package dev.precommit.config;

import static dev.precommit.config.YamlLoaderTest.error;
import static dev.precommit.config.YamlLoaderTest.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Encoding, syntax errors in CSafeLoader's words, and the limits that protect consumers. */
class YamlErrorsTest {
  private static String bytesError(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return assertThrows(YamlException.class, () -> YamlLoader.load(bytes)).getMessage();
  }

  @Test
  void invalidUtf8FailsWithPythonsDecodeError() {
    assertEquals(
        "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte",
        bytesError('a', ':', ' ', 0xff));
    assertEquals(
        "'utf-8' codec can't decode byte 0xe2 in position 0: invalid continuation byte",
        bytesError(0xe2, '(', 0xa1));
    assertEquals(
        "'utf-8' codec can't decode bytes in position 3-4: unexpected end of data",
        bytesError('a', ':', ' ', 0xe2, 0x82));
    assertEquals(
        "'utf-8' codec can't decode bytes in position 0-1: invalid continuation byte",
        bytesError(0xf0, 0x90, '('));
    assertEquals(
        "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte",
        bytesError(0xed, 0xa0, 0x80));
  }

  @Test
  void crlfAndLoneCrReadAsNewlines() throws YamlException {
    assertEquals(Map.of("a", 1L, "b", "x y"), load("a: 1\r\nb: \"x\r\n  y\"\r\n"));
    assertEquals(Map.of("a", 1L, "b", 2L), load("a: 1\rb: 2\r"));
  }

  @Test
  void controlCharactersFailBeforeParsingWithTheirByteOffset() {
    assertEquals(
        "unacceptable character #x0001: control characters are not allowed\n"
            + "  in \"<unicode string>\", position 2",
        error("é\u0001"));
    assertEquals(
        "unacceptable character #x007f: control characters are not allowed\n"
            + "  in \"<unicode string>\", position 3",
        error("a: \u007f"));
  }

  @Test
  void nelIsALineBreakAndALeadingBomIsSkipped() throws YamlException {
    assertEquals(Map.of("a", 1L, "b", 2L), load("a: 1\u0085b: 2"));
    assertEquals(Map.of("a", 1L), load("\ufeffa: 1"));
  }

  @Test
  void syntaxErrorsUseLibyamlWording() {
    assertEquals(
        "while parsing a block mapping\n  in \"<unicode string>\", line 1, column 1\n"
            + "did not find expected key\n  in \"<unicode string>\", line 2, column 1",
        error("a: 1\n- b\n"));
    assertEquals(
        "mapping values are not allowed in this context\n"
            + "  in \"<unicode string>\", line 1, column 5",
        error("a: b: c\n"));
    assertEquals(
        "while parsing a flow sequence\n  in \"<unicode string>\", line 1, column 4\n"
            + "did not find expected ',' or ']'\n  in \"<unicode string>\", line 2, column 1",
        error("a: [1, 2"));
    assertEquals(
        "while scanning a quoted scalar\n  in \"<unicode string>\", line 1, column 4\n"
            + "found unexpected end of stream\n  in \"<unicode string>\", line 2, column 1",
        error("a: 'x\n"));
    assertEquals(
        "while parsing a quoted scalar\n  in \"<unicode string>\", line 1, column 4\n"
            + "found unknown escape character\n  in \"<unicode string>\", line 1, column 5",
        error("a: \"\\q\""));
    assertEquals(
        "found incompatible YAML document\n  in \"<unicode string>\", line 1, column 1",
        error("%YAML 2.0\n--- a"));
  }

  @Test
  void tabsAreRefusedWhereLibyamlRefusesThem() throws YamlException {
    assertEquals(Map.of("a", "b"), load("a:\tb"), "after a simple key's ':' a tab separates");
    String tabAfterDash = error("- \ta");
    assertEquals(
        "while scanning for the next token\nfound character that cannot start any token\n"
            + "  in \"<unicode string>\", line 1, column 3",
        tabAfterDash);
    assertEquals(
        "while scanning a plain scalar\n  in \"<unicode string>\", line 1, column 4\n"
            + "found a tab character that violates indentation\n"
            + "  in \"<unicode string>\", line 2, column 1",
        error("a: b\n\tc: d"));
    assertEquals(
        "while scanning a block scalar\n  in \"<unicode string>\", line 1, column 4\n"
            + "found a tab character where an indentation space is expected\n"
            + "  in \"<unicode string>\", line 2, column 1",
        error("a: |\n\tx"));
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() {
    int depth = 100_000;
    String message = error("[".repeat(depth) + "]".repeat(depth));
    assertTrue(message.contains("maximum nesting depth of " + YamlLoader.MAX_DEPTH), message);
  }

  @Test
  void billionLaughsIsRefusedQuickly() {
    String message =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(YamlSnippets.laughs(9, 10)));
    assertTrue(message.contains("expands to more than"), message);
  }

  @Test
  void modestAliasFanOutIsFine() throws YamlException {
    assertTrue(load(YamlSnippets.laughs(4, 10)) instanceof Map);
  }

  @Test
  void selfContainingValuesAreRefused() {
    assertTrue(error("&a [*a]").contains("recursive"));
    assertTrue(error("a: &a {b: *a}").contains("recursive"));
  }

  @Test
  void mergeKeyBombsAreRefused() {
    StringBuilder doc = new StringBuilder("m0: &m0 {k: v}\n");
    for (int level = 1; level <= 12; level++) {
      doc.append('m').append(level).append(": &m").append(level).append(" {<<: [");
      for (int k = 0; k < 10; k++) {
        doc.append(k == 0 ? "" : ", ").append("*m").append(level - 1);
      }
      doc.append("]}\n");
    }
    String message = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> error(doc.toString()));
    assertTrue(message.contains("merge keys copy more than"), message);
  }
}
