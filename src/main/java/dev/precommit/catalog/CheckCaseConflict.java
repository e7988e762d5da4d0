package dev.precommit.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** check-case-conflict: names (and their directories) equal but for case. */
final class CheckCaseConflict implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-case-conflict",
        "usage: check-case-conflict [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws HookCrash {
    Set<String> repo = new HashSet<>(GitLines.splitlines(context.gitOutput("ls-files")));
    repo.addAll(directoriesOf(repo));
    Set<String> relevant = new HashSet<>(args.filenames());
    relevant.addAll(GitLines.addedFiles(context));
    relevant.addAll(directoriesOf(relevant));
    repo.removeAll(relevant);
    Set<String> repoLower = new HashSet<>();
    for (String name : repo) {
      repoLower.add(lower(name));
    }
    Set<String> conflicts = new HashSet<>();
    Map<String, Integer> relevantLower = new HashMap<>();
    for (String name : relevant) {
      relevantLower.merge(lower(name), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : relevantLower.entrySet()) {
      if (repoLower.contains(e.getKey()) || e.getValue() > 1) {
        conflicts.add(e.getKey());
      }
    }
    if (conflicts.isEmpty()) {
      return 0;
    }
    Set<String> all = new TreeSet<>(CheckCaseConflict::byCodePoint);
    all.addAll(repo);
    all.addAll(relevant);
    for (String name : all) {
      if (conflicts.contains(lower(name))) {
        context.print("Case-insensitivity conflict found: " + name);
      }
    }
    return 1;
  }

  /** Every parent directory of every name: {@code a/b/c} gives {@code a/b} and {@code a}. */
  private static Set<String> directoriesOf(Set<String> names) {
    Set<String> dirs = new HashSet<>();
    for (String name : names) {
      // each prefix before a '/', longest first; once one is known, so are all shorter ones
      for (int slash = name.lastIndexOf('/');
          slash >= 0;
          slash = name.lastIndexOf('/', slash - 1)) {
        if (!dirs.add(name.substring(0, slash))) {
          break;
        }
      }
    }
    return dirs;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
