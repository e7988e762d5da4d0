package dev.precommit.catalog;

import dev.precommit.process.Shlex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * check-executables-have-shebangs: an executable file must start with {@code #!}. Where git does
 * not track the executable bit ({@code core.fileMode=false}) the index modes decide instead.
 */
final class CheckExecutablesHaveShebangs implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "check-executables-have-shebangs",
        "usage: check-executables-have-shebangs [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws IOException, HookCrash {
    String fileMode =
        new String(
                context.git(new byte[0], "config", "core.fileMode").stdout(),
                StandardCharsets.UTF_8)
            .strip();
    int result = 0;
    if (fileMode.equals("false")) {
      Set<String> seen = new LinkedHashSet<>();
      for (GitLines.StageEntry entry : GitLines.stagedEntries(context, args.filenames())) {
        if (entry.executable() && seen.add(entry.path())) {
          result |= check(context, entry.path());
        }
      }
    } else {
      for (String filename : args.filenames()) {
        result |= check(context, filename);
      }
    }
    return result;
  }

  private static int check(HookContext context, String path) throws IOException {
    if (Shebangs.hasShebang(context.path(path))) {
      return 0;
    }
    String quoted = Shlex.quote(path);
    context.printError(
        path
            + ": marked executable but has no (or invalid) shebang!\n"
            + "  If it isn't supposed to be executable, try: `chmod -x "
            + quoted
            + "`\n"
            + "  If on Windows, you may also need to: `git add --chmod=-x "
            + quoted
            + "`\n"
            + "  If it is supposed to be executable, double-check its shebang.");
    return 1;
  }
}
