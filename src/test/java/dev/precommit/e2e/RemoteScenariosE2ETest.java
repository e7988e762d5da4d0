package dev.precommit.e2e;

import static dev.precommit.e2e.RemoteAssertions.consumer;
import static dev.precommit.e2e.RemoteAssertions.entries;
import static dev.precommit.e2e.RemoteAssertions.normalise;
import static dev.precommit.e2e.RemoteAssertions.store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.config.Config;
import dev.precommit.config.ConfigLoader;
import dev.precommit.hook.Hook;
import dev.precommit.output.Console;
import dev.precommit.repository.HookFactory;
import dev.precommit.repository.HookRepositories;
import dev.precommit.store.Store;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * pre-commit's repository_test.py scenarios (spec §12.6) that apply to languages without an
 * environment, end to end: a hook repository made by the test, a consuming repository pinning it by
 * tag, and {@code precommit run}.
 */
class RemoteScenariosE2ETest {
  static final String MANIFEST =
      """
      -   id: bash_hook
          name: Bash hook
          entry: bin/hook.sh
          language: script
          files: ''
      -   id: not-found-exe
          name: Not found exe
          entry: i-dont-exist-lol
          language: system
      -   id: prints_cwd
          name: Prints cwd
          entry: pwd
          language: system
          files: \\.sh$
      -   id: stdout-stderr
          name: stdout stderr
          entry: bin/stdout_stderr.sh
          language: script
      -   id: arg-per-line
          name: Args per line hook
          entry: bin/arg_per_line.sh
          language: script
          files: ''
          args: [hello, world]
      -   id: python-files
          name: Python files
          entry: bin/hook.sh
          language: script
          files: \\.py$
      -   id: defaulted
          name: Defaulted
          entry: bin/hook.sh
          language: script
      """;

  @TempDir static Path shared;
  private static HookRepo hooks;

  @TempDir Path temp;

  @BeforeAll
  static void hookRepository() {
    TestRepo fixtures = TestRepo.plainDirectory(shared.resolve("fixtures"));
    hooks = HookRepo.init(fixtures, shared.resolve("hooks"));
    hooks
        .write(".pre-commit-hooks.yaml", MANIFEST)
        .script("bin/hook.sh", HookRepo.ECHO_SCRIPT)
        .script(
            "bin/arg_per_line.sh",
            "#!/usr/bin/env bash\nfor a in \"$@\"; do echo \"arg: $a\"; done\n")
        .script(
            "bin/stdout_stderr.sh",
            "#!/usr/bin/env bash\necho 0\necho 1 >&2\necho 2\necho 3 >&2\necho 4\necho 5 >&2\n");
    hooks.commit("hooks");
    hooks.tag("v1.0.0");
  }

  private TestRepo consumerWith(String hooksSection) {
    return consumer(temp, config(hooks.dir().toString(), hooksSection));
  }

  private static String config(String repo, String hooksSection) {
    return "repos:\n-   repo: " + repo + "\n    rev: v1.0.0\n    hooks:\n" + hooksSection;
  }

  private String init() {
    return "[INFO] Initializing environment for " + hooks.dir() + ".\n";
  }

  private static String status(String name, String result) {
    return name + ".".repeat(79 - name.length() - result.length()) + result + "\n";
  }

  private static String verbose(String name, String id, String output) {
    return status(name, "Passed") + "- hook id: " + id + "\n- duration: <t>s\n\n" + output + "\n";
  }

  @Test
  void notFoundExecutable() {
    TestRepo repo = consumerWith("    -   id: not-found-exe\n");
    CliResult r = repo.run("run", "--files", "bar");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        init()
            + status("Not found exe", "Failed")
            + "- hook id: not-found-exe\n- exit code: 1\n\n"
            + "Executable `i-dont-exist-lol` not found\n\n",
        r.stdout());
  }

  @Test
  void scriptHookGetsItsFilenamesAsArguments() {
    TestRepo repo = consumerWith("    -   id: bash_hook\n        verbose: true\n");
    CliResult r = repo.run("run", "bash_hook", "--files", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(init() + verbose("Bash hook", "bash_hook", "bar\nHello World\n"), normalise(r));
  }

  @Test
  void manifestArgsComeFirstAndFilenamesWithSpacesStayWhole() {
    TestRepo repo =
        consumerWith(
            "    -   id: arg-per-line\n        verbose: true\n        require_serial: true\n");
    repo.write("foo bar", "x\n").write("baz", "x\n");
    CliResult r = repo.run("run", "--files", "foo bar", "baz");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        init()
            + verbose(
                "Args per line hook",
                "arg-per-line",
                "arg: hello\narg: world\narg: foo bar\narg: baz\n"),
        normalise(r));
  }

  @Test
  void configArgsWithSpacesBracesQuotesAndDollarsArePassedVerbatim() {
    TestRepo repo =
        consumerWith(
            "    -   id: arg-per-line\n"
                + "        verbose: true\n"
                + "        args: ['{1}', 'a  b', \"it's\", '\"q\"', '$HOME', '--x={y}', '*']\n");
    CliResult r = repo.run("run", "--files", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        init()
            + verbose(
                "Args per line hook",
                "arg-per-line",
                "arg: {1}\narg: a  b\narg: it's\narg: \"q\"\narg: $HOME\narg: --x={y}\narg: *\n"
                    + "arg: bar\n"),
        normalise(r));
  }

  @Test
  void stdoutAndStderrAreMergedInOrder() {
    TestRepo repo = consumerWith("    -   id: stdout-stderr\n        verbose: true\n");
    CliResult r = repo.run("run", "--files", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        init() + verbose("stdout stderr", "stdout-stderr", "0\n1\n2\n3\n4\n5\n"), normalise(r));
    assertEquals("", r.stderr());
  }

  @Test
  void hooksRunInTheConsumingRepositoryRootNotTheClone() throws IOException {
    TestRepo repo =
        consumerWith(
            "    -   id: prints_cwd\n        verbose: true\n        args: [-P]\n"
                + "        pass_filenames: false\n        always_run: true\n");
    Files.createDirectories(repo.root().resolve("deep/er"));
    CliResult r = repo.runIn(repo.root().resolve("deep/er"), "run", "--files", "bar");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        init() + verbose("Prints cwd", "prints_cwd", repo.root().toRealPath() + "\n"),
        normalise(r));
  }

  @Test
  void configOverridesTheManifestsFiles() {
    TestRepo repo =
        consumerWith("    -   id: python-files\n        verbose: true\n        files: \\.txt$\n");
    repo.write("a.py", "x\n").write("b.txt", "x\n");
    repo.git("add", "-A");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        init() + verbose("Python files", "python-files", "b.txt\nHello World\n"), normalise(r));
  }

  @Test
  void anUnknownHookIdNamesTheRepository() {
    String url = "file://" + hooks.dir();
    TestRepo repo = consumer(temp, config(url, "    -   id: i-dont-exist\n"));
    CliResult r = repo.run("run", "--files", "bar");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        "[INFO] Initializing environment for "
            + url
            + ".\n[ERROR] `i-dont-exist` is not present in repository "
            + url
            + ".  Typo? Perhaps it is introduced in a newer version?  Often `pre-commit"
            + " autoupdate` fixes this.\n",
        r.stdout());
  }

  @Test
  void aManifestHookWithOnlyRequiredKeysIsFullyDefaulted() {
    TestRepo repo = consumerWith("    -   id: defaulted\n");
    Path configFile = repo.root().resolve(".pre-commit-config.yaml");
    Config config = ConfigLoader.loadConfig(configFile, ".pre-commit-config.yaml", w -> {});
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Console console = new Console(out, false);
    List<Hook> all =
        new HookFactory(
                config,
                repo.root(),
                console,
                new HookRepositories(new Store(store(repo)), repo.root(), repo.env(), console))
            .allHooks();
    assertEquals(1, all.size());
    Hook hook = all.get(0);
    assertEquals("unsupported_script", hook.language());
    assertEquals("default", hook.languageVersion());
    assertEquals("^$", hook.exclude());
    assertEquals("", hook.files());
    assertEquals(List.of("file"), hook.types());
    assertEquals(List.of(), hook.typesOr());
    assertEquals(List.of(), hook.excludeTypes());
    assertEquals(List.of(), hook.args());
    assertEquals(List.of(), hook.additionalDependencies());
    assertEquals(
        List.of(
            "commit-msg",
            "post-checkout",
            "post-commit",
            "post-merge",
            "post-rewrite",
            "pre-commit",
            "pre-merge-commit",
            "pre-push",
            "pre-rebase",
            "prepare-commit-msg",
            "manual"),
        hook.stages());
    assertEquals("0", hook.minimumPreCommitVersion());
    assertEquals("", hook.alias());
    assertEquals("", hook.description());
    assertEquals("", hook.logFile());
    assertEquals(false, hook.alwaysRun());
    assertEquals(false, hook.failFast());
    assertEquals(true, hook.passFilenames());
    assertEquals(false, hook.requireSerial());
    assertEquals(false, hook.verbose());
    assertEquals(entries(store(repo)).size(), 1);

    // and as run sees it: every stage, every regular file, no symlink
    repo.write("a.txt", "x\n");
    repo.exec(repo.root(), List.of("ln", "-s", "a.txt", "link"));
    repo.git("add", "-A");
    repo.write(
        ".pre-commit-config.yaml",
        consumerConfig("    -   id: defaulted\n        verbose: true\n"));
    repo.git("add", "-A");
    for (String stage : List.of("manual", "pre-push", "commit-msg")) {
      CliResult r =
          stage.equals("commit-msg")
              ? repo.run(
                  "run",
                  "--hook-stage",
                  stage,
                  "--commit-msg-filename",
                  "a.txt",
                  "--files",
                  "a.txt",
                  "link")
              : repo.run("run", "--hook-stage", stage, "--files", "a.txt", "link");
      assertEquals(0, r.exitCode(), r::toString);
      assertTrue(r.stdout().contains("\n\na.txt\nHello World\n\n"), r::toString);
    }
  }

  private String consumerConfig(String hooksSection) {
    return config(hooks.dir().toString(), hooksSection);
  }

  @Test
  void languageVersionOnALanguageWithoutEnvironmentIsRefused() {
    TestRepo repo = consumerWith("    -   id: bash_hook\n        language_version: python3.11\n");
    CliResult r = repo.run("run", "--files", "bar");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        init()
            + "[ERROR] The hook `bash_hook` specifies `language_version` but is using language"
            + " `unsupported_script` which does not install an environment.  Perhaps you meant to"
            + " use a specific language?\n",
        r.stdout());
  }

  @Test
  void additionalDependenciesOnALanguageWithoutEnvironmentAreRefused() {
    TestRepo repo =
        consumerWith("    -   id: not-found-exe\n        additional_dependencies: [foo]\n");
    CliResult r = repo.run("run", "--files", "bar");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        init()
            + "[ERROR] The hook `not-found-exe` specifies `additional_dependencies` but is using"
            + " language `unsupported` which does not install an environment.  Perhaps you meant"
            + " to use a specific language?\n",
        r.stdout());
    assertEquals(1, entries(store(repo)).size(), "no entry for the refused dependencies");
  }
}
