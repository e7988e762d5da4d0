package dev.precommit.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * requirements-txt-fixer: sorts requirement lines by package name, keeping each one's preceding
 * comments with it, dropping exact duplicates and {@code pkg-resources==0.0.0}.
 */
final class RequirementsTxtFixer implements BuiltinHook {
  private static final Pattern UNTIL_COMPARISON = Pattern.compile("={2,3}|!=|~=|>=?|<=?");
  private static final Pattern UNTIL_SEPARATOR = Pattern.compile("[^;\\s]+");

  @Override
  public ArgParser parser() {
    return new ArgParser(
        "requirements-txt-fixer",
        "usage: requirements-txt-fixer [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    int result = 0;
    for (String filename : args.filenames()) {
      Path file = context.path(filename);
      byte[] before = Files.readAllBytes(file);
      byte[] after = fix(before);
      if (after != null) {
        Files.write(file, after);
        context.print("Sorting " + filename);
        context.changed(filename);
        result = 1;
      }
    }
    return result;
  }

  /** A requirement: its (possibly continued) value and the comment lines above it. */
  private static final class Requirement {
    String value; // bytes as ISO-8859-1 text, so each char is one byte
    final List<String> comments = new ArrayList<>();

    boolean isComplete() {
      return value != null && !stripNewlines(value).endsWith("\\");
    }

    String name() throws HookCrash {
      String name = asciiLower(value);
      for (String egg : List.of("#egg=", "&egg=")) {
        int at = value.indexOf(egg);
        if (at >= 0) {
          return name.substring(name.indexOf(egg) + egg.length());
        }
      }
      Matcher m = UNTIL_SEPARATOR.matcher(name);
      if (!m.lookingAt()) {
        throw new HookCrash("AssertionError", "");
      }
      name = m.group();
      Matcher cut = UNTIL_COMPARISON.matcher(name);
      return cut.find() ? name.substring(0, cut.start()) : name;
    }
  }

  /** The sorted content, or null when the file is already in order. */
  static byte[] fix(byte[] bytes) throws HookCrash {
    String beforeString = new String(bytes, StandardCharsets.ISO_8859_1);
    List<String> before = new ArrayList<>();
    try (LineReader reader = new LineReader(new ByteArrayInputStream(bytes), false)) {
      for (byte[] line; (line = reader.next()) != null; ) {
        before.add(new String(line, StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (!before.isEmpty() && !before.get(before.size() - 1).endsWith("\n")) {
      before.set(before.size() - 1, before.get(before.size() - 1) + "\n");
    }
    if (asciiStrip(beforeString).isEmpty()) {
      return null;
    }
    List<Requirement> requirements = new ArrayList<>();
    for (String line : before) {
      if (requirements.isEmpty() || requirements.get(requirements.size() - 1).isComplete()) {
        requirements.add(new Requirement());
      }
      Requirement r = requirements.get(requirements.size() - 1);
      boolean blank = asciiStrip(line).isEmpty();
      if (requirements.size() == 1 && blank) {
        if (!r.comments.isEmpty() && r.comments.get(0).startsWith("#")) {
          r.value = "\n"; // a comment block at the top of the file
        } else {
          r.comments.add(line);
        }
      } else if (asciiStripLeading(line).startsWith("#") || blank) {
        r.comments.add(line);
      } else {
        r.value = r.value == null ? line : r.value + line;
      }
    }
    List<String> rest = new ArrayList<>();
    if (requirements.get(requirements.size() - 1).value == null) {
      rest = requirements.remove(requirements.size() - 1).comments;
    }
    requirements.removeIf(
        r -> r.value.equals("pkg-resources==0.0.0\n") || r.value.equals("pkg_resources==0.0.0\n"));
    List<Requirement> sorted = sort(requirements);
    StringBuilder after = new StringBuilder();
    Requirement previous = null;
    for (Requirement r : sorted) {
      r.comments.forEach(after::append);
      if (previous == null || !r.value.equals(previous.value)) {
        after.append(r.value);
        previous = r;
      }
    }
    rest.forEach(after::append);
    String afterString = after.toString();
    return afterString.equals(beforeString)
        ? null
        : afterString.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A stable sort by the original's {@code __lt__}: top comment block first, then by name. */
  private static List<Requirement> sort(List<Requirement> requirements) throws HookCrash {
    List<Requirement> sorted = new ArrayList<>(requirements);
    try {
      sorted.sort(
          (a, b) -> {
            try {
              return lessThan(a, b) ? -1 : lessThan(b, a) ? 1 : 0;
            } catch (HookCrash e) {
              throw new IllegalArgumentException(e);
            }
          });
    } catch (IllegalArgumentException e) {
      if (e.getCause() instanceof HookCrash crash) {
        throw crash;
      }
      throw e;
    }
    return sorted;
  }

  private static boolean lessThan(Requirement a, Requirement b) throws HookCrash {
    if (a.value.equals("\n")) {
      return true;
    } else if (b.value.equals("\n")) {
      return false;
    }
    String an = a.name();
    String bn = b.name();
    if (an.equals(bn)) {
      return !a.comments.isEmpty() && b.comments.isEmpty();
    }
    return an.compareTo(bn) < 0;
  }

  private static String stripNewlines(String s) {
    int end = s.length();
    while (end > 0 && (s.charAt(end - 1) == '\r' || s.charAt(end - 1) == '\n')) {
      end--;
    }
    return s.substring(0, end);
  }

  private static boolean isAsciiSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static String asciiStrip(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isAsciiSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isAsciiSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static String asciiStripLeading(String s) {
    int start = 0;
    while (start < s.length() && isAsciiSpace(s.charAt(start))) {
      start++;
    }
    return s.substring(start);
  }

  private static String asciiLower(String s) {
    char[] chars = s.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] += 'a' - 'A';
      }
    }
    return new String(chars);
  }
}
