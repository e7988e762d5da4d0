package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precommit.e2e.TestRepo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hooks whose verdict depends on the repository's state: index, HEAD, branch, merge. */
class BuiltinGitHooksTest {
  @TempDir Path temp;

  private record Run(int exit, String output) {}

  private static Run run(TestRepo repo, String entry, String... args) throws Exception {
    BuiltinLanguage.Invocation r =
        BuiltinLanguage.invoke(entry, List.of(args), repo.root(), repo.env());
    return new Run(r.exitCode(), new String(r.output(), StandardCharsets.UTF_8));
  }

  @Test
  void largeFilesCountOnlyWhenStagedAsAddedUnlessEnforceAll() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.write("big", "a".repeat(10000));
    assertEquals(new Run(0, ""), run(repo, "check-added-large-files", "--maxkb=9", "big"));
    assertEquals(
        new Run(1, "big (10 KB) exceeds 9 KB.\n"),
        run(repo, "check-added-large-files", "--maxkb=9", "--enforce-all", "big"));
    repo.git("add", "big");
    assertEquals(
        new Run(1, "big (10 KB) exceeds 9 KB.\n"),
        run(repo, "check-added-large-files", "--maxkb=9", "big"));
    assertEquals(new Run(0, ""), run(repo, "check-added-large-files", "--maxkb=9", "other"));
  }

  @Test
  void lfsTrackedFilesAreNeverLarge() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.write(".gitattributes", "*.bin filter=lfs diff=lfs merge=lfs -text\n");
    repo.write("a.bin", "a".repeat(10000));
    assertEquals(
        new Run(0, ""),
        run(repo, "check-added-large-files", "--maxkb=1", "--enforce-all", "a.bin"));
  }

  @Test
  void caseConflictsWithCommittedFilesAndDirectories() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.write("dir/x", "");
    repo.git("add", "-A");
    repo.git("commit", "-qm", "x");
    repo.write("DIR", "");
    repo.git("add", "DIR");
    assertEquals(
        new Run(
            1, "Case-insensitivity conflict found: DIR\nCase-insensitivity conflict found: dir\n"),
        run(repo, "check-case-conflict", "DIR"));
  }

  @Test
  void mergeConflictMarkersAreCheckedDuringARealMerge() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.write("f1", "base\n");
    repo.git("add", "-A");
    repo.git("commit", "-qm", "base");
    repo.git("checkout", "-qb", "other");
    repo.write("f1", "theirs\n");
    repo.git("commit", "-qam", "theirs");
    repo.git("checkout", "-q", "main");
    repo.write("f1", "ours\n");
    repo.git("commit", "-qam", "ours");
    repo.exec(repo.root(), List.of("git", "merge", "-q", "other"));
    assertEquals(
        new Run(
            1,
            "f1:1: Merge conflict string '<<<<<<<' found\n"
                + "f1:3: Merge conflict string '=======' found\n"
                + "f1:5: Merge conflict string '>>>>>>>' found\n"),
        run(repo, "check-merge-conflict", "f1"));
  }

  @Test
  void protectedBranchesByNameAndPattern() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.write("f", "");
    repo.git("add", "-A");
    repo.git("commit", "-qm", "x");
    assertEquals(new Run(1, ""), run(repo, "no-commit-to-branch"));
    repo.git("checkout", "-qb", "release/1.0");
    assertEquals(new Run(0, ""), run(repo, "no-commit-to-branch"));
    assertEquals(new Run(1, ""), run(repo, "no-commit-to-branch", "-b", "release/1.0"));
    assertEquals(new Run(1, ""), run(repo, "no-commit-to-branch", "--pattern", "rel"));
    assertEquals(new Run(0, ""), run(repo, "no-commit-to-branch", "--pattern", "1\\.0"));
    repo.git("checkout", "-q", "--detach");
    assertEquals(new Run(0, ""), run(repo, "no-commit-to-branch", "-b", "release/1.0"));
  }

  @Test
  void destroyedSymlinksAreListedWithTheCommandToUnstageThem() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.write("target", "x\n");
    Files.createSymbolicLink(repo.root().resolve("test sym"), Path.of("target"));
    repo.git("add", "-A");
    repo.git("commit", "-qm", "x");
    Files.delete(repo.root().resolve("test sym"));
    repo.write("test sym", "target\n");
    repo.git("add", "test sym");
    assertEquals(
        new Run(
            1,
            "Destroyed symlinks:\n- test sym\nYou should unstage affected files:\n"
                + "\tgit reset HEAD -- 'test sym'\n"
                + "And retry commit. As a long term solution you may try to explicitly tell git"
                + " that your environment does not support symlinks:\n"
                + "\tgit config core.symlinks false\n"),
        run(repo, "destroyed-symlinks", "test sym", "target"));
    assertEquals(new Run(0, ""), run(repo, "destroyed-symlinks"));
  }

  @Test
  void newSubmodulesAreReported() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    TestRepo sub = TestRepo.init(temp.resolve("sub"));
    sub.write("f", "");
    sub.git("add", "-A");
    sub.git("commit", "-qm", "x");
    String head = sub.git("rev-parse", "HEAD").strip();
    repo.git("update-index", "--add", "--cacheinfo", "160000," + head + ",foo");
    repo.write("random_non-related_file", "");
    repo.git("add", "random_non-related_file");
    assertEquals(new Run(0, ""), run(repo, "forbid-new-submodules", "random_non-related_file"));
    assertEquals(
        new Run(
            1,
            "foo: new submodule introduced\n\nThis commit introduces new submodules.\n"
                + "Did you unintentionally `git add .`?\n"
                + "To fix: git rm {thesubmodule}  # no trailing slash\nAlso check .gitmodules\n"),
        run(repo, "forbid-new-submodules", "foo"));
  }

  @Test
  void executablesAreJudgedByTheIndexWhenGitIgnoresFileModes() throws Exception {
    TestRepo repo = TestRepo.init(temp);
    repo.git("config", "core.fileMode", "false");
    repo.write("ma\u00f1ana.txt", "");
    repo.write("ok", "#!/bin/sh\n");
    repo.git("add", "-A");
    repo.git("update-index", "--chmod=+x", "ma\u00f1ana.txt", "ok");
    assertEquals(
        new Run(
            1,
            "ma\u00f1ana.txt: marked executable but has no (or invalid) shebang!\n"
                + "  If it isn't supposed to be executable, try: `chmod -x 'ma\u00f1ana.txt'`\n"
                + "  If on Windows, you may also need to: `git add --chmod=-x 'ma\u00f1ana.txt'`\n"
                + "  If it is supposed to be executable, double-check its shebang.\n"),
        run(repo, "check-executables-have-shebangs", "ma\u00f1ana.txt", "ok"));
  }
}
