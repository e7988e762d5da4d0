package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.Run;
import dev.precommit.output.Console;
import dev.precommit.run.RunOptions;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code run [HOOK]}: options only; the work is in {@link Run}. */
@Command(name = "run", description = "Run hooks.", mixinStandardHelpOptions = true)
final class RunCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;
  @Mixin RunOptionsMixin run;

  @Mixin ConfigOption config;

  @Parameters(arity = "0..1", paramLabel = "hook", description = "A single hook-id to run")
  String hook;

  @Override
  public Integer call() {
    RunOptions options = run.toOptions(hook);
    Console console = color.console(top.ctx);
    return ErrorHandler.call(
        top.ctx, console, () -> Run.run(top.ctx, console, config.path, options));
  }
}
