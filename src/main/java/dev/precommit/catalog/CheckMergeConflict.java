package dev.precommit.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** check-merge-conflict: conflict markers at line starts, while a merge or rebase is going on. */
final class CheckMergeConflict implements BuiltinHook {
  private static final String[] PATTERNS = {
    "<<<<<<< ", "======= ", "=======\r\n", "=======\n", ">>>>>>> "
  };

  @Override
  public ArgParser parser() {
    return new ArgParser(
            "check-merge-conflict",
            "usage: check-merge-conflict [-h] [--assume-in-merge] [filenames ...]",
            ArgParser.Positionals.ANY)
        .flag(null, "--assume-in-merge");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    String gitDir = context.gitOutput("rev-parse", "--git-dir").stripTrailing();
    if (!isInMerge(context.cwd().resolve(gitDir)) && !args.flag("assume_in_merge")) {
      return 0;
    }
    byte[][] patterns = new byte[PATTERNS.length][];
    for (int i = 0; i < PATTERNS.length; i++) {
      patterns[i] = PATTERNS[i].getBytes(StandardCharsets.US_ASCII);
    }
    int result = 0;
    for (String filename : args.filenames()) {
      try (LineReader lines = new LineReader(context.open(filename), false)) {
        int n = 0;
        for (byte[] line; (line = lines.next()) != null; ) {
          n++;
          for (int p = 0; p < patterns.length; p++) {
            if (startsWith(line, patterns[p])) {
              context.print(
                  filename
                      + ":"
                      + n
                      + ": Merge conflict string '"
                      + PATTERNS[p].strip()
                      + "' found");
              result = 1;
            }
          }
        }
      }
    }
    return result;
  }

  private static boolean isInMerge(Path gitDir) {
    return Files.exists(gitDir.resolve("MERGE_MSG"))
        && (Files.exists(gitDir.resolve("MERGE_HEAD"))
            || Files.exists(gitDir.resolve("rebase-apply"))
            || Files.exists(gitDir.resolve("rebase-merge")));
  }

  private static boolean startsWith(byte[] line, byte[] prefix) {
    if (line.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
