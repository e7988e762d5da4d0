package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.Gc;
import dev.precommit.output.Console;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "gc", description = "Clean unused cached repos.", mixinStandardHelpOptions = true)
final class GcCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    return ErrorHandler.call(top.ctx, console, () -> Gc.run(top.ctx, console));
  }
}
