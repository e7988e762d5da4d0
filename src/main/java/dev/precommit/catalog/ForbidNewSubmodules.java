package dev.precommit.catalog;

import java.util.ArrayList;
import java.util.List;

/** forbid-new-submodules: gitlinks (mode 160000) added by the commit or the pushed range. */
final class ForbidNewSubmodules implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
        "forbid-new-submodules",
        "usage: forbid-new-submodules [-h] [filenames ...]",
        ArgParser.Positionals.ANY);
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws HookCrash {
    String from = context.env().get("PRE_COMMIT_FROM_REF");
    String to = context.env().get("PRE_COMMIT_TO_REF");
    String range = from != null && to != null ? from + "..." + to : "--staged";
    List<String> cmd = new ArrayList<>(List.of("diff", "--diff-filter=A", "--raw", range, "--"));
    cmd.addAll(args.filenames());
    int result = 0;
    for (String line : GitLines.splitlines(context.gitOutput(cmd.toArray(String[]::new)))) {
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new HookCrash("ValueError", "not enough values to unpack (expected 2, got 1)");
      }
      String[] metadata = line.substring(0, tab).split(" ", -1);
      if (metadata.length > 1 && metadata[1].equals("160000")) {
        context.print(line.substring(tab + 1) + ": new submodule introduced");
        result = 1;
      }
    }
    if (result != 0) {
      context.print("");
      context.print("This commit introduces new submodules.");
      context.print("Did you unintentionally `git add .`?");
      context.print("To fix: git rm {thesubmodule}  # no trailing slash");
      context.print("Also check .gitmodules");
    }
    return result;
  }
}
