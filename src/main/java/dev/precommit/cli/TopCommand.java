package dev.precommit.cli;

import dev.precommit.commands.CommandContext;
import dev.precommit.commands.Version;
import picocli.CommandLine.Command;

/** {@code precommit}: the subcommands of pre-commit. */
@Command(
    name = "precommit",
    mixinStandardHelpOptions = true,
    version = "precommit " + Version.VERSION,
    description = "A fast drop-in replacement for pre-commit.",
    subcommands = {
      RunCli.class,
      ValidateConfigCli.class,
      ValidateManifestCli.class,
      SampleConfigCli.class,
      MigrateConfigCli.class,
      InstallCli.class,
      UninstallCli.class,
      InstallHooksCli.class,
      InitTemplatedirCli.class,
      HookImplCli.class,
      AutoupdateCli.class,
      TryRepoCli.class,
      CleanCli.class,
      GcCli.class,
      InternalCli.TrainCli.class,
      InternalCli.WorkloadCli.class,
      InternalCli.WriteLauncherCli.class,
      picocli.CommandLine.HelpCommand.class
    })
public final class TopCommand {
  final CommandContext ctx;

  public TopCommand(CommandContext ctx) {
    this.ctx = ctx;
  }
}
