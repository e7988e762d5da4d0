package dev.precommit.commands;

import dev.precommit.git.GitRepository;
import dev.precommit.output.Console;
import dev.precommit.run.RunOptions;
import dev.precommit.run.RunPipeline;
import java.util.ArrayList;
import java.util.List;

/** {@code run}: locate the repository, re-anchor paths at its root, run the pipeline there. */
public final class Run {
  private Run() {}

  public static int run(CommandContext ctx, Console console, String config, RunOptions options)
      throws InterruptedException {
    try (GitRepository git = GitRepository.discover(ctx.cwd(), ctx.env())) {
      String configFile = RepoPaths.ifExists(config, ctx.cwd(), git.root());
      List<String> files = new ArrayList<>();
      for (String file : options.files()) {
        files.add(RepoPaths.always(file, ctx.cwd(), git.root()));
      }
      String commitMsg =
          options.commitMsgFilename() == null
              ? null
              : RepoPaths.always(options.commitMsgFilename(), ctx.cwd(), git.root());
      RunOptions anchored =
          new RunOptions(
              options.hook(),
              options.verbose(),
              options.allFiles(),
              List.copyOf(files),
              options.showDiffOnFailure(),
              options.failFast(),
              options.hookStage(),
              options.remoteBranch(),
              options.localBranch(),
              options.remoteName(),
              options.remoteUrl(),
              options.fromRef(),
              options.toRef(),
              options.preRebaseUpstream(),
              options.preRebaseBranch(),
              commitMsg,
              options.prepareCommitMessageSource(),
              options.commitObjectName(),
              options.checkoutType(),
              options.isSquashMerge(),
              options.rewriteCommand());
      return new RunPipeline(
              git, ctx.env(), console, ctx.stdout(), ctx.storeDirectory(), ctx.interrupts())
          .run(configFile, anchored);
    }
  }
}
