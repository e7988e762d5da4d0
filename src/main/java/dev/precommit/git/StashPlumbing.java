package dev.precommit.git;

import dev.precommit.errors.FatalError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The git commands behind "staged files only", run through the git CLI because their exact
 * semantics are the safety contract: {@code write-tree}, a binary {@code diff-index}, {@code
 * checkout -- .}, {@code apply}, {@code merge-file} and the intent-to-add dance. Each is covered by
 * the stash end-to-end tests.
 */
public final class StashPlumbing {
  /** Set while our own checkout runs so our post-checkout hook does nothing. */
  public static final String SKIP_POST_CHECKOUT = "_PRE_COMMIT_SKIP_POST_CHECKOUT";

  private final Path root;
  private final Map<String, String> env;
  private final GitCli cli;
  private final GitCli quietCheckoutCli;

  StashPlumbing(Path root, Map<String, String> env) {
    this.root = root;
    this.env = env;
    this.cli = new GitCli(root, env);
    Map<String, String> checkoutEnv = new HashMap<>(env);
    checkoutEnv.put(SKIP_POST_CHECKOUT, "1");
    this.quietCheckoutCli = new GitCli(root, checkoutEnv);
  }

  public Path root() {
    return root;
  }

  /** Intent-to-add paths: added in the working tree but empty in the index. */
  public List<String> intentToAddFiles() {
    GitCli.Output out =
        cli.run(
            "diff", "--no-ext-diff", "--ignore-submodules", "--diff-filter=A", "--name-only", "-z");
    return splitNul(out.stdout());
  }

  public void removeFromIndex(List<String> paths) {
    List<String> args = new ArrayList<>(List.of("rm", "--cached", "-q", "--"));
    args.addAll(paths);
    check(cli.run(args.toArray(String[]::new)), "git rm --cached");
  }

  public void addIntentToAdd(List<String> paths) {
    List<String> args = new ArrayList<>(List.of("add", "--intent-to-add", "--"));
    args.addAll(paths);
    check(cli.run(args.toArray(String[]::new)), "git add --intent-to-add");
  }

  /** The unstaged changes as a binary patch, or null when there are none. */
  public byte[] unstagedPatch() {
    GitCli.Output tree = cli.run("write-tree");
    check(tree, "git write-tree");
    String treeId = new String(tree.stdout(), StandardCharsets.UTF_8).strip();
    GitCli.Output diff =
        cli.run(
            "diff-index",
            "--ignore-submodules",
            "--binary",
            "--exit-code",
            "--no-color",
            "--no-ext-diff",
            treeId,
            "--");
    if (diff.exitCode() == 0) {
      return null;
    }
    if (diff.exitCode() == 1) {
      // exit 1 with blank output: a CRLF-only difference that git itself hides
      return new String(diff.stdout(), StandardCharsets.ISO_8859_1).isBlank()
          ? null
          : diff.stdout();
    }
    throw new FatalError(
        "pre-commit failed to diff -- perhaps due to permissions?\n\n"
            + CalledProcessText.of(
                diff,
                "git",
                "diff-index",
                "--ignore-submodules",
                "--binary",
                "--exit-code",
                "--no-color",
                "--no-ext-diff",
                treeId,
                "--"));
  }

  /** Paths whose working-tree content differs from the index (hook fixes, after the reset). */
  public List<String> modifiedFiles() {
    GitCli.Output out =
        cli.run("diff", "--no-ext-diff", "--ignore-submodules", "--name-only", "-z");
    return splitNul(out.stdout());
  }

  /** Resets the working tree to the index (submodules untouched). */
  public void checkoutIndex() {
    check(
        quietCheckoutCli.run("-c", "submodule.recurse=0", "checkout", "--", "."),
        "git checkout -- .");
  }

  /** {@code git apply}, then once more with autocrlf off, as pre-commit does. */
  public boolean apply(Path patch) {
    if (cli.run("apply", "--whitespace=nowarn", patch.toString()).exitCode() == 0) {
      return true;
    }
    return cli.run("-c", "core.autocrlf=false", "apply", "--whitespace=nowarn", patch.toString())
            .exitCode()
        == 0;
  }

  /**
   * Whether the patch is already in the working tree. It must apply in reverse, and since {@code
   * git apply --check} only warns where a file's mode differs from the patch's (a stashed {@code
   * chmod +x} would always look applied), the patched state is also built in a scratch index and
   * compared with the working tree, modes included.
   */
  public boolean isApplied(Path patch) {
    if (cli.run("apply", "--reverse", "--check", "--whitespace=nowarn", patch.toString()).exitCode()
        != 0) {
      return false;
    }
    GitCli.Output indexPath = cli.run("rev-parse", "--git-path", "index");
    check(indexPath, "git rev-parse --git-path index");
    Path index = root.resolve(new String(indexPath.stdout(), StandardCharsets.UTF_8).strip());
    Path scratch = null;
    try {
      scratch = Files.createTempFile("precommit-index", "");
      Files.copy(index, scratch, StandardCopyOption.REPLACE_EXISTING);
      Map<String, String> scratchEnv = new HashMap<>(env);
      scratchEnv.put("GIT_INDEX_FILE", scratch.toString());
      GitCli scratchCli = new GitCli(root, scratchEnv);
      if (scratchCli.run("apply", "--cached", "--whitespace=nowarn", patch.toString()).exitCode()
          != 0) {
        return true; // the index has moved on since: the reverse check is all there is to go by
      }
      scratchCli.run("update-index", "-q", "--refresh"); // diff-files trusts stat data only
      List<String> args = new ArrayList<>(List.of("diff-files", "--quiet", "--"));
      for (String record :
          splitNul(cli.run("apply", "--numstat", "-z", patch.toString()).stdout())) {
        int tab = record.indexOf('\t', record.indexOf('\t') + 1);
        args.add(":(literal)" + record.substring(tab + 1));
      }
      return scratchCli.run(args.toArray(String[]::new)).exitCode() == 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (scratch != null) {
        scratch.toFile().delete();
      }
    }
  }

  /** The index's version of a path, or null if it is not a regular blob in the index. */
  public byte[] indexContent(String path) {
    GitCli.Output out = cli.run("cat-file", "blob", ":" + path);
    return out.exitCode() == 0 ? out.stdout() : null;
  }

  /**
   * A three-way merge of one file's contents ({@code git merge-file -p}); null on a conflict or a
   * binary file.
   */
  public byte[] mergeFile(byte[] current, byte[] base, byte[] other) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("precommit-merge");
      Path a = Files.write(dir.resolve("current"), current);
      Path b = Files.write(dir.resolve("base"), base);
      Path c = Files.write(dir.resolve("other"), other);
      GitCli.Output out =
          cli.run("merge-file", "-p", "-q", a.toString(), b.toString(), c.toString());
      return out.exitCode() == 0 ? out.stdout() : null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) {
        for (String name : List.of("current", "base", "other")) {
          dir.resolve(name).toFile().delete();
        }
        dir.toFile().delete();
      }
    }
  }

  private static void check(GitCli.Output out, String what) {
    if (out.exitCode() != 0) {
      throw new FatalError(
          what + " failed: " + new String(out.stderr(), StandardCharsets.UTF_8).strip());
    }
  }

  static List<String> splitNul(byte[] bytes) {
    List<String> out = new ArrayList<>();
    for (String part : new String(bytes, StandardCharsets.UTF_8).split("\u0000")) {
      if (!part.isEmpty()) {
        out.add(part);
      }
    }
    return out;
  }
}
