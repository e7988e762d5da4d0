package dev.precommit.git;

import dev.precommit.errors.FatalError;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The git CLI steps of {@code try-repo}: the remote HEAD, and a shadow commit holding a local
 * repository's uncommitted changes (written through a separate index and object directory so the
 * user's repository is not modified).
 */
public final class ScratchGit {
  private final Map<String, String> env;

  public ScratchGit(Map<String, String> env) {
    this.env = HookRepoFetcher.cleanEnv(env);
  }

  /** {@code git ls-remote --exit-code REPO HEAD}. */
  public String headRev(String repo) {
    GitCli.Output out = new GitCli(Path.of("."), env).run("ls-remote", "--exit-code", repo, "HEAD");
    if (out.exitCode() != 0) {
      throw new FatalError(
          "could not read HEAD of "
              + UrlMask.mask(repo)
              + ": "
              + new String(out.stderr(), StandardCharsets.UTF_8).strip());
    }
    return new String(out.stdout(), StandardCharsets.UTF_8).split("\\s")[0];
  }

  public boolean hasUncommittedChanges(Path repo) {
    return new GitCli(repo, env).run("diff", "--quiet", "--no-ext-diff", "HEAD").exitCode() == 1;
  }

  /** Clones {@code repo} to {@code shadow} and commits its staged and tracked changes there. */
  public String shadowCommit(Path repo, Path shadow, String ref) {
    GitCli here = new GitCli(repo, env);
    check(here.run("clone", "-q", repo.toString(), shadow.toString()));
    GitCli shadowGit = new GitCli(shadow, env);
    check(shadowGit.run("checkout", "-q", ref, "-b", "_pc_tmp"));
    Map<String, String> shadowEnv = new HashMap<>(env);
    shadowEnv.put("GIT_INDEX_FILE", shadow.resolve(".git/index").toString());
    shadowEnv.put("GIT_OBJECT_DIRECTORY", shadow.resolve(".git/objects").toString());
    GitCli into = new GitCli(repo, shadowEnv);
    String staged =
        new String(
            check(here.run("diff", "--staged", "--name-only", "--no-ext-diff", "-z")),
            StandardCharsets.UTF_8);
    List<String> add = new ArrayList<>(List.of("add", "--"));
    for (String path : staged.split("\u0000")) {
      if (!path.isEmpty()) {
        add.add(path);
      }
    }
    if (add.size() > 2) {
      check(into.run(add.toArray(String[]::new)));
    }
    check(into.run("add", "-u"));
    check(
        shadowGit.run(
            "-c",
            "user.name=pre-commit",
            "-c",
            "user.email=pre-commit@example.com",
            "commit",
            "--no-edit",
            "--no-gpg-sign",
            "-n",
            "-q",
            "-m",
            "try-repo"));
    return new String(check(shadowGit.run("rev-parse", "HEAD")), StandardCharsets.UTF_8).strip();
  }

  private static byte[] check(GitCli.Output out) {
    if (out.exitCode() != 0) {
      throw new FatalError(
          "git failed: " + new String(out.stderr(), StandardCharsets.UTF_8).strip());
    }
    return out.stdout();
  }
}
