package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdentifyShellWordsTest {

  @Test
  void splitsOnShellWhitespace() {
    assertEquals(Optional.of(List.of("a", "b", "c")), ShellWords.split(" a \tb\r\nc "));
    assertEquals(Optional.of(List.of()), ShellWords.split(""));
  }

  @Test
  void quotesJoinAndEmptyQuotesMakeAWord() {
    assertEquals(Optional.of(List.of("a b", "c")), ShellWords.split("'a b' c"));
    assertEquals(Optional.of(List.of("ab c")), ShellWords.split("a\"b c\""));
    assertEquals(Optional.of(List.of("", "x")), ShellWords.split("'' x"));
  }

  @Test
  void backslashRules() {
    assertEquals(Optional.of(List.of("a b")), ShellWords.split("a\\ b"));
    // inside double quotes only \" and \\ are escapes
    assertEquals(Optional.of(List.of("\\n\"\\")), ShellWords.split("\"\\n\\\"\\\\\""));
    // inside single quotes nothing is
    assertEquals(Optional.of(List.of("\\")), ShellWords.split("'\\'"));
  }

  @Test
  void verticalTabIsAWordCharacterToShlex() {
    assertEquals(Optional.of(List.of("a\u000bb")), ShellWords.split("a\u000bb"));
    assertEquals(List.of("a", "b"), ShellWords.splitOnWhitespace("a\u000bb"));
  }

  @Test
  void errorsWhereShlexRaises() {
    assertEquals(Optional.empty(), ShellWords.split("'open"));
    assertEquals(Optional.empty(), ShellWords.split("\"open"));
    assertEquals(Optional.empty(), ShellWords.split("trailing\\"));
    assertEquals(Optional.empty(), ShellWords.split("\"trailing\\"));
  }

  @Test
  void stripMatchesPython() {
    assertEquals("a b", ShellWords.strip(" \t\u000b\u000ca b\r\n"));
    assertEquals("", ShellWords.strip("  "));
  }
}
