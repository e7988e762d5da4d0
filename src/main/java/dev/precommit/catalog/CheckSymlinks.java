package dev.precommit.catalog;

import java.nio.file.Files;
import java.nio.file.Path;

/** check-symlinks: a symlink must lead to something that exists. */
final class CheckSymlinks implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-symlinks", "usage: check-symlinks [-h] [filenames ...]", ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) {
    int result = 0;
    for (String filename : args.filenames()) {
      Path path = context.path(filename);
      if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        context.print(filename + ": Broken symlink");
        result = 1;
      }
    }
    return result;
  }
}
