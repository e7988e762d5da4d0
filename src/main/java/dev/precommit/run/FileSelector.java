package dev.precommit.run;

import dev.precommit.git.GitRepository;
import dev.precommit.output.Console;
import java.util.List;
import java.util.Set;

/** pre-commit's {@code _all_filenames}: which files a run is about, by stage and options. */
final class FileSelector {
  private static final Set<String> NO_FILE_STAGES =
      Set.of("post-checkout", "post-commit", "post-merge", "post-rewrite", "pre-rebase");
  private static final Set<String> MESSAGE_STAGES = Set.of("prepare-commit-msg", "commit-msg");

  private FileSelector() {}

  static List<String> select(RunOptions options, GitRepository git, Console console) {
    if (NO_FILE_STAGES.contains(options.hookStage())) {
      return List.of();
    } else if (MESSAGE_STAGES.contains(options.hookStage())) {
      return List.of(options.commitMsgFilename());
    } else if (options.fromRef() != null
        && !options.fromRef().isEmpty()
        && options.toRef() != null
        && !options.toRef().isEmpty()) {
      return git.changedBetween(options.fromRef(), options.toRef());
    } else if (!options.files().isEmpty()) {
      return options.files();
    } else if (options.allFiles()) {
      return git.allFiles();
    } else if (git.isInMergeConflict()) {
      console.info("Checking merge-conflict files only.");
      return git.mergeConflictFiles();
    }
    return git.stagedFiles();
  }
}
