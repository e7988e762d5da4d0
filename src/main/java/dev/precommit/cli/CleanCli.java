package dev.precommit.cli;

import dev.precommit.commands.Clean;
import dev.precommit.commands.ErrorHandler;
import dev.precommit.output.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "clean",
    description = "Clean out pre-commit files.",
    mixinStandardHelpOptions = true)
final class CleanCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(top.ctx, console, () -> Clean.run(top.ctx, console));
  }
}
