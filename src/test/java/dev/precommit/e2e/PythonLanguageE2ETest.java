package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: python} end to end: real hook repositories (setup.py and pyproject.toml), a real
 * virtual environment and pip, offline from a wheelhouse the test builds.
 */
class PythonLanguageE2ETest {
  static final String INSTALLING =
      "[INFO] Once installed this environment will be reused.\n"
          + "[INFO] This may take a few minutes...\n";

  @TempDir Path temp;
  private Wheelhouse wheelhouse;

  @BeforeEach
  void wheelhouse() throws IOException, InterruptedException {
    wheelhouse = Wheelhouse.create(temp.resolve("wheelhouse"));
  }

  private TestRepo repoWith(String config) {
    TestRepo repo = TestRepo.init(temp.resolve("user"));
    wheelhouse.configure(repo);
    repo.write(".pre-commit-config.yaml", config);
    repo.write("a.txt", "hello\n");
    repo.git("add", "-A");
    return repo;
  }

  static final String HELLO_MODULE =
      "import os, sys\n\n\ndef main():\n"
          + "    env = os.environ['VIRTUAL_ENV']\n"
          + "    print('hello from', os.path.basename(env), 'in', sys.prefix == env, sys.argv[1:])\n"
          + "    return 0\n";

  private HookRepoFixture setupPyRepo() {
    return HookRepoFixture.create(
        temp.resolve("hooks-setup-py"),
        Map.of(
            "setup.py",
            "from setuptools import setup\n\nsetup(name='hello-hook', version='1.0',"
                + " py_modules=['hello_hook'],"
                + " entry_points={'console_scripts': ['hello-hook=hello_hook:main']})\n",
            "hello_hook.py",
            HELLO_MODULE,
            ".pre-commit-hooks.yaml",
            "-   id: hello\n    name: hello\n    entry: hello-hook\n    language: python\n"
                + "    files: \\.txt$\n"));
  }

  @Test
  void setupPyRepositoryInstallsOnceRunsInItsVirtualenvAndIsReused() throws IOException {
    HookRepoFixture hooks = setupPyRepo();
    TestRepo repo = repoWith(hooks.config("hello", "        verbose: true\n"));

    CliResult first = repo.run("run", "--all-files");
    assertEquals(0, first.exitCode(), first::toString);
    assertTrue(
        first
            .stdout()
            .startsWith(
                "[INFO] Initializing environment for "
                    + hooks.path()
                    + ".\n[INFO] Installing environment for "
                    + hooks.path()
                    + ".\n"
                    + INSTALLING),
        first::toString);
    assertTrue(
        first.stdout().contains("hello from py_env-python3 in True ['a.txt']"), first::toString);
    Path env = onlyEnvironment(repo, "py_env-python3");
    assertTrue(Files.exists(env.resolve(".install_state_v2")));
    assertEquals(
        "{\"additional_dependencies\": []}",
        Files.readString(env.resolve(".install_state_v1"), StandardCharsets.UTF_8));

    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
    assertTrue(second.stdout().contains("hello from py_env-python3"), second::toString);
  }

  @Test
  void anUpgradedBaseInterpreterFailsTheHealthCheckAndTheEnvironmentIsRebuilt() throws IOException {
    HookRepoFixture hooks = setupPyRepo();
    TestRepo repo = repoWith(hooks.config("hello", ""));
    assertEquals(0, repo.run("install-hooks").exitCode());
    Path cfg = onlyEnvironment(repo, "py_env-python3").resolve("pyvenv.cfg");
    // what an in-place upgrade of the base interpreter looks like from the environment
    Files.writeString(
        cfg, Files.readString(cfg).replaceAll("(?m)^version = .*$", "version = 3.0.1"));

    CliResult r = repo.run("install-hooks");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(
        "[INFO] Installing environment for " + hooks.path() + ".\n" + INSTALLING, r.stdout());
    assertFalse(Files.readString(cfg).contains("3.0.1"));
    assertEquals("", repo.run("install-hooks").stdout());
  }

  @Test
  void pyprojectTomlRepositoryWithSetuptoolsBackendFixesFiles() throws IOException {
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("hooks-pyproject"),
            Map.of(
                "pyproject.toml",
                "[build-system]\nrequires = [\"setuptools\"]\n"
                    + "build-backend = \"setuptools.build_meta\"\n\n"
                    + "[project]\nname = \"shout-hook\"\nversion = \"1.0\"\n\n"
                    + "[project.scripts]\nshout-hook = \"shout_hook:main\"\n\n"
                    + "[tool.setuptools]\npy-modules = [\"shout_hook\"]\n",
                "shout_hook.py",
                "import sys\n\n\ndef main():\n    for name in sys.argv[1:]:\n"
                    + "        with open(name) as f:\n            text = f.read()\n"
                    + "        with open(name, 'w') as f:\n            f.write(text.upper())\n"
                    + "    return 0\n",
                ".pre-commit-hooks.yaml",
                "-   id: shout\n    name: shout\n    entry: shout-hook\n    language: python\n"
                    + "    types: [text]\n"));
    TestRepo repo = repoWith(hooks.config("shout", "        files: \\.txt$\n"));

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(first.stdout().contains(INSTALLING), first::toString);
    assertTrue(first.stdout().contains("- files were modified by this hook"), first::toString);
    assertEquals("HELLO\n", repo.read("a.txt"));

    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
  }

  @Test
  void localHookRunsAToolFromItsAdditionalDependencies() throws IOException {
    wheelhouse.addWheel(
        "local_tool",
        "2.0",
        Map.of(
            "local_tool.py",
            "import sys\n\n\ndef main():\n    print('local tool saw', sys.argv[1:])\n"
                + "    return 3\n"),
        List.of("local-tool = local_tool:main"));
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: local\n    hooks:\n    -   id: tool\n        name: tool\n"
                + "        entry: local-tool\n        language: python\n"
                + "        additional_dependencies: [local_tool==2.0]\n"
                + "        files: \\.txt$\n");

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(
        first
            .stdout()
            .startsWith(
                "[INFO] Initializing environment for local:local_tool==2.0.\n"
                    + "[INFO] Installing environment for local.\n"
                    + INSTALLING),
        first::toString);
    assertTrue(first.stdout().contains("- exit code: 3"), first::toString);
    assertTrue(first.stdout().contains("local tool saw ['a.txt']"), first::toString);

    CliResult second = repo.run("run", "--all-files");
    assertEquals(1, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
  }

  @Test
  void localHookWithoutDependenciesInstallsThePlaceholderPackage() {
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: local\n    hooks:\n    -   id: py\n        name: py\n"
                + "        entry: python -c 'import os, sys; print(sys.prefix ==\n"
                + "          os.environ[\"VIRTUAL_ENV\"])'\n"
                + "        language: python\n        verbose: true\n        files: \\.txt$\n");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("\nTrue\n"), r::toString);
  }

  @Test
  void aMissingInterpreterIsAClearErrorWithoutStackTrace() {
    HookRepoFixture hooks = setupPyRepo();
    TestRepo repo = repoWith(hooks.config("hello", "        language_version: python3.99\n"));
    CliResult r = repo.run("run", "--all-files");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .contains(
                "An error has occurred: FatalError: `python3.99` is not installed: hooks with"
                    + " `language: python` need it on PATH\n"),
        r::toString);
    assertFalse(r.stdout().contains("\tat "), r::toString);
    assertEquals("", r.stderr());
  }

  @Test
  void skippedHooksAreNeverInstalled() {
    HookRepoFixture hooks = setupPyRepo();
    TestRepo repo = repoWith(hooks.config("hello", "        language_version: python3.99\n"));
    repo.setEnv("SKIP", "hello");
    CliResult r = repo.run("run", "--all-files");
    assertEquals(0, r.exitCode(), r::toString);
    assertFalse(r.stdout().contains("Installing environment"), r::toString);
  }

  /** The one environment directory called {@code name} in the store. */
  static Path onlyEnvironment(TestRepo repo, String name) throws IOException {
    Path repos = Path.of(repo.env().get("PRECOMMIT_HOME"), "repos");
    try (Stream<Path> dirs = Files.list(repos)) {
      List<Path> envs = dirs.map(d -> d.resolve(name)).filter(Files::isDirectory).toList();
      assertEquals(1, envs.size(), () -> "environments " + envs);
      return envs.get(0);
    }
  }
}
