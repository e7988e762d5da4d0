package dev.precommit.catalog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The shapes of git output the original hooks parse, and the git queries they share. */
final class GitLines {
  private GitLines() {}

  /** {@code zsplit}: NULs at both ends dropped, then split on NUL; nothing gives no items. */
  static List<String> zsplit(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && s.charAt(start) == '\0') {
      start++;
    }
    while (end > start && s.charAt(end - 1) == '\0') {
      end--;
    }
    if (start == end) {
      return List.of();
    }
    return List.of(s.substring(start, end).split("\0", -1));
  }

  /** Python's {@code str.splitlines()}: every line boundary Python knows, ends dropped. */
  static List<String> splitlines(String s) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (isLineBreak(c)) {
        lines.add(s.substring(start, i));
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
      i++;
    }
    if (start < s.length()) {
      lines.add(s.substring(start));
    }
    return lines;
  }

  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == 0x0b
        || c == 0x0c
        || (c >= 0x1c && c <= 0x1e)
        || c == 0x85
        || c == 0x2028
        || c == 0x2029;
  }

  /** {@code git diff --staged --name-only --diff-filter=A}: staged added files, display names. */
  static Set<String> addedFiles(HookContext context) throws HookCrash {
    return new LinkedHashSet<>(
        splitlines(context.gitOutput("diff", "--staged", "--name-only", "--diff-filter=A")));
  }

  /** An index record of {@code git ls-files -z --stage}: mode and path. */
  record StageEntry(String mode, String path) {
    /** Any of the last three mode digits has the execute bit. */
    boolean executable() {
      String perms = mode.substring(Math.max(0, mode.length() - 3));
      for (char c : perms.toCharArray()) {
        if (c == '1' || c == '3' || c == '5' || c == '7') {
          return true;
        }
      }
      return false;
    }
  }

  static List<StageEntry> stagedEntries(HookContext context, List<String> paths) throws HookCrash {
    List<String> args = new ArrayList<>(List.of("ls-files", "-z", "--stage", "--"));
    args.addAll(paths);
    List<StageEntry> entries = new ArrayList<>();
    for (String record : zsplit(context.gitOutput(args.toArray(String[]::new)))) {
      String[] metaAndPath = record.split("\t", -1);
      if (metaAndPath.length != 2) {
        throw new HookCrash("ValueError", "too many values to unpack (expected 2)");
      }
      entries.add(new StageEntry(metaAndPath[0].split(" ")[0], metaAndPath[1]));
    }
    return entries;
  }
}
