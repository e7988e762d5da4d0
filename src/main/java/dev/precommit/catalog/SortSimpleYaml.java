package dev.precommit.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * sort-simple-yaml: sorts the blank-line separated blocks of a file of top-level keys by their
 * first key, keeping a leading comment header in place.
 */
final class SortSimpleYaml implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "sort-simple-yaml",
        "usage: sort-simple-yaml [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    int result = 0;
    for (String filename : args.filenames()) {
      Path file = context.path(filename);
      String text = Utf8.readText(file);
      List<String> lines = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl + 1;
        lines.add(rstrip(text.substring(start, end)));
        start = end;
      }
      List<String> sorted = sort(lines);
      if (!lines.equals(sorted)) {
        context.print("Fixing file `" + filename + "`");
        Files.write(file, (String.join("\n", sorted) + "\n").getBytes(StandardCharsets.UTF_8));
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }

  static List<String> sort(List<String> input) {
    List<String> lines = new ArrayList<>(input);
    List<String> result = new ArrayList<>();
    while (!lines.isEmpty() && !lines.get(0).isEmpty() && lines.get(0).startsWith("#")) {
      result.add(lines.remove(0));
    }
    List<List<String>> blocks = new ArrayList<>();
    while (!lines.isEmpty()) {
      if (lines.get(0).isEmpty()) {
        lines.remove(0);
        continue;
      }
      List<String> block = new ArrayList<>();
      while (!lines.isEmpty() && !lines.get(0).isEmpty()) {
        block.add(lines.remove(0));
      }
      blocks.add(block);
    }
    blocks.sort((a, b) -> CheckCaseConflict.byCodePoint(firstKey(a), firstKey(b)));
    for (List<String> block : blocks) {
      if (!result.isEmpty()) {
        result.add("");
      }
      result.addAll(block);
    }
    return result;
  }

  private static String firstKey(List<String> block) {
    for (String line : block) {
      if (line.startsWith("#")) {
        continue;
      }
      return line.startsWith("'") || line.startsWith("\"") ? line.substring(1) : line;
    }
    return "";
  }

  /** Python's {@code str.rstrip()}: Unicode whitespace as {@code str.isspace} defines it. */
  static String rstrip(String s) {
    int end = s.length();
    while (end > 0 && isPythonSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  static boolean isPythonSpace(char c) {
    return Character.isWhitespace(c) || c == 0x85 || c == 0xa0 || c == 0x2007 || c == 0x202f;
  }
}
