package dev.precommit.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-written and generated adversarial documents for the differential tests. */
final class YamlSnippets {
  private YamlSnippets() {}

  /** Scalars that exercise every implicit resolver and its edge cases. */
  static final List<String> SCALARS =
      List.of(
          "yes",
          "Yes",
          "YES",
          "yEs",
          "no",
          "No",
          "NO",
          "true",
          "True",
          "TRUE",
          "tRue",
          "false",
          "False",
          "FALSE",
          "on",
          "On",
          "ON",
          "off",
          "Off",
          "OFF",
          "y",
          "Y",
          "n",
          "N",
          "~",
          "null",
          "Null",
          "NULL",
          "nULL",
          "''",
          "0",
          "00",
          "007",
          "08",
          "0o17",
          "0b101",
          "0b",
          "0b_",
          "0b2",
          "0x1F",
          "0xG",
          "0x",
          "0x_",
          "0X1F",
          "-0",
          "+0",
          "-12",
          "+12",
          "1_000",
          "1__0",
          "_1",
          "1_",
          "190:20:30",
          "1:2",
          "1:60",
          "-1:30",
          "0:30",
          "1:2:3.5",
          "190:20:30.15",
          "-1:30.5",
          "1.10",
          "1.0",
          "1.",
          ".5",
          "-.5",
          "+.5",
          "1e3",
          "1.0e3",
          "1.0e+3",
          "1.0E-3",
          ".5e+1",
          "1_0.5",
          "1._5",
          "-1.5",
          "+1.5",
          ".inf",
          "-.inf",
          "+.inf",
          ".Inf",
          ".INF",
          ".iNf",
          ".nan",
          ".NaN",
          ".NAN",
          "-.nan",
          "inf",
          "nan",
          "1.8e+308",
          "0.1",
          "0.3",
          "1.0e-7",
          "123456789.123456789",
          "1e+16",
          "10000000000000000.0",
          "0.0001",
          "0.00001",
          "-0.0",
          "2001-12-14",
          "2001-1-1",
          "2001-12-14t21:59:43.10-05:00",
          "2001-12-14 21:59:43.10 -5",
          "2001-12-14 21:59:43.10Z",
          "2001-12-14T21:59:43+00:00",
          "2001-12-14T21:59:43+05:30",
          "2001-12-14 21:59:00",
          "2001-12-14 21:00:00.000001",
          "2001-02-29",
          "2000-02-29",
          "2001-13-01",
          "0000-01-01",
          "2001-12-14T25:00:00",
          "2001-12-14 21:59:43.1234567",
          "2001-12-14 1:02:03",
          "2001-12-14T21:59:43+99",
          "2001-12-14T21:59:43 +1",
          "<<",
          "=",
          "12345678901234567890",
          "-9223372036854775808",
          "9223372036854775808",
          "0x7fffffffffffffffff",
          "0777777777777777777777777",
          "a:b",
          "-",
          "--",
          "---x",
          ":x",
          "#x",
          "a #b",
          "é",
          "\"\\u00e9\"",
          "'it''s'",
          "\"a\\\"b\"",
          "'a\"b'",
          "x\\y");

  static final List<String> CONTEXTS = List.of("%s", "a: %s", "- %s", "[%s]", "{%s: 1}", "%s: x");

  static final List<String> HAND_WRITTEN =
      List.of(
          "!!str 1",
          "!!int \"12\"",
          "!!int 0o17",
          "!!int foo",
          "!!int \"\"",
          "!!int -",
          "!!int \" 12 \"",
          "!!int 1::2",
          "!!float 1",
          "!!float 1d",
          "!!float nan",
          "!!float inf",
          "!!float \" 1.5 \"",
          "!!float \"\"",
          "!!float 1_.5",
          "!!bool yes",
          "!!bool foo",
          "!!null x",
          "!!null [a]",
          "!!binary aGVsbG8=",
          "!!binary aGVsbG8",
          "!!binary aGVsbA",
          "!!binary a",
          "!!binary \"aGVs\\nbG8=\"",
          "!!binary |\n  aGVs\n  bG8=\n",
          "!!binary é",
          "!!binary éé",
          "!!binary ==aGk=",
          "!!binary aG=k=",
          "!!timestamp 2001-01-01",
          "!!timestamp foo",
          "!!set {a, b}",
          "!!set [a]",
          "!!set {[a]: 1}",
          "!!omap [a: 1, b: 2]",
          "!!omap {a: 1}",
          "!!omap [a]",
          "!!omap [{a: 1, b: 2}]",
          "!!pairs [a: 1, a: 2]",
          "!!pairs {a: 1}",
          "!!seq {a: 1}",
          "!!map [a]",
          "!!str [a]",
          "!!str {a: 1}",
          "!foo x",
          "!foo [a]",
          "!!python/tuple [1]",
          "!<tag:yaml.org,2002:str> 5",
          "%TAG ! tag:yaml.org,2002:\n--- !str 5",
          "! 12",
          "! \"12\"",
          "!<!> 12",
          "!!merge x",
          "!!value x",
          "!!str {=: 5}",
          "!!int {=: 5}",
          "!!timestamp {=: 2001-01-01}",
          "&a !!str {=: *a}",
          "!!yaml x",
          "{a: 1, a: 2}",
          "{1: a, 1.0: b, true: c}",
          "{0: a, false: b, 0.0: c, -0.0: d}",
          "{.nan: 1, .nan: 2}",
          "{null: 1, ~: 2, \"\": 3}",
          "{[a]: 1}",
          "{{a: 1}: 2}",
          "? [a]\n: 1",
          "{!!set {a}: 1}",
          "{!!binary aGk=: 1}",
          "{2001-01-01: a, 2001-01-01 00:00:00: b}",
          "{2001-01-01 05:00:00+05:00: a, 2001-01-01 00:00:00Z: b, 2001-01-01 00:00:00: c}",
          "base: &b {x: 1, y: 2}\nd: {<<: *b, y: 3}",
          "a: &a {x: 1}\nb: &b {x: 2, z: 3}\nc: {<<: [*a, *b]}",
          "c: {<<: [{x: 1}, {x: 2}], <<: {x: 3}}",
          "c: {x: 0, <<: {x: 3}}",
          "c: {<<: 1}",
          "c: {<<: [1]}",
          "c: {<<: [*undefined]}",
          "'<<': 1",
          "a: <<",
          "a: =",
          "{=: 1}",
          "&a {<<: *a}",
          "&a {<<: {<<: *a}}",
          "- &x a\n- *x",
          "- &x a\n- &x b",
          "a: &x\n  b: 1\nc: *x",
          "a: &x [1, 2]\nb: *x\nc: *x",
          "",
          "---",
          "--- \n...",
          "# comment",
          "---\n---",
          "--- a\n--- b",
          "a\n---\nb",
          "...",
          "--- a\n...\n",
          "%YAML 1.1\n--- a",
          "%YAML 1.2\n--- a",
          "%YAML 1.3\n--- a",
          "%YAML 2.0\n--- a",
          "%YAML 1.1\n%YAML 1.1\n--- a",
          "%FOO bar\n--- a",
          "%TAG !e! tag:e.com,2000:\n--- !e!x y",
          "!e!x y",
          "\ufeffa: 1",
          "a: |\n  x\n  y\n",
          "a: >\n  x\n  y\n\n  z\n",
          "a: |-\n  x\n",
          "a: |+\n  x\n\n",
          "a: |2\n   x",
          "a: 'it''s'",
          "a: \"\\x41\\u00e9\\U0001F600\\n\\t\\\\ \\/ \\N \\_ \\0 \\a \\e \\v \\b \\ \"",
          "a: \"\\q\"",
          "a: \"x\\\n  y\"",
          "a: b\n  c\n\n  d",
          "a: b #c",
          "a: b#c",
          "a: 'x\n\n  y'",
          "é: ü",
          "a: 😀",
          "a: 1\n- b\n",
          "a: b: c\n",
          "a: [1, 2\n",
          "a: 'x\n",
          "- a\nb: 1\n",
          "a:\n\tb: 1\n",
          "a: @x\n",
          "{a: 1]\n",
          "key: value\n  other: x\n",
          "a: |\n  x\n b\n",
          "[a:b]",
          "{a:1}",
          "[a: b]",
          "{a: 1, b}",
          "a:\n- b",
          "? a\n? b",
          "*a",
          "&a",
          "a: !!str",
          "x: %foo",
          "\t",
          "- \ta",
          "a:\tb",
          "a: `x`",
          "a: 1\n a: 2",
          "- - - a",
          "-\n -\n  - a",
          "a:\n  - b\n  -c",
          "[a, b]: 1",
          "{? a: b}",
          "[? a: b]",
          "a: [b, c]: d",
          "\"a\nb\": 1",
          "a: \"\\\"",
          "a: 'x",
          "a: \"",
          "? |\n  block\n: v",
          "a: >1\n  x",
          "a: |0\n  x",
          "a: |10\n  x",
          "a: |-+\n  x",
          "a: | x",
          "a: !",
          "a: &",
          "a: *",
          "a: &b",
          "&a a: b",
          "a: !!str &x y\nb: *x",
          "[*a]",
          "a: [*]",
          "a: {b: }",
          "a: { b }",
          "- !!map\n  a: 1",
          "- !!seq\n  - a",
          "foo: bar\n...\nbaz",
          "a: b\n---",
          "- a\n- b\n...\n",
          "'a':1",
          "a:1",
          "-1",
          "- -1",
          "a: -",
          "a: - b",
          "- - ",
          "? ",
          ": x",
          "a: [,]",
          "a: [a,,b]",
          "a: {,}",
          "[a]]",
          "{a: b}}",
          "a: 'b'c",
          "a: \"b\"c",
          "a: |\n\tx",
          "a: b\n\tc: d",
          "a:\n  b:\n    c:\n      d: 1\n  e: 2",
          "repos:\n- repo: local\n  hooks:\n  - id: x\n    name: y\n    entry: z\n    language: system\n",
          "rev: 1.10\nfiles: 0\nverbose: yes\nstages: [on, off]");

  /**
   * Documents where we knowingly differ from PyYAML because snakeyaml-engine scans YAML 1.2 (see
   * the report in docs): each entry is the input and why.
   */
  static final List<List<String>> KNOWN_DIFFERENCES =
      List.of(
          List.of("[-]", "a lone '-' before a flow indicator is a plain scalar in YAML 1.1 only"),
          List.of("a: [--out, -]", "same, in a realistic args list"),
          List.of("a: \"\\L\\P\"", "YAML 1.1 escapes \\L and \\P are unknown to the scanner"),
          List.of("a: 1\u2028b: 2", "U+2028/U+2029 are line breaks in YAML 1.1 only"),
          List.of(
              "[?x]",
              "in flow context libyaml reads '?' as a key indicator even before a non-blank"),
          List.of("{?x: 1}", "same, in a flow mapping"));

  /** Documents PyYAML loads that we refuse on purpose, to protect consumers of the value. */
  static List<byte[]> deliberatelyRefused() {
    return List.of(
        utf8("[".repeat(YamlLoader.MAX_DEPTH + 1) + "]".repeat(YamlLoader.MAX_DEPTH + 1)),
        utf8("&a [*a]"),
        utf8("&a {x: *a}"),
        utf8("a: &a [b, *a]"),
        utf8(laughs(8, 10)));
  }

  /** Every scalar in every context, plus the hand-written documents. */
  static List<byte[]> all() {
    List<byte[]> out = new ArrayList<>();
    List<String> known = KNOWN_DIFFERENCES.stream().map(k -> k.get(0)).toList();
    for (String scalar : SCALARS) {
      for (String context : CONTEXTS) {
        String document = context.replace("%s", scalar);
        if (!known.contains(document)) {
          out.add(utf8(document));
        }
      }
    }
    HAND_WRITTEN.forEach(s -> out.add(utf8(s)));
    out.addAll(bytesLevel());
    out.addAll(sized());
    return out;
  }

  private static List<byte[]> bytesLevel() {
    return List.of(
        new byte[] {(byte) 0xff},
        new byte[] {'a', ':', ' ', (byte) 0xe2, (byte) 0x82},
        new byte[] {'a', ':', ' ', (byte) 0xe2, (byte) 0x82, 'x'},
        new byte[] {'a', ':', ' ', (byte) 0xc0, (byte) 0xaf},
        new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        new byte[] {(byte) 0xf0, (byte) 0x90, (byte) 0x28},
        new byte[] {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
        utf8("a: 1\r\nb: 2\r\n"),
        utf8("a: 1\rb: 2\r"),
        utf8("a: \"x\r\n  y\"\r\n"),
        utf8("a: |\r\n  x\r\n  y\r\n"),
        utf8("\u0000"),
        utf8("a: \u007f"),
        utf8("é\u0001"),
        utf8("a: x\u0085b"),
        utf8("a: \"x\u2028y\""),
        utf8("a: \ufeff1"),
        utf8("a: \ufffe"),
        utf8("a: \uE000"));
  }

  /** Nesting and alias fan-out at sizes both loaders accept. */
  private static List<byte[]> sized() {
    List<byte[]> out = new ArrayList<>();
    for (int depth : new int[] {10, 100, 250}) {
      out.add(utf8("[".repeat(depth) + "]".repeat(depth)));
      out.add(utf8("{a: ".repeat(depth) + "1" + "}".repeat(depth)));
      StringBuilder block = new StringBuilder();
      for (int i = 0; i < depth; i++) {
        block.append(" ".repeat(i)).append("-\n");
      }
      out.add(utf8(block.toString()));
    }
    out.add(utf8(laughs(4, 10)));
    return out;
  }

  /** The "billion laughs" shape: each level lists the previous one {@code width} times. */
  static String laughs(int levels, int width) {
    StringBuilder doc = new StringBuilder("l0: &l0 lol\n");
    for (int level = 1; level <= levels; level++) {
      doc.append('l').append(level).append(": &l").append(level).append(" [");
      for (int k = 0; k < width; k++) {
        doc.append(k == 0 ? "" : ", ").append("*l").append(level - 1);
      }
      doc.append("]\n");
    }
    return doc.toString();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
