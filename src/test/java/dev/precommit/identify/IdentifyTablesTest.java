package dev.precommit.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IdentifyTablesTest {

  @Test
  void loadReturnsOneSharedInstance() {
    assertSame(Identify.load(), Identify.load());
  }

  @Test
  void allTagsHasBaseTagsAndEveryTableKind() {
    Set<String> all = Identify.load().allTags();
    assertTrue(
        all.containsAll(
            Set.of(
                "directory",
                "symlink",
                "socket",
                "file",
                "executable",
                "non-executable",
                "text",
                "binary")));
    assertTrue(all.contains("xml"), "extension tag");
    assertTrue(all.contains("plist"), "binary-check extension tag");
    assertTrue(all.contains("dockerfile"), "name tag");
    assertTrue(all.contains("python3"), "interpreter tag");
    assertTrue(all.contains("cbsd"), "interpreter-only tag");
    assertThrows(UnsupportedOperationException.class, () -> all.add("x"));
  }

  @Test
  void bundledTableSizesMatchTheTsv() {
    TagTables tables = TagTables.bundled();
    assertEquals(335, tables.extensions().size());
    assertEquals(5, tables.binaryCheckExtensions().size());
    assertEquals(95, tables.names().size());
    assertEquals(23, tables.interpreters().size());
  }

  @Test
  void parseSkipsCommentsAndHeader() throws IOException {
    TagTables tables =
        TagTables.parse(
            new BufferedReader(
                new StringReader(
                    "# comment\nkind\tkey\ttags\n\nextension\tfoo\tfoo,text\n"
                        + "interpreter\tfoo\tfoo\n")));
    assertEquals(Set.of("foo", "text"), tables.extensions().get("foo"));
    assertEquals(Set.of("foo"), tables.interpreters().get("foo"));
    assertTrue(tables.names().isEmpty());
  }

  @Test
  void parseRejectsMalformedRows() {
    assertThrows(IOException.class, () -> parse("extension\tfoo\n"));
    assertThrows(IOException.class, () -> parse("suffix\tfoo\ttext\n"));
    assertThrows(IOException.class, () -> parse("name\t\ttext\n"));
  }

  private static TagTables parse(String tsv) throws IOException {
    return TagTables.parse(new BufferedReader(new StringReader(tsv)));
  }
}
