package dev.precommit.catalog;

import java.util.List;

/** pre-commit-hooks-removed: the stand-in entry of a removed hook; always fails. */
final class RemovedHook implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser("pre-commit-hooks-removed", "usage:", ArgParser.Positionals.ANY);
  }

  /** The script reads its first three arguments itself, without argparse. */
  @Override
  public ArgParser.Parsed parse(List<String> argv) {
    return new ArgParser.Parsed(java.util.Map.of(), argv);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws HookCrash {
    List<String> argv = args.filenames();
    if (argv.size() < 3) {
      throw new HookCrash(
          "ValueError", "not enough values to unpack (expected 3, got " + argv.size() + ")");
    }
    context.printError(
        "`" + argv.get(0) + "` has been removed -- use `" + argv.get(1) + "` from " + argv.get(2));
    return 1;
  }
}
