package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static dev.precommit.e2e.PythonLanguageE2ETest.onlyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: node} end to end with the system's node and npm: a hook repository with a
 * package.json, and prettier from the npm registry as a local hook's additional dependency.
 */
class NodeLanguageE2ETest {
  @TempDir Path temp;

  /** Variables a user's shell has that npm needs to reach the registry from this machine. */
  static void passNetworkSettings(TestRepo repo) {
    for (String name :
        List.of(
            "NODE_EXTRA_CA_CERTS",
            "HTTPS_PROXY",
            "HTTP_PROXY",
            "NO_PROXY",
            "https_proxy",
            "http_proxy",
            "no_proxy")) {
      String value = System.getenv(name);
      if (value != null) {
        repo.setEnv(name, value);
      }
    }
  }

  /** A hook repository whose package.json names one bin script, {@code hello-node}. */
  static HookRepoFixture helloRepo(Path base) {
    return HookRepoFixture.create(
        base,
        Map.of(
            "package.json",
            "{\"name\": \"hello-node-hook\", \"version\": \"1.0.0\","
                + " \"bin\": {\"hello-node\": \"bin/hello.js\"}}\n",
            "bin/hello.js",
            "#!/usr/bin/env node\nconst path = require('path');\n"
                + "console.log('hello from', path.basename(process.env.NODE_VIRTUAL_ENV),"
                + " process.argv.slice(2).join(' '));\n",
            ".pre-commit-hooks.yaml",
            "-   id: hello-node\n    name: hello node\n    entry: hello-node\n"
                + "    language: node\n    files: \\.txt$\n"));
  }

  private TestRepo repoWith(String config, String file, String content) {
    TestRepo repo = TestRepo.init(temp.resolve("user"));
    passNetworkSettings(repo);
    repo.write(".pre-commit-config.yaml", config);
    repo.write(file, content);
    repo.git("add", "-A");
    return repo;
  }

  @Test
  void hookRepositoryWithPackageJsonIsInstalledIntoItsOwnPrefixAndReused() throws IOException {
    HookRepoFixture hooks = helloRepo(temp.resolve("hooks"));
    TestRepo repo = repoWith(hooks.config("hello-node", "        verbose: true\n"), "a.txt", "x\n");

    CliResult first = repo.run("run", "--all-files");
    assertEquals(0, first.exitCode(), first::toString);
    assertTrue(
        first
            .stdout()
            .contains("[INFO] Installing environment for " + hooks.path() + ".\n" + INSTALLING),
        first::toString);
    assertTrue(first.stdout().contains("hello from node_env-system a.txt"), first::toString);
    Path env = onlyEnvironment(repo, "node_env-system");
    assertTrue(Files.isDirectory(env.resolve("lib/node_modules/hello-node-hook")));
    assertTrue(Files.exists(env.resolve(".install_state_v2")));

    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
    assertTrue(second.stdout().contains("hello from node_env-system a.txt"), second::toString);
  }

  @Test
  void prettierFromTheRegistryFixesAFile() {
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: local\n    hooks:\n    -   id: prettier\n        name: prettier\n"
                + "        entry: prettier --write --ignore-unknown\n        language: node\n"
                + "        additional_dependencies: [prettier@3]\n        types: [javascript]\n",
            "a.js",
            "const x = {a:1,\n  b:2}\n");

    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(
        first
            .stdout()
            .startsWith(
                "[INFO] Initializing environment for local:prettier@3.\n"
                    + "[INFO] Installing environment for local.\n"
                    + INSTALLING),
        first::toString);
    assertTrue(first.stdout().contains("- files were modified by this hook"), first::toString);
    assertEquals("const x = { a: 1, b: 2 };\n", repo.read("a.js"));

    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
  }

  @Test
  void withoutNodeOnPathInstallSaysSoAndExits1WithoutStackTrace() {
    TestRepo repo =
        repoWith(
            "repos:\n-   repo: local\n    hooks:\n    -   id: prettier\n        name: prettier\n"
                + "        entry: prettier --write\n        language: node\n"
                + "        additional_dependencies: [prettier@3]\n",
            "a.js",
            "x\n");
    repo.setEnv("PATH", "");
    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        "[INFO] Initializing environment for local:prettier@3.\n"
            + "[INFO] Installing environment for local.\n"
            + INSTALLING
            + "An error has occurred: FatalError: `node` is not installed: hooks with"
            + " `language: node` need it on PATH\n"
            + "Check the log at "
            + repo.env().get("PRECOMMIT_HOME")
            + "/precommit.log\n",
        r.stdout());
    assertEquals("", r.stderr());
  }
}
