package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static dev.precommit.e2e.PythonLanguageE2ETest.onlyEnvironment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The check every system-toolchain language's test makes: a hook that upper-cases its files is
 * installed once (the three "Installing environment" lines), healthy, modifies the file, and the
 * second run reuses the environment (no line at all) and passes.
 */
final class SystemLanguageRuns {
  static final String CONTENT = "hello world\n";
  static final String UPPER = "HELLO WORLD\n";

  private SystemLanguageRuns() {}

  /** A user repository with {@code config} and one staged {@code a.txt}. */
  static TestRepo userRepo(Path base, String config) {
    TestRepo repo = TestRepo.init(base);
    repo.write(".pre-commit-config.yaml", config);
    repo.write("a.txt", CONTENT);
    repo.git("add", "-A");
    return repo;
  }

  /**
   * Runs the hook twice; returns the environment directory ({@code envName} in the store).
   *
   * @param src the repository as the install line names it ({@code local} or its path)
   */
  static Path installsOnceUppercasesAndIsReused(TestRepo repo, String src, String envName)
      throws IOException {
    CliResult first = repo.run("run", "--all-files");
    assertEquals(1, first.exitCode(), first::toString);
    assertTrue(
        first.stdout().contains("[INFO] Installing environment for " + src + ".\n" + INSTALLING),
        first::toString);
    assertTrue(first.stdout().contains("- files were modified by this hook"), first::toString);
    assertEquals(UPPER, repo.read("a.txt"));
    Path env = onlyEnvironment(repo, envName);
    assertTrue(Files.exists(env.resolve(".install_state_v2")));

    repo.git("add", "-A");
    CliResult second = repo.run("run", "--all-files");
    assertEquals(0, second.exitCode(), second::toString);
    assertFalse(second.stdout().contains("[INFO]"), second::toString);
    assertEquals("", repo.run("install-hooks").stdout());
    return env;
  }

  /** The manifest of a hook repository with one hook, {@code upper}, on *.txt files. */
  static String manifest(String entry, String language) {
    return "-   id: upper\n    name: upper\n    entry: "
        + entry
        + "\n    language: "
        + language
        + "\n    files: \\.txt$\n";
  }

  /** A {@code repo: local} config of one hook, {@code upper}, on *.txt files. */
  static String localConfig(String entry, String language, String extraKeys) {
    return "repos:\n-   repo: local\n    hooks:\n    -   id: upper\n        name: upper\n"
        + "        entry: "
        + entry
        + "\n        language: "
        + language
        + "\n        files: \\.txt$\n"
        + extraKeys;
  }
}
