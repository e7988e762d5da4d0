package dev.precommit.catalog;

import dev.precommit.git.GitCommand;
import dev.precommit.regex.InvalidPythonRegexException;
import dev.precommit.regex.PythonRegex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** no-commit-to-branch: fails on protected branches; prints nothing. */
final class NoCommitToBranch implements BuiltinHook {
  @Override
  public ArgParser parser() {
    return new ArgParser(
            "no-commit-to-branch",
            "usage: no-commit-to-branch [-h] [-b BRANCH] [-p PATTERN]",
            ArgParser.Positionals.NONE)
        .append(
            "BRANCH",
            "branch to disallow commits to, may be specified multiple times",
            "-b",
            "--branch")
        .append(
            "PATTERN",
            "regex pattern for branch name to disallow commits to, may be specified multiple"
                + " times",
            "-p",
            "--pattern");
  }

  @Override
  public int run(ArgParser.Parsed args, HookContext context) throws HookCrash {
    GitCommand.Output ref = context.git(new byte[0], "symbolic-ref", "HEAD");
    if (ref.exitCode() != 0) {
      return 0; // detached HEAD: not on any branch
    }
    String[] chunks = new String(ref.stdout(), StandardCharsets.UTF_8).strip().split("/", -1);
    String branch =
        String.join("/", Arrays.copyOfRange(chunks, Math.min(2, chunks.length), chunks.length));
    List<String> protectedBranches =
        args.list("branch").isEmpty() ? List.of("master", "main") : args.list("branch");
    if (protectedBranches.contains(branch)) {
      return 1;
    }
    for (String pattern : args.list("pattern")) {
      try {
        if (PythonRegex.compile(pattern).matcher(branch).lookingAt()) {
          return 1;
        }
      } catch (InvalidPythonRegexException e) {
        throw new HookCrash("re.error", e.getMessage());
      }
    }
    return 0;
  }
}
