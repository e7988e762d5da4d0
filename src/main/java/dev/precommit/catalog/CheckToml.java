package dev.precommit.catalog;

import java.io.IOException;

/** check-toml: each file must parse as TOML 1.0 (Python's tomllib). */
final class CheckToml implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-toml", "usage: check-toml [-h] [filenames ...]", ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    int result = 0;
    for (String filename : args.filenames()) {
      String text = Utf8.decode(context.readAllBytes(filename));
      try {
        TomlChecker.check(text);
      } catch (TomlChecker.TomlError e) {
        context.print(filename + ": " + e.getMessage());
        result = 1;
      }
    }
    return result;
  }
}
