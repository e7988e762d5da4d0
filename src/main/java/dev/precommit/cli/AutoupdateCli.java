package dev.precommit.cli;

import dev.precommit.commands.Autoupdate;
import dev.precommit.commands.ErrorHandler;
import dev.precommit.output.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(
    name = "autoupdate",
    description = "Auto-update pre-commit config to the latest repos' versions.",
    mixinStandardHelpOptions = true)
final class AutoupdateCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Mixin ConfigOption config;

  @Option(
      names = "--bleeding-edge",
      description =
          "Update to the bleeding edge of the default branch instead of the latest tagged version.")
  boolean bleedingEdge;

  @Option(
      names = "--freeze",
      description = "Store \"frozen\" hashes in `rev` instead of tag names.")
  boolean freeze;

  @Option(
      names = "--repo",
      description = "Only update this repository -- may be specified multiple times.")
  List<String> repos = new ArrayList<>();

  @Option(
      names = {"-j", "--jobs"},
      defaultValue = "1",
      description = "Number of threads to use (0 = number of CPUs).")
  int jobs;

  @Option(
      names = "--cooldown-days",
      defaultValue = "0",
      description = "Skip tags younger than this many days (beyond pre-commit).")
  int cooldownDays;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    Autoupdate.Request request =
        new Autoupdate.Request(
            config.path, bleedingEdge, freeze, List.copyOf(repos), jobs, cooldownDays);
    return ErrorHandler.call(top.ctx, console, () -> Autoupdate.run(top.ctx, console, request));
  }
}
