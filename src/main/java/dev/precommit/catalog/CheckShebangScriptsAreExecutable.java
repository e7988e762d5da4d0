package dev.precommit.catalog;

import dev.precommit.process.Shlex;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

/** check-shebang-scripts-are-executable: a tracked file starting with {@code #!} must be +x. */
final class CheckShebangScriptsAreExecutable implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-shebang-scripts-are-executable",
        "usage: check-shebang-scripts-are-executable [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    int result = 0;
    Set<String> seen = new LinkedHashSet<>();
    for (GitLines.StageEntry entry : GitLines.stagedEntries(context, args.filenames())) {
      if (entry.executable() || !seen.add(entry.path())) {
        continue;
      }
      if (Shebangs.hasShebang(context.path(entry.path()))) {
        String quoted = Shlex.quote(entry.path());
        context.printError(
            entry.path()
                + ": has a shebang but is not marked executable!\n"
                + "  If it is supposed to be executable, try: `chmod +x "
                + quoted
                + "`\n"
                + "  If on Windows, you may also need to: `git add --chmod=+x "
                + quoted
                + "`\n"
                + "  If it is not supposed to be executable, double-check its shebang is wanted.\n");
        result = 1;
      }
    }
    return result;
  }
}
