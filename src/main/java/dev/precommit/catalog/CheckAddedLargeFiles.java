package dev.precommit.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** check-added-large-files: staged added files (or all with --enforce-all) over --maxkb. */
final class CheckAddedLargeFiles implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
            "check-added-large-files",
            """
            usage: check-added-large-files [-h] [--enforce-all] [--maxkb MAXKB]
                                           [filenames ...]""",
            ArgParser.Positionals.ANY)
        .flag("Enforce all files are checked, not just staged files.", "--enforce-all")
        .integer("MAXKB", 500, "Maximum allowable KB for added files", "--maxkb");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    Set<String> files = new LinkedHashSet<>(args.filenames());
    if (!files.isEmpty()) {
      // files tracked by git-lfs are never "large"
      byte[] names = String.join("\0", files).getBytes(StandardCharsets.UTF_8);
      List<String> attrs =
          GitLines.zsplit(context.gitOutput(names, "check-attr", "filter", "-z", "--stdin"));
      for (int i = 0; i + 2 < attrs.size(); i += 3) {
        if (attrs.get(i + 2).equals("lfs")) {
          files.remove(attrs.get(i));
        }
      }
    }
    if (!args.flag("enforce_all")) {
      files.retainAll(GitLines.addedFiles(context));
    }
    int maxkb = args.integer("maxkb");
    int result = 0;
    for (String filename : files) {
      long size = Files.size(context.path(filename));
      long kb = (size + 1023) / 1024;
      if (kb > maxkb) {
        context.print(filename + " (" + kb + " KB) exceeds " + maxkb + " KB.");
        result = 1;
      }
    }
    return result;
  }
}
