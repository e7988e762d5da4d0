package dev.precommit.cli;

import dev.precommit.commands.SampleConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "sample-config",
    description = "Produce a sample .pre-commit-config.yaml file",
    mixinStandardHelpOptions = true)
final class SampleConfigCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Override
  public Integer call() {
    return SampleConfig.run(color.console(top.ctx));
  }
}
