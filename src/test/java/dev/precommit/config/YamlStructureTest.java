package dev.precommit.config;

import static dev.precommit.config.YamlLoaderTest.error;
import static dev.precommit.config.YamlLoaderTest.load;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Collections, anchors, merge keys, explicit tags and documents, as PyYAML builds them. */
class YamlStructureTest {
  private static String repr(String text) throws YamlException {
    return YamlLoader.pythonRepr(load(text));
  }

  @Test
  void mappingsKeepDocumentOrderInLinkedHashMaps() throws YamlException {
    Object value = load("b: 1\na: 2\nc: [x, y]\n");
    assertInstanceOf(LinkedHashMap.class, value);
    assertInstanceOf(ArrayList.class, ((Map<?, ?>) value).get("c"));
    assertEquals("{'b': 1, 'a': 2, 'c': ['x', 'y']}", YamlLoader.pythonRepr(value));
  }

  @Test
  void duplicateKeysKeepTheFirstPositionAndTheLastValue() throws YamlException {
    assertEquals("{'a': 3, 'b': 2}", repr("a: 1\nb: 2\na: 3\n"));
  }

  @Test
  void keysCompareLikePythonDictKeys() throws YamlException {
    assertEquals("{1: 'c'}", repr("{1: a, 1.0: b, true: c}"));
    assertEquals("{0: 'd'}", repr("{0: a, false: b, 0.0: c, -0.0: d}"));
    assertEquals("{None: 2}", repr("{null: 1, ~: 2}"));
    assertEquals(
        "{datetime.datetime(2001, 1, 1, 5, 0, tzinfo=datetime.timezone(datetime.timedelta("
            + "seconds=18000))): 'b'}",
        repr("{2001-01-01 05:00:00+05:00: a, 2001-01-01 00:00:00Z: b}"));
  }

  @Test
  void nonStringKeysStayJavaValuesForTheValidator() throws YamlException {
    Map<?, ?> map = (Map<?, ?>) load("2: a\ntrue: b\n~: c\n1.5: d\n");
    assertEquals(List.of(2L, true, "NoneType", 1.5), keysWithNullAsTypeName(map));
  }

  private static List<Object> keysWithNullAsTypeName(Map<?, ?> map) {
    List<Object> keys = new ArrayList<>();
    map.keySet().forEach(k -> keys.add(k == null ? YamlLoader.pythonTypeName(null) : k));
    return keys;
  }

  @Test
  void listAndMappingKeysAreUnhashable() {
    assertEquals(
        "while constructing a mapping\nfound unhashable key\n"
            + "  in \"<unicode string>\", line 1, column 1",
        error("[a]: 1"));
    assertEquals(
        "while constructing a mapping\n  in \"<unicode string>\", line 1, column 1\n"
            + "found unhashable key\n  in \"<unicode string>\", line 1, column 3",
        error("? [a]\n: 1"));
    assertEquals(
        "while constructing a mapping\n  in \"<unicode string>\", line 1, column 1\n"
            + "found unhashable key\n  in \"<unicode string>\", line 1, column 2",
        error("{{a: 1}: 2}"));
  }

  @Test
  void aliasesShareTheAnchoredValue() throws YamlException {
    Map<?, ?> map = (Map<?, ?>) load("a: &x [1, 2]\nb: *x\n");
    assertSame(map.get("a"), map.get("b"));
  }

  @Test
  void undefinedAliasAndDuplicateAnchorFailLikeCSafeLoader() {
    assertEquals(
        "found undefined alias\n  in \"<unicode string>\", line 1, column 4", error("a: *x"));
    assertEquals(
        "found duplicate anchor; first occurrence\n  in \"<unicode string>\", line 1, column 4\n"
            + "second occurrence\n  in \"<unicode string>\", line 2, column 4",
        error("a: &x 1\nb: &x 2\n"));
  }

  @Test
  void mergeKeysLetExplicitKeysWin() throws YamlException {
    assertEquals(
        "{'base': {'x': 1, 'y': 2}, 'd': {'x': 1, 'y': 3}}",
        repr("base: &b {x: 1, y: 2}\nd: {<<: *b, y: 3}"));
    assertEquals("{'c': {'x': 0}}", repr("c: {x: 0, <<: {x: 3}}"));
  }

  @Test
  void mergeListsLetTheEarlierMapWinAndLaterMergeKeysWinOverEarlierOnes() throws YamlException {
    Map<?, ?> map = (Map<?, ?>) load("a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc: {<<: [*a, *b]}");
    assertEquals("{'x': 1, 'z': 3}", YamlLoader.pythonRepr(map.get("c")));
    assertEquals("{'c': {'x': 3}}", repr("c: {<<: [{x: 1}, {x: 2}], <<: {x: 3}}"));
    assertEquals("{}", repr("&a {<<: *a}"));
  }

  @Test
  void mergingANonMappingFails() {
    assertEquals(
        "while constructing a mapping\n  in \"<unicode string>\", line 1, column 4\n"
            + "expected a mapping or list of mappings for merging, but found scalar\n"
            + "  in \"<unicode string>\", line 1, column 9",
        error("c: {<<: 1}"));
    assertEquals(
        "while constructing a mapping\n  in \"<unicode string>\", line 1, column 4\n"
            + "expected a mapping for merging, but found scalar\n"
            + "  in \"<unicode string>\", line 1, column 10",
        error("c: {<<: [1]}"));
  }

  @Test
  void explicitStandardTags() throws YamlException {
    assertEquals(
        "{'a': '1', 'b': 12, 'c': 1.0, 'd': True, 'e': None}",
        repr("a: !!str 1\nb: !!int \"12\"\nc: !!float 1\nd: !!bool yes\ne: !!null x"));
    assertEquals("b'hello'", repr("!!binary aGVsbG8="));
    assertEquals("[('a', 1), ('b', 2)]", repr("!!omap [a: 1, b: 2]"));
    assertEquals("[('a', 1), ('a', 2)]", repr("!!pairs [a: 1, a: 2]"));
    assertInstanceOf(LinkedHashSet.class, load("!!set {a, b}"));
    assertEquals("{'a', 'b'}", repr("!!set {a, b}"));
    assertEquals(12L, load("! 12"), "the non-specific '!' tag still resolves plain scalars");
    assertEquals(5L, load("!<tag:yaml.org,2002:int> \"5\""));
    assertEquals("5", load("!!str {=: 5}"), "PyYAML reads a mapping's '=' value as its scalar");
  }

  @Test
  void unknownAndMisusedTagsFail() {
    assertEquals(
        "could not determine a constructor for the tag '!foo'\n"
            + "  in \"<unicode string>\", line 1, column 4",
        error("a: !foo x"));
    assertEquals(
        "could not determine a constructor for the tag 'tag:yaml.org,2002:python/tuple'\n"
            + "  in \"<unicode string>\", line 1, column 1",
        error("!!python/tuple [1]"));
    assertEquals(
        "expected a scalar node, but found sequence\n  in \"<unicode string>\", line 1, column 1",
        error("!!str [a]"));
    assertEquals("'foo'", error("!!bool foo"), "PyYAML raises KeyError('foo')");
    assertEquals("could not convert string to float: '1d'", error("!!float 1d"));
    assertEquals("invalid literal for int() with base 10: 'foo'", error("!!int foo"));
    assertEquals(
        "failed to decode base64 data: Incorrect padding\n"
            + "  in \"<unicode string>\", line 1, column 1",
        error("!!binary aGVsbG8"));
  }

  @Test
  void emptyStreamsAndDocumentsAreNone() throws YamlException {
    assertNull(load(""));
    assertNull(load("# only a comment\n"));
    assertNull(load("---\n"));
    assertNull(load("--- \n...\n"));
    assertEquals("a", load("--- a\n...\n"));
  }

  @Test
  void moreThanOneDocumentFails() {
    assertEquals(
        "expected a single document in the stream\n  in \"<unicode string>\", line 1, column 5\n"
            + "but found another document\n  in \"<unicode string>\", line 2, column 1",
        error("--- a\n--- b\n"));
  }

  @Test
  void blockScalarsAndFoldingAsInLibyaml() throws YamlException {
    assertEquals("x\ny\n", load("|\n  x\n  y\n"));
    assertEquals("x y\nz\n", load(">\n  x\n  y\n\n  z\n"));
    assertEquals("x", load("|\n  x"), "no final newline in the file, none in the value");
    assertEquals(" x", load("|2\n   x"));
    assertEquals("a b", load("a\n  b"));
  }

  @Test
  void anchorNamesEndAtAColonAsInLibyaml() throws YamlException {
    assertEquals("{None: 'x'}", repr("&a: x"), "an anchored empty key");
    assertEquals("{'x': 1, 1: 'y'}", repr("x: &a 1\n*a: y"), "an alias as a key");
    assertEquals(
        "found undefined alias\n  in \"<unicode string>\", line 2, column 4",
        error("a: 1\nb: *c:"),
        "positions are those of the original text");
  }

  @Test
  void aCommentMayFollowABlockScalarHeaderDirectly() throws YamlException {
    assertEquals("{'a': 'x\\n'}", repr("a: |# note\n  x\n"));
  }
}
