package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.Validate;
import dev.precommit.output.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "validate-manifest",
    description = "Validate .pre-commit-hooks.yaml files",
    mixinStandardHelpOptions = true)
final class ValidateManifestCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Parameters(paramLabel = "filenames", arity = "0..*")
  List<String> filenames = new ArrayList<>();

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx, console, () -> Validate.manifests(top.ctx, console, filenames));
  }
}
