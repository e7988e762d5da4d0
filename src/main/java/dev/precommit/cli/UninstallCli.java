package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.Install;
import dev.precommit.output.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "uninstall",
    description = "Uninstall the git hook scripts.",
    mixinStandardHelpOptions = true)
final class UninstallCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;
  @Mixin HookTypeOption types;

  @Option(
      names = {"-c", "--config"},
      defaultValue = ".pre-commit-config.yaml")
  String config;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx, console, () -> Install.uninstall(top.ctx, console, config, types.validated()));
  }
}
