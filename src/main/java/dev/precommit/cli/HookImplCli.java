package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.HookImpl;
import dev.precommit.output.Console;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The internal command installed hook scripts call. */
@Command(name = "hook-impl", hidden = true)
final class HookImplCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Mixin ColorOption color;

  @Mixin ConfigOption config;

  @Option(names = "--hook-type", required = true)
  String hookType;

  @Option(names = "--hook-dir")
  String hookDir;

  @Option(names = "--skip-on-missing-config")
  boolean skipOnMissingConfig;

  @Parameters(paramLabel = "args")
  List<String> args = new ArrayList<>();

  @Override
  public Integer call() {
    Console console = color.console(top.ctx);
    HookImpl.Request request =
        new HookImpl.Request(
            config.path, hookType, hookDir, skipOnMissingConfig, List.copyOf(args));
    return ErrorHandler.call(top.ctx, console, () -> HookImpl.run(top.ctx, console, request));
  }
}
