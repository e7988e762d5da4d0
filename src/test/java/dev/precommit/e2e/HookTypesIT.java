package dev.precommit.e2e;

import static dev.precommit.e2e.InstalledHook.git;
import static dev.precommit.e2e.InstalledHook.install;
import static dev.precommit.e2e.InstalledHook.precommit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every hook type through a real git operation and the installed hook script, which execs the
 * packaged jar: commit, merge, push to a bare remote, checkout, rebase, amend.
 */
class HookTypesIT {
  @TempDir Path temp;

  private TestRepo repoWith(String config) {
    TestRepo repo = TestRepo.init(temp.resolve("r"));
    repo.write(".pre-commit-config.yaml", config);
    repo.write("README", "hello\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "init");
    return repo;
  }

  private static String localHook(String id, String entry, String stage, String extra) {
    return "repos:\n-   repo: local\n    hooks:\n    -   id: "
        + id
        + "\n        name: "
        + id
        + "\n        entry: "
        + entry
        + "\n        language: system\n        stages: ["
        + stage
        + "]\n"
        + extra;
  }

  @Test
  void preCommitPassingHookLetsTheCommitThroughWithPreCommitsOutput() {
    TestRepo repo = repoWith(localHook("bash_hook", "'true'", "pre-commit", ""));
    install(repo);
    repo.write("a.txt", "a\n");
    repo.git("add", "a.txt");
    CliResult r = git(repo, "commit", "-m", "commit!");
    assertEquals(0, r.exitCode(), r::toString);
    // git sends a hook's stdout to its stderr
    assertEquals(passed("bash_hook"), r.stderr());
    assertEquals("commit!", repo.git("log", "-1", "--format=%s").strip());
  }

  @Test
  void preCommitFailingHookBlocksTheCommitWithExactOutput() {
    TestRepo repo =
        repoWith(
            localHook(
                "failing_hook", "sh -c 'echo Fail; echo \"$@\"; exit 1' --", "pre-commit", ""));
    install(repo);
    repo.write("foo", "x\n");
    repo.git("add", "foo");
    CliResult r = git(repo, "commit", "-m", "x");
    assertEquals(1, r.exitCode());
    assertEquals(
        failed("failing_hook") + "- hook id: failing_hook\n- exit code: 1\n\nFail\nfoo\n\n",
        r.stdout() + r.stderr());
    assertEquals("init", repo.git("log", "-1", "--format=%s").strip());
  }

  @Test
  void commitAllAndCommitWithPathsUseGitsTemporaryIndex() {
    TestRepo repo = repoWith(localHook("echo", "echo", "pre-commit", "        verbose: true\n"));
    install(repo);
    repo.write("README", "changed\n");
    CliResult all = git(repo, "commit", "-a", "-m", "all");
    assertEquals(0, all.exitCode(), all::toString);
    assertTrue((all.stdout() + all.stderr()).contains("\nREADME\n"), all::toString);
    repo.write("README", "again\n");
    repo.write("other", "o\n");
    repo.git("add", "other");
    CliResult paths = git(repo, "commit", "-m", "paths", "README");
    assertEquals(0, paths.exitCode(), paths::toString);
    String out = paths.stdout() + paths.stderr();
    assertTrue(out.contains("\nREADME\n") && !out.contains("other"), out);
  }

  @Test
  void amendRunsPreCommitAndPostRewrite() {
    TestRepo repo =
        repoWith(
            localHook(
                "touch",
                "sh -c 'echo \"$@\" > rewrite.txt' --",
                "post-rewrite",
                "        always_run: true\n        pass_filenames: false\n"));
    install(repo, "pre-commit", "post-rewrite");
    CliResult r = git(repo, "commit", "--amend", "-m", "amended");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(Files.exists(repo.root().resolve("rewrite.txt")), r::toString);
  }

  @Test
  void commitMsgHookBlocksAMessageWithoutSignOff() {
    TestRepo repo =
        repoWith(
            localHook("must-have-signoff", "grep -q \"Signed off by:\"", "commit-msg", "")
                .replace("name: must-have-signoff", "name: 'Must have \"Signed off by:\"'"));
    install(repo, "commit-msg");
    repo.write("a", "a\n");
    repo.git("add", "a");
    CliResult r = git(repo, "commit", "-m", "no sign off");
    assertEquals(1, r.exitCode());
    assertEquals(
        failed("Must have \"Signed off by:\"") + "- hook id: must-have-signoff\n- exit code: 1\n",
        r.stdout() + r.stderr());
    CliResult ok = git(repo, "commit", "-m", "fine\n\nSigned off by: me");
    assertEquals(0, ok.exitCode(), ok::toString);
  }

  @Test
  void prepareCommitMsgHookCanEditTheMessage() {
    TestRepo repo =
        repoWith(
            localHook(
                "add-signoff",
                "\"sh -c 'echo Signed off by: test >> \\\"$1\\\"' --\"",
                "prepare-commit-msg",
                ""));
    install(repo, "prepare-commit-msg");
    repo.write("a", "a\n");
    repo.git("add", "a");
    CliResult r = git(repo, "commit", "-m", "msg");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(repo.git("log", "-1", "--format=%B").contains("Signed off by: test"));
  }

  @Test
  void postCommitHookRunsAfterTheCommit() {
    TestRepo repo =
        repoWith(
            localHook(
                "post",
                "touch post-commit.ran",
                "post-commit",
                "        always_run: true\n        pass_filenames: false\n"));
    install(repo, "post-commit");
    repo.write("a", "a\n");
    repo.git("add", "a");
    assertEquals(0, git(repo, "commit", "-m", "x").exitCode());
    assertTrue(Files.exists(repo.root().resolve("post-commit.ran")));
  }

  @Test
  void postCheckoutHookSeesTheNewHeadAndNoFiles() {
    TestRepo repo =
        repoWith(
            localHook(
                "co",
                "sh -c 'echo \"$PRE_COMMIT_TO_REF $PRE_COMMIT_CHECKOUT_TYPE $#\" > ../checkout.txt' --",
                "post-checkout",
                "        always_run: true\n"));
    install(repo, "post-checkout");
    CliResult r = git(repo, "checkout", "-q", "-b", "feature");
    assertEquals(0, r.exitCode(), r::toString);
    String head = repo.git("rev-parse", "HEAD").strip();
    assertEquals(head + " 1 0\n", readFile(repo.root().resolve("../checkout.txt")));
  }

  @Test
  void postMergeHookRunsAfterAMerge() {
    TestRepo repo =
        repoWith(
            localHook(
                "pm",
                "sh -c 'echo \"$PRE_COMMIT_IS_SQUASH_MERGE\" > merged.txt' --",
                "post-merge",
                "        always_run: true\n        pass_filenames: false\n"));
    repo.git("checkout", "-q", "-b", "other");
    repo.write("o", "o\n");
    repo.git("add", "o");
    repo.git("commit", "-q", "-m", "other");
    repo.git("checkout", "-q", "main");
    install(repo, "post-merge");
    CliResult r = git(repo, "merge", "-q", "other");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals("0\n", repo.read("merged.txt"));
  }

  @Test
  void preMergeCommitHookCanBlockAMerge() {
    TestRepo repo =
        repoWith(
            localHook(
                "no-merge",
                "sh -c 'echo blocked; exit 1' --",
                "pre-merge-commit",
                "        always_run: true\n"));
    repo.git("checkout", "-q", "-b", "other");
    repo.write("o", "o\n");
    repo.git("add", "o");
    repo.git("commit", "-q", "-m", "other");
    repo.git("checkout", "-q", "main");
    repo.write("m", "m\n");
    repo.git("add", "m");
    repo.git("commit", "-q", "-m", "main side");
    install(repo, "pre-merge-commit");
    CliResult r = git(repo, "merge", "--no-ff", "-m", "merge", "other");
    assertTrue(r.exitCode() != 0, r::toString);
    assertTrue((r.stdout() + r.stderr()).contains("no-merge"), r::toString);
    assertEquals("main side", repo.git("log", "-1", "--format=%s").strip());
  }

  @Test
  void preRebaseHookCanBlockARebase() {
    TestRepo repo =
        repoWith(
            localHook(
                "no-rebase",
                "sh -c 'echo \"upstream=$PRE_COMMIT_PRE_REBASE_UPSTREAM\"; exit 1' --",
                "pre-rebase",
                "        always_run: true\n        verbose: true\n"));
    repo.git("checkout", "-q", "-b", "topic");
    repo.write("t", "t\n");
    repo.git("add", "t");
    repo.git("commit", "-q", "-m", "topic");
    repo.git("checkout", "-q", "main");
    repo.write("m", "m\n");
    repo.git("add", "m");
    repo.git("commit", "-q", "-m", "main moves on");
    repo.git("checkout", "-q", "topic");
    install(repo, "pre-rebase");
    // pre-commit exports the variables only when git passes both upstream and branch
    CliResult r = git(repo, "rebase", "main", "topic");
    assertTrue(r.exitCode() != 0, r::toString);
    assertTrue((r.stdout() + r.stderr()).contains("upstream=main"), r::toString);
  }

  @Test
  void prePushChecksTheRangeBeingPushedAndCanBlockIt() {
    TestRepo repo =
        repoWith(
            localHook(
                "push-check",
                "sh -c 'echo \"remote=$PRE_COMMIT_REMOTE_NAME\" \"$@\"; grep -L zzz \"$@\" | grep -q . && exit 0; exit 1' --",
                "pre-push",
                "        verbose: true\n"));
    Path remote = temp.resolve("remote.git");
    repo.exec(temp, java.util.List.of("git", "init", "-q", "--bare", remote.toString()));
    repo.git("remote", "add", "origin", remote.toString());
    repo.git("push", "-q", "origin", "main");
    install(repo, "pre-push");
    repo.write("ok.txt", "fine\n");
    repo.git("add", "ok.txt");
    repo.git("commit", "-q", "-m", "ok");
    CliResult pushed = git(repo, "push", "origin", "main");
    assertEquals(0, pushed.exitCode(), pushed::toString);
    assertTrue(
        (pushed.stdout() + pushed.stderr()).contains("remote=origin ok.txt"), pushed::toString);

    repo.write("bad.txt", "zzz\n");
    repo.git("add", "bad.txt");
    repo.git("commit", "-q", "-m", "bad");
    CliResult blocked = git(repo, "push", "origin", "main");
    assertTrue(blocked.exitCode() != 0, blocked::toString);
    assertTrue(
        (blocked.stdout() + blocked.stderr()).contains("remote=origin bad.txt"), blocked::toString);

    CliResult nothing = git(repo, "push", "origin", "HEAD~1:main");
    assertEquals(0, nothing.exitCode(), nothing::toString);
    CliResult upToDate = git(repo, "push", "origin", "HEAD~1:main");
    assertFalse((upToDate.stdout() + upToDate.stderr()).contains("push-check"), upToDate::toString);
  }

  @Test
  void aForeignHookIsKeptAsLegacyRunsFirstAndIsRestoredOnUninstall() throws Exception {
    TestRepo repo = repoWith(localHook("bash_hook", "'true'", "pre-commit", ""));
    repo.executable(".git/hooks/pre-commit", "#!/bin/sh\necho legacy hook\n");
    CliResult inst = precommit(repo, "install");
    assertEquals(
        "Running in migration mode with existing hooks at .git/hooks/pre-commit.legacy\n"
            + "Use -f to use only pre-commit.\npre-commit installed at .git/hooks/pre-commit\n",
        inst.stdout());
    repo.write("a", "a\n");
    repo.git("add", "a");
    CliResult r = git(repo, "commit", "-m", "x");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stderr().startsWith("legacy hook\n" + passed("bash_hook")), r::toString);
    CliResult un = precommit(repo, "uninstall");
    assertEquals(
        "pre-commit uninstalled\nRestored previous hooks to .git/hooks/pre-commit\n", un.stdout());
    assertEquals("#!/bin/sh\necho legacy hook\n", repo.read(".git/hooks/pre-commit"));
  }

  @Test
  void aFailingLegacyHookFailsTheCommitButOurHooksStillRun() {
    TestRepo repo = repoWith(localHook("bash_hook", "'true'", "pre-commit", ""));
    repo.executable(".git/hooks/pre-commit", "#!/bin/sh\necho fail!\nexit 1\n");
    install(repo);
    repo.write("a", "a\n");
    repo.git("add", "a");
    CliResult r = git(repo, "commit", "-m", "x");
    assertEquals(1, r.exitCode());
    assertTrue((r.stdout() + r.stderr()).contains("fail!\n" + passed("bash_hook")), r::toString);
  }

  @Test
  void installRefusesWhenCoreHooksPathIsSet() {
    TestRepo repo = repoWith(localHook("h", "'true'", "pre-commit", ""));
    repo.git("config", "core.hooksPath", "hooks");
    CliResult r = precommit(repo, "install");
    assertEquals(1, r.exitCode());
    assertEquals(
        "[ERROR] Cowardly refusing to install hooks with `core.hooksPath` set.\n"
            + "hint: `git config --unset-all core.hooksPath`\n",
        r.stdout());
  }

  @Test
  void missingConfigFailsTheCommitUnlessAllowed() {
    TestRepo repo = repoWith(localHook("h", "'true'", "pre-commit", ""));
    install(repo);
    repo.git("rm", "-q", ".pre-commit-config.yaml");
    CliResult r = git(repo, "commit", "-m", "x");
    assertEquals(1, r.exitCode());
    assertTrue(r.stderr().startsWith("No .pre-commit-config.yaml file was found\n"), r::toString);
    repo.setEnv("PRE_COMMIT_ALLOW_NO_CONFIG", "1");
    CliResult ok = git(repo, "commit", "-m", "x");
    assertEquals(0, ok.exitCode(), ok::toString);
    assertTrue(
        ok.stderr()
            .startsWith(
                "`.pre-commit-config.yaml` config file not found. Skipping `pre-commit`.\n"),
        ok::toString);
  }

  @Test
  void theHookScriptExplainsWhenNeitherJavaNorPrecommitCanBeFound() throws Exception {
    TestRepo repo = repoWith(localHook("h", "'true'", "pre-commit", ""));
    install(repo);
    Path hook = repo.root().resolve(".git/hooks/pre-commit");
    Files.writeString(
        hook,
        Files.readString(hook).replaceFirst("INSTALL_JAVA=.*", "INSTALL_JAVA=/nonexistent/java"));
    repo.setEnv("PATH", "/usr/bin:/bin");
    repo.write("a", "a\n");
    repo.git("add", "a");
    CliResult r = git(repo, "commit", "-m", "x");
    assertEquals(1, r.exitCode());
    assertEquals("`precommit` not found.  Did you forget to install it?\n", r.stderr());
  }

  @Test
  void aHookRepositoryFetchedDuringACommitLeavesTheUsersIndexAlone() {
    TestRepo hooks = TestRepo.init(temp.resolve("hookrepo"));
    hooks.executable("bin/hook.sh", "#!/bin/sh\necho \"$@\"\n");
    hooks.write(
        ".pre-commit-hooks.yaml",
        "-   id: echo\n    name: echo\n    entry: bin/hook.sh\n    language: script\n");
    hooks.git("add", "-A");
    hooks.git("commit", "-q", "-m", "hooks");
    hooks.git("tag", "v1.0");
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: "
                + hooks.root()
                + "\n    rev: v1.0\n    hooks:\n    -   id: echo\n        verbose: true\n");
    install(repo);
    repo.write("staged.txt", "s\n");
    repo.git("add", "staged.txt");
    // git sets GIT_INDEX_FILE for the hook; the fetch must not write the hook repo into it
    CliResult r = git(repo, "commit", "-a", "-m", "with remote hook");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("staged.txt"), r::toString);
    assertEquals(".pre-commit-config.yaml\nREADME\nstaged.txt\n", repo.git("ls-files"));
    assertEquals("", repo.git("status", "--porcelain"));
  }

  @Test
  void installFromAWorktreeWritesToTheCommonHooksDirectoryAndCommitsThereRunHooks() {
    TestRepo repo = repoWith(localHook("echo", "echo", "pre-commit", "        verbose: true\n"));
    Path worktree = temp.resolve("wt");
    repo.git("worktree", "add", "-q", "-b", "wt", worktree.toString());
    CliResult inst =
        repo.exec(
            worktree,
            java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                InstalledHook.jar().toString(),
                "install"));
    assertEquals(0, inst.exitCode(), inst::toString);
    assertTrue(
        inst.stdout().startsWith("pre-commit installed at " + repo.root().resolve(".git")),
        inst::toString);
    assertTrue(Files.isExecutable(repo.root().resolve(".git/hooks/pre-commit")));
    repo.exec(worktree, java.util.List.of("sh", "-c", "echo w > w.txt && git add w.txt"));
    CliResult commit = repo.exec(worktree, java.util.List.of("git", "commit", "-m", "in worktree"));
    assertEquals(0, commit.exitCode(), commit::toString);
    assertTrue(commit.stderr().contains("\nw.txt\n"), commit::toString);
  }

  @Test
  void firstCommitInAnEmptyRepositoryAndDetachedHeadWork() {
    TestRepo repo = TestRepo.init(temp.resolve("empty"));
    repo.write(
        ".pre-commit-config.yaml",
        localHook("echo", "echo", "pre-commit", "        verbose: true\n"));
    repo.write("first", "1\n");
    repo.git("add", "-A");
    install(repo);
    CliResult first = git(repo, "commit", "-m", "first");
    assertEquals(0, first.exitCode(), first::toString);
    repo.git("checkout", "-q", "--detach");
    repo.write("second", "2\n");
    repo.git("add", "second");
    CliResult detached = git(repo, "commit", "-m", "second");
    assertEquals(0, detached.exitCode(), detached::toString);
    assertTrue((detached.stdout() + detached.stderr()).contains("\nsecond\n"), detached::toString);
  }

  /** A status line as pre-commit prints it with the default 80 columns. */
  static String passed(String name) {
    return name + ".".repeat(80 - 1 - name.length() - "Passed".length()) + "Passed\n";
  }

  static String failed(String name) {
    return name + ".".repeat(80 - 1 - name.length() - "Failed".length()) + "Failed\n";
  }

  private static String readFile(Path p) {
    try {
      return Files.readString(p.normalize());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
