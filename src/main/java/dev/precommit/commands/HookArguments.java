package dev.precommit.commands;

import dev.precommit.git.GitRepository;
import dev.precommit.run.RunOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** pre-commit's {@code _run_ns}: a git hook's arguments (and pre-push's stdin) as run options. */
final class HookArguments {
  /** Exact argument counts; prepare-commit-msg and pre-rebase take ranges. */
  static final Map<String, Integer> ARG_COUNTS =
      Map.of(
          "commit-msg", 1,
          "post-checkout", 3,
          "post-commit", 0,
          "pre-commit", 0,
          "pre-merge-commit", 0,
          "post-merge", 1,
          "post-rewrite", 1,
          "pre-push", 2);

  private HookArguments() {}

  /** The options for this hook, or null when there is nothing to run (e.g. nothing to push). */
  static RunOptions toRunOptions(String type, List<String> args, byte[] stdin, GitRepository git) {
    Builder b = new Builder(type);
    switch (type) {
      case "pre-push":
        return prePush(args, stdin, git);
      case "commit-msg":
        b.commitMsgFilename = args.get(0);
        break;
      case "prepare-commit-msg":
        b.commitMsgFilename = args.get(0);
        b.source = args.size() > 1 ? args.get(1) : null;
        b.objectName = args.size() > 2 ? args.get(2) : null;
        break;
      case "post-checkout":
        b.fromRef = args.get(0);
        b.toRef = args.get(1);
        b.checkoutType = args.get(2);
        break;
      case "post-merge":
        b.isSquashMerge = args.get(0);
        break;
      case "post-rewrite":
        b.rewriteCommand = args.get(0);
        break;
      case "pre-rebase":
        b.upstream = args.get(0);
        b.branch = args.size() > 1 ? args.get(1) : null;
        break;
      default:
        break;
    }
    return b.build();
  }

  /**
   * pre-push: the first ref line that needs checking decides the range. A deleted branch is
   * skipped; a remote sha we have means "from there"; otherwise the commits not yet on the remote,
   * or every file when they reach a root commit.
   */
  private static RunOptions prePush(List<String> args, byte[] stdin, GitRepository git) {
    for (String line : new String(stdin, StandardCharsets.UTF_8).split("\n")) {
      String[] parts = rsplit(line.strip(), 3);
      if (parts == null) {
        continue;
      }
      String localBranch = parts[0];
      String localSha = parts[1];
      String remoteBranch = parts[2];
      String remoteSha = parts[3];
      Builder b = new Builder("pre-push");
      b.remoteName = args.get(0);
      b.remoteUrl = args.get(1);
      b.localBranch = localBranch;
      b.remoteBranch = remoteBranch;
      if (isZero(localSha)) {
        continue;
      } else if (!isZero(remoteSha) && git.isCommit(remoteSha)) {
        b.fromRef = remoteSha;
        b.toRef = localSha;
        return b.build();
      }
      List<String> ancestors = git.commitsNotOnRemote(localSha, args.get(0));
      if (ancestors.isEmpty()) {
        continue;
      }
      String first = ancestors.get(0);
      if (git.rootCommits(localSha).contains(first)) {
        b.allFiles = true;
      } else {
        b.fromRef = git.revParse(first + "^");
        b.toRef = localSha;
      }
      return b.build();
    }
    return null;
  }

  private static boolean isZero(String sha) {
    return sha.chars().allMatch(c -> c == '0');
  }

  /** Python's {@code line.rsplit(maxsplit=3)}: refs containing spaces survive on the left. */
  private static String[] rsplit(String line, int maxsplit) {
    if (line.isEmpty()) {
      return null;
    }
    String[] out = new String[maxsplit + 1];
    String rest = line;
    for (int i = maxsplit; i > 0; i--) {
      int space = rest.lastIndexOf(' ');
      if (space < 0) {
        return null;
      }
      out[i] = rest.substring(space + 1);
      rest = rest.substring(0, space).stripTrailing();
    }
    out[0] = rest;
    return out;
  }

  /** Mutable collector for the handful of values each hook type sets. */
  private static final class Builder {
    final String stage;
    boolean allFiles;
    String fromRef;
    String toRef;
    String remoteName;
    String remoteUrl;
    String remoteBranch;
    String localBranch;
    String commitMsgFilename;
    String source;
    String objectName;
    String checkoutType;
    String isSquashMerge;
    String rewriteCommand;
    String upstream;
    String branch;

    Builder(String stage) {
      this.stage = stage;
    }

    RunOptions build() {
      return new RunOptions(
          null,
          false,
          allFiles,
          List.of(),
          false,
          false,
          stage,
          remoteBranch,
          localBranch,
          remoteName,
          remoteUrl,
          fromRef,
          toRef,
          upstream,
          branch,
          commitMsgFilename,
          source,
          objectName,
          checkoutType,
          isSquashMerge,
          rewriteCommand);
    }
  }
}
