package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.TryRepo;
import dev.precommit.output.Console;
import dev.precommit.run.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "try-repo",
    description = "Try the hooks in a repository, useful for developing new hooks.",
    mixinStandardHelpOptions = true)
final class TryRepoCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;
  @Mixin RunOptionsMixin run;

  @Mixin ConfigOption config;

  @Option(
      names = {"--ref", "--rev"},
      description = "Manually select a rev to run against.")
  String ref;

  @Parameters(index = "0", paramLabel = "REPO", description = "Repository to source hooks from.")
  String repo;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "hook",
      description = "A single hook-id to run")
  String hook;

  @Override
  public Integer call() {
    RunOptions options = run.toOptions(hook);
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx, console, () -> TryRepo.run(top.ctx, console, repo, ref, options));
  }
}
