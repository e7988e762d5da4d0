package dev.precommit.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Hand-written and generated adversarial documents for the differential tests. */
final class YamlSnippets {
  private YamlSnippets() {}

  /** Scalars that exercise every implicit resolver and its edge cases. */
  static final List<String> SCALARS = resource("yaml-scalars.txt");

  static final List<String> CONTEXTS = List.of("%s", "a: %s", "- %s", "[%s]", "{%s: 1}", "%s: x");

  /** Hand-written documents: types, tags, merge keys, syntax errors, libyaml quirks. */
  static final List<String> HAND_WRITTEN = resource("yaml-documents.txt");

  /** A resource file with one JSON string per line ({@code #} lines are comments). */
  private static List<String> resource(String name) {
    try (InputStream in = YamlSnippets.class.getResourceAsStream(name)) {
      List<String> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(jsonString(line.strip()));
        }
      }
      return List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String jsonString(String literal) {
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < literal.length() - 1; i++) {
      char c = literal.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escaped = literal.charAt(++i);
      switch (escaped) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(escaped);
      }
    }
    return out.toString();
  }

  /**
   * Documents where we knowingly differ from PyYAML because snakeyaml-engine scans YAML 1.2 (see
   * the report in docs): each entry is the input and why.
   */
  static final List<List<String>> KNOWN_DIFFERENCES =
      List.of(
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
