package dev.precommit.cli;

import dev.precommit.commands.ErrorHandler;
import dev.precommit.commands.Run;
import dev.precommit.config.Stages;
import dev.precommit.output.Console;
import dev.precommit.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code run [HOOK]}: options only; the work is in {@link Run}. */
@Command(name = "run", description = "Run hooks.", mixinStandardHelpOptions = true)
final class RunCli implements Callable<Integer> {
  @ParentCommand TopCommand top;
  @Spec CommandSpec spec;
  @Mixin ColorOption color;

  @Option(names = {"-c", "--config"}, defaultValue = ".pre-commit-config.yaml")
  String config;

  @Parameters(arity = "0..1", paramLabel = "hook", description = "A single hook-id to run")
  String hook;

  @Option(names = {"-v", "--verbose"})
  boolean verbose;

  static final class FileChoice {
    @Option(
        names = {"-a", "--all-files"},
        description = "Run on all the files in the repo.")
    boolean allFiles;

    @Option(names = "--files", arity = "0..*", description = "Specific filenames to run hooks on.")
    List<String> files;
  }

  @ArgGroup(exclusive = true)
  FileChoice fileChoice;

  @Option(names = "--show-diff-on-failure")
  boolean showDiffOnFailure;

  @Option(names = "--fail-fast")
  boolean failFast;

  @Option(names = "--hook-stage", defaultValue = "pre-commit")
  String hookStage;

  @Option(names = "--remote-branch")
  String remoteBranch;

  @Option(names = "--local-branch")
  String localBranch;

  @Option(names = "--remote-name")
  String remoteName;

  @Option(names = "--remote-url")
  String remoteUrl;

  @Option(names = {"--from-ref", "--source", "-s"})
  String fromRef;

  @Option(names = {"--to-ref", "--origin", "-o"})
  String toRef;

  @Option(names = "--pre-rebase-upstream")
  String preRebaseUpstream;

  @Option(names = "--pre-rebase-branch")
  String preRebaseBranch;

  @Option(names = "--commit-msg-filename")
  String commitMsgFilename;

  @Option(names = "--prepare-commit-message-source")
  String prepareCommitMessageSource;

  @Option(names = "--commit-object-name")
  String commitObjectName;

  @Option(names = "--checkout-type")
  String checkoutType;

  @Option(names = "--is-squash-merge")
  String isSquashMerge;

  @Option(names = "--rewrite-command")
  String rewriteCommand;

  @Override
  public Integer call() {
    String stage = (String) dev.precommit.config.Stages.transform(hookStage);
    if (!Stages.STAGES.contains(stage)) {
      throw new ParameterException(
          spec.commandLine(),
          "argument --hook-stage: invalid choice: '"
              + hookStage
              + "' (choose from "
              + String.join(", ", Stages.STAGES)
              + ")");
    }
    Console console = color.console(top.ctx);
    boolean all = fileChoice != null && fileChoice.allFiles;
    List<String> files =
        fileChoice != null && fileChoice.files != null
            ? new ArrayList<>(fileChoice.files)
            : List.of();
    RunOptions options =
        new RunOptions(
            hook, verbose, all, files, showDiffOnFailure, failFast, stage, remoteBranch,
            localBranch, remoteName, remoteUrl, fromRef, toRef, preRebaseUpstream,
            preRebaseBranch, commitMsgFilename, prepareCommitMessageSource, commitObjectName,
            checkoutType, isSquashMerge, rewriteCommand);
    return ErrorHandler.call(top.ctx, console, () -> Run.run(top.ctx, console, config, options));
  }
}
