package dev.precommit.catalog;

import java.io.IOException;

/** One console script of pre-commit-hooks, reimplemented to run in-process. */
interface BuiltinHook {
  /** The argparse definition: prog, usage and options, exactly as the original's. */
  ArgParser parser();

  /** Parses argv (without argv[0]); a script without argparse overrides this. */
  default ArgParser.Parsed parse(java.util.List<String> argv) throws ArgParser.Exit {
    return parser().parse(argv);
  }

  /**
   * Runs on the parsed arguments and returns the exit code. A thrown exception is the original's
   * traceback: exit 1, files after the failing one left alone. {@code parser.error(...)} is thrown
   * as an {@link ArgParser.Exit}.
   */
  int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash, ArgParser.Exit;
}
