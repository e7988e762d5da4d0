package dev.precommit.cli;

import dev.precommit.config.Stages;
import dev.precommit.run.RunOptions;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options shared by {@code run} and {@code try-repo}. */
final class RunOptionsMixin {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = {"--verbose", "-v"})
  boolean verbose;

  static final class FileChoice {
    @Option(
        names = {"--all-files", "-a"},
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

  RunOptions toOptions(String hook) {
    String stage = (String) Stages.transform(hookStage);
    if (!Stages.STAGES.contains(stage)) {
      throw new ParameterException(
          spec.commandLine(),
          "argument --hook-stage: invalid choice: '"
              + hookStage
              + "' (choose from "
              + String.join(", ", Stages.STAGES.stream().map(t -> "'" + t + "'").toList())
              + ")");
    }
    boolean all = fileChoice != null && fileChoice.allFiles;
    List<String> files =
        fileChoice != null && fileChoice.files != null
            ? new ArrayList<>(fileChoice.files)
            : List.of();
    return new RunOptions(
        hook,
        verbose,
        all,
        List.copyOf(files),
        showDiffOnFailure,
        failFast,
        stage,
        remoteBranch,
        localBranch,
        remoteName,
        remoteUrl,
        fromRef,
        toRef,
        preRebaseUpstream,
        preRebaseBranch,
        commitMsgFilename,
        prepareCommitMessageSource,
        commitObjectName,
        checkoutType,
        isSquashMerge,
        rewriteCommand);
  }
}
