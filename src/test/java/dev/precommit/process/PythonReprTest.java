package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PythonReprTest {
  @Test
  void stringsUseSingleQuotesUnlessTheyContainOnlySingleQuotes() {
    assertEquals("'./x'", PythonRepr.string("./x"));
    assertEquals("\"it's\"", PythonRepr.string("it's"));
    assertEquals("'it\\'s \"q\"'", PythonRepr.string("it's \"q\""));
    assertEquals("'a\\\\b\\n\\t\\x01é'", PythonRepr.string("a\\b\n\t\u0001é"));
  }

  @Test
  void tuplesHaveTheOneElementComma() {
    assertEquals("()", PythonRepr.tuple(List.of()));
    assertEquals("('git',)", PythonRepr.tuple(List.of("git")));
    assertEquals("('git', 'diff')", PythonRepr.tuple(List.of("git", "diff")));
  }
}
