package dev.precommit.config;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded, structure-aware-ish mutations of YAML text for fuzzing the loader. */
final class YamlMutator {
  private static final String[] INSERTS = {
    "\t", ":", ": ", "'", "\"", "-", "- ", "? ", "[", "]", "{", "}", ",", "#", "&a ", "*a", "!",
    "!!", "|", ">", "\n", "  ", "\\", "%", "@", "`", "é", "😀", "\u00a0", "<<: ", "~", "0x", "1.5",
    "yes", "...", "---", "&", "*", "=", "\r", "\ufeff"
  };

  private final Random random;

  YamlMutator(long seed) {
    this.random = new Random(seed);
  }

  /** One to three random edits of the document. */
  byte[] mutate(byte[] document) {
    String text = new String(document, StandardCharsets.UTF_8);
    int edits = 1 + random.nextInt(3);
    for (int k = 0; k < edits; k++) {
      text = edit(text);
    }
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private String edit(String text) {
    if (text.isEmpty()) {
      return INSERTS[random.nextInt(INSERTS.length)];
    }
    int at = random.nextInt(text.length());
    // Keep surrogate pairs whole so every mutant stays valid UTF-16.
    if (Character.isLowSurrogate(text.charAt(at)) && at > 0) {
      at--;
    }
    int width = Character.charCount(text.codePointAt(at));
    return switch (random.nextInt(9)) {
      case 0 -> text.substring(0, at) + text.substring(at + width);
      case 1 -> text.substring(0, at + width) + text.substring(at);
      case 2 -> swap(text, at);
      case 3, 4 ->
          text.substring(0, at) + INSERTS[random.nextInt(INSERTS.length)] + text.substring(at);
      case 5 -> lineEdit(text, at, "");
      case 6 -> lineEdit(text, at, "dup");
      case 7 -> lineEdit(text, at, "  ");
      default -> lineEdit(text, at, "dedent");
    };
  }

  private static String swap(String text, int at) {
    if (at + 1 >= text.length()
        || Character.isSurrogate(text.charAt(at))
        || Character.isSurrogate(text.charAt(at + 1))) {
      return text;
    }
    return text.substring(0, at) + text.charAt(at + 1) + text.charAt(at) + text.substring(at + 2);
  }

  /** Deletes, duplicates, indents or dedents the line containing {@code at}. */
  private static String lineEdit(String text, int at, String how) {
    int start = text.lastIndexOf('\n', at - 1) + 1;
    int end = text.indexOf('\n', at);
    end = end < 0 ? text.length() : end + 1;
    String line = text.substring(start, end);
    String replaced =
        switch (how) {
          case "" -> "";
          case "dup" -> line + (line.endsWith("\n") ? "" : "\n") + line;
          case "dedent" -> line.startsWith("  ") ? line.substring(2) : line.stripLeading();
          default -> how + line;
        };
    return text.substring(0, start) + replaced + text.substring(end);
  }

  static List<byte[]> mutants(List<byte[]> seeds, int perSeed, long seed) {
    YamlMutator mutator = new YamlMutator(seed);
    List<byte[]> out = new ArrayList<>();
    for (byte[] document : seeds) {
      for (int k = 0; k < perSeed; k++) {
        out.add(mutator.mutate(document));
      }
    }
    return out;
  }
}
