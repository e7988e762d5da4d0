package dev.precommit.run;

import java.util.List;

/** The options of {@code run} (and of {@code hook-impl} and {@code try-repo}, which build one). */
public record RunOptions(
    String hook,
    boolean verbose,
    boolean allFiles,
    List<String> files,
    boolean showDiffOnFailure,
    boolean failFast,
    String hookStage,
    String remoteBranch,
    String localBranch,
    String remoteName,
    String remoteUrl,
    String fromRef,
    String toRef,
    String preRebaseUpstream,
    String preRebaseBranch,
    String commitMsgFilename,
    String prepareCommitMessageSource,
    String commitObjectName,
    String checkoutType,
    String isSquashMerge,
    String rewriteCommand) {

  /** Options with every value at its default, for the given stage. */
  public static RunOptions forStage(String stage) {
    return new RunOptions(
        null, false, false, List.of(), false, false, stage, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null);
  }

  /** Whether unstaged changes are stashed: a run on staged files. */
  public boolean stashesUnstaged() {
    return !allFiles && files.isEmpty();
  }
}
