package dev.precommit.git;

import dev.precommit.errors.FatalError;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The one door to git. JGit answers the reads on the commit path (discovery, the index, HEAD); the
 * git CLI is used where its exact bytes or semantics are the contract:
 *
 * <ul>
 *   <li>{@link #diffSnapshot()} — {@code git diff} bytes decide "files were modified by this hook"
 *   <li>{@link #isUnstaged(String)} — {@code git diff --quiet} on the config file
 *   <li>{@link #changedBetween(String, String)} — three-dot ref ranges
 *   <li>{@link #mergeConflictFiles()} — {@code write-tree} plus a combined diff
 *   <li>{@link #showDiff(OutputStream, boolean)} — {@code --show-diff-on-failure}
 * </ul>
 *
 * Environment variables that git sets for hooks ({@code GIT_DIR}, {@code GIT_WORK_TREE}, {@code
 * GIT_INDEX_FILE}) are honoured, resolved against the caller's working directory.
 */
public final class GitRepository implements AutoCloseable {
  private static final String NOT_A_REPO =
      "git failed. Is it installed, and are you in a Git repository directory?";

  private final Repository repository;
  private final Path root;
  private final GitCli cli;
  private final Map<String, String> env;

  private GitRepository(Repository repository, Path root, Map<String, String> env) {
    this.repository = repository;
    this.root = root;
    this.cli = new GitCli(root, env);
    this.env = env;
  }

  /**
   * {@code git rev-parse --git-common-dir}, normalised against the root as pre-commit does ({@code
   * .git} in a plain checkout, an absolute path from a worktree).
   */
  public String commonDir() {
    String out =
        new String(check(cli.run("rev-parse", "--git-common-dir")), StandardCharsets.UTF_8).strip();
    Path dir = Path.of(out);
    return dir.isAbsolute()
        ? dir.normalize().toString()
        : Path.of(".").resolve(dir).normalize().toString();
  }

  /** {@code git config <key>}, or empty when unset. */
  public String configValue(String key) {
    return GitConfig.get(root, env, key);
  }

  /** {@code git cat-file -e SHA^{commit}}: the object exists locally and is a commit. */
  public boolean isCommit(String sha) {
    return cli.run("cat-file", "-e", sha + "^{commit}").exitCode() == 0;
  }

  /** Commits of {@code sha} not on any remote-tracking branch of {@code remote}, oldest first. */
  public List<String> commitsNotOnRemote(String sha, String remote) {
    String out =
        new String(
            check(
                cli.run(
                    "rev-list", sha, "--topo-order", "--reverse", "--not", "--remotes=" + remote)),
            StandardCharsets.UTF_8);
    return out.lines().filter(l -> !l.isBlank()).toList();
  }

  /** Root commits reachable from {@code sha}. */
  public Set<String> rootCommits(String sha) {
    String out =
        new String(check(cli.run("rev-list", "--max-parents=0", sha)), StandardCharsets.UTF_8);
    return Set.copyOf(out.lines().filter(l -> !l.isBlank()).toList());
  }

  /** {@code git rev-parse REV}. */
  public String revParse(String rev) {
    return new String(check(cli.run("rev-parse", rev)), StandardCharsets.UTF_8).strip();
  }

  /**
   * What {@code git diff --diff-filter=A --name-only} lists, read from the index without a fork:
   * intent-to-add entries whose path is still a file or symlink in the work tree (git shows one
   * that is gone, or is now a directory, as deleted). An index JGit cannot read (a split or sparse
   * index) is left to git itself.
   */
  public List<String> intentToAddFiles() {
    DirCache index;
    try {
      index = repository.readDirCache();
    } catch (IOException | RuntimeException e) {
      return stashPlumbing().intentToAddFiles();
    }
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < index.getEntryCount(); i++) {
      DirCacheEntry entry = index.getEntry(i);
      if (entry.isIntentToAdd() && entry.getStage() == DirCacheEntry.STAGE_0) {
        Path file = root.resolve(entry.getPathString());
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)
            && !Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
          paths.add(entry.getPathString());
        }
      }
    }
    return paths;
  }

  /** The commands the stash of unstaged changes is built from. */
  public StashPlumbing stashPlumbing() {
    return new StashPlumbing(root, env);
  }

  /** Finds the repository containing {@code cwd}, as {@code git rev-parse --show-cdup} would. */
  public static GitRepository discover(Path cwd, Map<String, String> env) {
    FileRepositoryBuilder builder = new FileRepositoryBuilder();
    String gitDir = env.get("GIT_DIR");
    if (gitDir != null && !gitDir.isEmpty()) {
      builder.setGitDir(cwd.resolve(gitDir).toFile());
      String workTree = env.get("GIT_WORK_TREE");
      builder.setWorkTree(
          workTree != null && !workTree.isEmpty() ? cwd.resolve(workTree).toFile() : cwd.toFile());
    } else {
      builder.findGitDir(cwd.toFile());
      if (builder.getGitDir() == null) {
        throw new FatalError(NOT_A_REPO);
      }
    }
    String indexFile = env.get("GIT_INDEX_FILE");
    if (indexFile != null && !indexFile.isEmpty()) {
      builder.setIndexFile(cwd.resolve(indexFile).toFile());
    }
    Repository repository;
    try {
      builder.setMustExist(true);
      repository = builder.build();
    } catch (IOException | IllegalArgumentException e) {
      throw new FatalError(NOT_A_REPO);
    }
    Path gitDirPath = repository.getDirectory().toPath().toAbsolutePath().normalize();
    Path here = cwd.toAbsolutePath().normalize();
    // git prints an empty toplevel both inside a .git directory and in a bare repository
    if (repository.isBare() || here.startsWith(gitDirPath)) {
      repository.close();
      throw new FatalError(
          "git toplevel unexpectedly empty! make sure you are not inside the `.git` directory"
              + " of your repository.");
    }
    Path root = repository.getWorkTree().toPath().toAbsolutePath().normalize();
    return new GitRepository(repository, root, env);
  }

  public Path root() {
    return root;
  }

  public Path gitDir() {
    return repository.getDirectory().toPath();
  }

  /** {@code git diff --staged --name-only --diff-filter=ACMRTUXB}: staged paths, no deletions. */
  public List<String> stagedFiles() {
    try (TreeWalk walk = new TreeWalk(repository)) {
      walk.setRecursive(true);
      ObjectId head = repository.resolve("HEAD^{tree}");
      if (head != null) {
        walk.addTree(head);
      } else {
        walk.addTree(new EmptyTreeIterator());
      }
      walk.addTree(new DirCacheIterator(repository.readDirCache()));
      walk.setFilter(TreeFilter.ANY_DIFF);
      List<String> paths = new ArrayList<>();
      while (walk.next()) {
        if (walk.getFileMode(1) == FileMode.MISSING) {
          continue;
        }
        DirCacheIterator index = walk.getTree(1, DirCacheIterator.class);
        DirCacheEntry entry = index == null ? null : index.getDirCacheEntry();
        if (entry != null && entry.isIntentToAdd()) {
          continue;
        }
        paths.add(walk.getPathString());
      }
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code git ls-files --deduplicate}: every tracked path once. */
  public List<String> allFiles() {
    try {
      DirCache index = repository.readDirCache();
      Set<String> paths = new LinkedHashSet<>();
      for (int i = 0; i < index.getEntryCount(); i++) {
        paths.add(index.getEntry(i).getPathString());
      }
      return new ArrayList<>(paths);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code git ls-files --unmerged} is non-empty. */
  public boolean hasUnmergedPaths() {
    try {
      DirCache index = repository.readDirCache();
      for (int i = 0; i < index.getEntryCount(); i++) {
        if (index.getEntry(i).getStage() != DirCacheEntry.STAGE_0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Both MERGE_MSG and MERGE_HEAD exist. */
  public boolean isInMergeConflict() {
    return Files.exists(gitDir().resolve("MERGE_MSG"))
        && Files.exists(gitDir().resolve("MERGE_HEAD"));
  }

  /**
   * The files of a resolved merge: MERGE_MSG's conflict lines plus a combined diff of the index
   * tree against both parents.
   */
  public List<String> mergeConflictFiles() {
    Set<String> files = new LinkedHashSet<>();
    try {
      for (String line :
          Files.readAllLines(gitDir().resolve("MERGE_MSG"), StandardCharsets.UTF_8)) {
        if (line.startsWith("\t") || line.startsWith("#\t")) {
          files.add(line.replaceFirst("^#", "").strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    GitCli.Output tree = cli.run("write-tree");
    String treeId = new String(tree.stdout(), StandardCharsets.UTF_8).strip();
    files.addAll(
        splitNul(
            check(
                cli.run(
                    "diff",
                    "--name-only",
                    "--no-ext-diff",
                    "-z",
                    "-m",
                    treeId,
                    "HEAD",
                    "MERGE_HEAD",
                    "--"))));
    return new ArrayList<>(files);
  }

  /** {@code git diff --name-only FROM...TO}, falling back to {@code FROM..TO}. */
  public List<String> changedBetween(String from, String to) {
    GitCli.Output out = cli.run("diff", "--name-only", "--no-ext-diff", "-z", from + "..." + to);
    if (out.exitCode() != 0) {
      out = cli.run("diff", "--name-only", "--no-ext-diff", "-z", from + ".." + to);
    }
    return splitNul(check(out));
  }

  /** The bytes of {@code git diff} used to detect files modified by a hook. */
  public byte[] diffSnapshot() {
    return cli.run("diff", "--no-ext-diff", "--no-textconv", "--ignore-submodules").stdout();
  }

  /** {@code git diff --quiet} on one path exits 1: the working copy differs from the index. */
  public boolean isUnstaged(String path) {
    return cli.run("diff", "--quiet", "--no-ext-diff", path).exitCode() == 1;
  }

  public void showDiff(OutputStream out, boolean color) {
    cli.passThrough(
        out, "--no-pager", "diff", "--no-ext-diff", color ? "--color=always" : "--color=never");
  }

  private static byte[] check(GitCli.Output out) {
    if (out.exitCode() != 0) {
      throw new FatalError(
          "git failed: " + new String(out.stderr(), StandardCharsets.UTF_8).strip());
    }
    return out.stdout();
  }

  private static List<String> splitNul(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    text = text.replaceAll("^\u0000+|\u0000+$", "");
    List<String> out = new ArrayList<>();
    if (!text.isEmpty()) {
      out.addAll(List.of(text.split("\u0000")));
    }
    return out;
  }

  /** Absolute path of a repository-relative file. */
  public File file(String relative) {
    return root.resolve(relative).toFile();
  }

  @Override
  public void close() {
    repository.close();
  }
}
