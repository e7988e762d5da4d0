package dev.precommit.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** file-contents-sorter: sorts the non-blank lines of a file (bytes, optionally case-folded). */
final class FileContentsSorter implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
            "file-contents-sorter",
            """
            usage: file-contents-sorter [-h] [--ignore-case | --unique]
                                        filenames [filenames ...]""",
            ArgParser.Positionals.AT_LEAST_ONE)
        .exclusiveFlag(1, "fold lower case to upper case characters", "--ignore-case")
        .exclusiveFlag(1, "ensure each line is unique", "--unique");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException {
    boolean ignoreCase = args.flag("ignore_case");
    boolean unique = args.flag("unique");
    int result = 0;
    for (String filename : args.filenames()) {
      Path file = context.path(filename);
      byte[] before = Files.readAllBytes(file);
      List<byte[]> lines = new ArrayList<>();
      try (LineReader reader = new LineReader(new java.io.ByteArrayInputStream(before), false)) {
        for (byte[] line; (line = reader.next()) != null; ) {
          if (!isBlank(line)) {
            lines.add(stripNewlines(line));
          }
        }
      }
      if (unique) {
        List<byte[]> distinct = new ArrayList<>();
        LinkedHashSet<String> seen = new LinkedHashSet<>();
        for (byte[] line : lines) {
          if (seen.add(new String(line, java.nio.charset.StandardCharsets.ISO_8859_1))) {
            distinct.add(line);
          }
        }
        lines = distinct;
      }
      Comparator<byte[]> order =
          ignoreCase
              ? Comparator.comparing(FileContentsSorter::asciiLower, Arrays::compareUnsigned)
              : Arrays::compareUnsigned;
      lines.sort(order);
      ByteArrayOutputStream after = new ByteArrayOutputStream();
      for (byte[] line : lines) {
        after.writeBytes(line);
        after.write('\n');
      }
      if (!Arrays.equals(before, after.toByteArray())) {
        Files.write(file, after.toByteArray());
        context.print("Sorting " + filename);
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }

  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (!(b == ' ' || (b >= '\t' && b <= '\r'))) {
        return false;
      }
    }
    return true;
  }

  private static byte[] stripNewlines(byte[] line) {
    int end = line.length;
    while (end > 0 && (line[end - 1] == '\n' || line[end - 1] == '\r')) {
      end--;
    }
    return Arrays.copyOf(line, end);
  }

  private static byte[] asciiLower(byte[] line) {
    byte[] out = line.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] >= 'A' && out[i] <= 'Z') {
        out[i] += 'a' - 'A';
      }
    }
    return out;
  }
}
