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
    name = "install",
    description = "Install the git hook scripts.",
    mixinStandardHelpOptions = true)
final class InstallCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;
  @Mixin HookTypeOption types;

  @Mixin ConfigOption config;

  @Option(
      names = {"-f", "--overwrite"},
      description = "Overwrite existing hooks / remove migration mode.")
  boolean overwrite;

  @Option(names = "--install-hooks", description = "Also install the environments of every hook.")
  boolean installHooks;

  @Option(
      names = "--allow-missing-config",
      description = "Installed hooks pass when the config is missing.")
  boolean allowMissingConfig;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    Install.Request request =
        new Install.Request(
            config.path, types.validated(), overwrite, installHooks, allowMissingConfig);
    return ErrorHandler.call(top.ctx, console, () -> Install.install(top.ctx, console, request));
  }
}
