package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static dev.precommit.e2e.PythonLanguageE2ETest.onlyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment life cycle common to all languages (spec §8.3), shown with node because its
 * installs are quick and offline for a hook repository without dependencies.
 */
class EnvironmentInstallE2ETest {
  @TempDir Path temp;

  private TestRepo repoWith(String config) {
    TestRepo repo = TestRepo.init(temp.resolve("user"));
    NodeLanguageE2ETest.passNetworkSettings(repo);
    repo.write(".pre-commit-config.yaml", config);
    repo.write("a.txt", "x\n");
    repo.git("add", "-A");
    return repo;
  }

  @Test
  void installHooksInstallsOneEnvironmentPerInstallKeyAndRunReusesIt() {
    HookRepoFixture hooks = NodeLanguageE2ETest.helloRepo(temp.resolve("hooks"));
    TestRepo repo =
        repoWith(hooks.config("hello-node", "    -   id: hello-node\n        alias: again\n"));

    CliResult install = repo.run("install-hooks");
    assertEquals(0, install.exitCode(), install::toString);
    assertEquals(
        "[INFO] Initializing environment for "
            + hooks.path()
            + ".\n[INFO] Installing environment for "
            + hooks.path()
            + ".\n"
            + INSTALLING,
        install.stdout());

    CliResult run = repo.run("run", "--all-files");
    assertEquals(0, run.exitCode(), run::toString);
    assertFalse(run.stdout().contains("[INFO]"), run::toString);
    assertEquals("", repo.run("install-hooks").stdout());
  }

  @Test
  void anEnvironmentWithoutItsMarkerIsRemovedAndRebuilt() throws IOException {
    HookRepoFixture hooks = NodeLanguageE2ETest.helloRepo(temp.resolve("hooks"));
    TestRepo repo = repoWith(hooks.config("hello-node", ""));
    assertEquals(0, repo.run("install-hooks").exitCode());
    Path env = onlyEnvironment(repo, "node_env-system");
    // an install cut short: files but no marker
    Files.delete(env.resolve(".install_state_v2"));
    Files.writeString(env.resolve("leftover"), "x");

    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(
        r.stdout().startsWith("[INFO] Installing environment for " + hooks.path() + ".\n"),
        r::toString);
    assertFalse(Files.exists(env.resolve("leftover")));
    assertTrue(Files.exists(env.resolve(".install_state_v2")));
  }

  @Test
  void aFailedInstallIsReportedLikePreCommitAndLeavesNoEnvironment() throws IOException {
    HookRepoFixture hooks = NodeLanguageE2ETest.helloRepo(temp.resolve("hooks"));
    TestRepo repo =
        repoWith(
            hooks.config(
                "hello-node",
                "        additional_dependencies: ['file:" + temp.resolve("missing") + "']\n"));

    CliResult r = repo.run("run", "--all-files");
    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "An unexpected error has occurred: CalledProcessError: command: ('npm',"
                    + " 'install', '--allow-git=root', '--install-links', '-g', 'git+file://"),
        r::toString);
    assertTrue(r.stdout().contains("\nreturn code: "), r::toString);
    assertFalse(r.stdout().contains("\tat "), r::toString);
    try (Stream<Path> entries = Files.list(Path.of(repo.env().get("PRECOMMIT_HOME"), "repos"))) {
      assertTrue(
          entries.noneMatch(e -> Files.exists(e.resolve("node_env-system"))),
          "the half-built environment was removed");
    }
  }

  @Test
  void anInterruptedInstallRemovesTheHalfBuiltEnvironment() throws Exception {
    Wheelhouse wheelhouse = Wheelhouse.create(temp.resolve("wheelhouse"));
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("slow"),
            java.util.Map.of(
                "setup.py",
                "import time\nfrom setuptools import setup\n\ntime.sleep(60)\n"
                    + "setup(name='slow', version='1.0', py_modules=[])\n",
                ".pre-commit-hooks.yaml",
                "-   id: slow\n    name: slow\n    entry: slow\n    language: python\n"));
    TestRepo repo = repoWith(hooks.config("slow", ""));
    wheelhouse.configure(repo);
    CliResult[] result = new CliResult[1];
    Thread run = new Thread(() -> result[0] = repo.run("install-hooks"));
    run.start();
    Path repos = Path.of(repo.env().get("PRECOMMIT_HOME"), "repos");
    long deadline = System.nanoTime() + 60_000_000_000L;
    Path env = null;
    while (env == null && System.nanoTime() < deadline) {
      Thread.sleep(100);
      if (Files.isDirectory(repos)) {
        try (Stream<Path> entries = Files.list(repos)) {
          env =
              entries
                  .map(e -> e.resolve("py_env-python3"))
                  .filter(EnvironmentInstallE2ETest::hasPip)
                  .findFirst()
                  .orElse(null);
        }
      }
    }
    assertTrue(env != null, "the install started");
    Thread.sleep(1500); // pip is now building the sleeping setup.py
    run.interrupt();
    run.join(30_000);
    assertEquals(130, result[0].exitCode(), result[0]::toString);
    assertFalse(Files.exists(env), "the half-built environment was removed");
  }

  /** The environment was seeded with pip, so {@code pip install} comes next. */
  private static boolean hasPip(Path env) {
    try (Stream<Path> libs = Files.list(env.resolve("lib"))) {
      return libs.anyMatch(lib -> Files.isDirectory(lib.resolve("site-packages/pip")));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void gcKeepsTheLocalEntryWhileAConfigUsesIt() throws IOException {
    HookRepoFixture pkg = NodeLanguageE2ETest.helloRepo(temp.resolve("pkg"));
    String local =
        "repos:\n-   repo: local\n    hooks:\n    -   id: hello\n        name: hello\n"
            + "        entry: hello-node\n        language: node\n"
            + "        additional_dependencies: ['file:"
            + pkg.path()
            + "']\n";
    TestRepo repo = repoWith(local);
    CliResult run = repo.run("run", "--all-files");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.stdout().contains("[INFO] Installing environment for local.\n"), run::toString);
    assertTrue(
        run.stdout().startsWith("[INFO] Initializing environment for local:file:"), run::toString);

    assertEquals("0 repo(s) removed.\n", repo.run("gc").stdout());
    onlyEnvironment(repo, "node_env-system");

    repo.write(".pre-commit-config.yaml", "repos: []\n");
    assertEquals("1 repo(s) removed.\n", repo.run("gc").stdout());
  }
}
