package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.Train;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Hidden commands the launcher and install.sh use. */
final class InternalCli {
  private InternalCli() {}

  @Command(name = "__train", hidden = true)
  static final class TrainCli implements Callable<Integer> {
    @ParentCommand TopCommand top;

    @Override
    public Integer call() {
      return ErrorHandler.call(top.ctx, top.ctx.console("never"), () -> Train.train(top.ctx));
    }
  }

  @Command(name = "__train-workload", hidden = true)
  static final class WorkloadCli implements Callable<Integer> {
    @ParentCommand TopCommand top;

    @Override
    public Integer call() {
      return ErrorHandler.call(top.ctx, top.ctx.console("never"), () -> Train.workload(top.ctx));
    }
  }

  @Command(name = "__write-launcher", hidden = true)
  static final class WriteLauncherCli implements Callable<Integer> {
    @ParentCommand TopCommand top;

    @Parameters(index = "0")
    Path target;

    @Override
    public Integer call() {
      return ErrorHandler.call(
          top.ctx, top.ctx.console("never"), () -> Train.writeLauncher(top.ctx, target));
    }
  }
}
