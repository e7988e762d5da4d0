package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.InitTemplatedir;
import dev.precommit.output.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "init-templatedir",
    description =
        "Install hook script in a directory intended for use with `git config init.templateDir`.",
    mixinStandardHelpOptions = true)
final class InitTemplatedirCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;
  @Mixin HookTypeOption types;

  @Mixin ConfigOption config;

  @Option(names = "--no-allow-missing-config", description = "Assume cloned repos have a config.")
  boolean noAllowMissingConfig;

  @Parameters(
      paramLabel = "DIRECTORY",
      description = "The directory in which to write the hook script.")
  String directory;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx,
        console,
        () ->
            InitTemplatedir.run(
                top.ctx,
                console,
                config.path,
                directory,
                types.validated(),
                !noAllowMissingConfig));
  }
}
