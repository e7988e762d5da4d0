package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.InstallHooks;
import dev.precommit.output.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "install-hooks",
    description = "Install hook environments for all environments in the config file.",
    mixinStandardHelpOptions = true)
final class InstallHooksCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx, console, () -> InstallHooks.run(top.ctx, console, config.path));
  }
}
