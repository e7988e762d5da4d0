package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.MigrateConfig;
import dev.precommit.output.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "migrate-config",
    description = "Migrate list configuration to new map configuration.",
    mixinStandardHelpOptions = true)
final class MigrateConfigCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Mixin ConfigOption config;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx, console, () -> MigrateConfig.run(top.ctx, console, config.path, false));
  }
}
