package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static dev.precommit.e2e.SystemLanguageRuns.localConfig;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the languages that use a system toolchain say when they cannot install: a missing tool is a
 * user error (exit 1, one line, no stack trace); what pre-commit asserts is exit 3 with its
 * message; a version the system's toolchain is not is a user error naming both.
 */
class SystemToolchainErrorsE2ETest {
  private static final String INSTALL_LINES = installLines("local");

  /** pre-commit's lines for a first install of a local hook whose store entry is {@code key}. */
  private static String installLines(String key) {
    return "[INFO] Initializing environment for "
        + key
        + ".\n[INFO] Installing environment for local.\n"
        + INSTALLING;
  }

  @TempDir Path temp;

  private String logLine(TestRepo repo) {
    return "Check the log at " + repo.env().get("PRECOMMIT_HOME") + "/precommit.log\n";
  }

  @ParameterizedTest(name = "{0} needs {1}")
  @CsvSource({
    "golang,go,''",
    "rust,cargo,''",
    "ruby,ruby,''",
    "perl,perl,''",
    "lua,luarocks,''",
    "swift,swift,''",
    "dotnet,dotnet,''",
    "dart,dart,''",
    "r,Rscript,''",
    "haskell,cabal,'        additional_dependencies: [hlint]\n'",
    "julia,julia,''",
    "conda,conda,''",
  })
  void withoutTheToolOnPathInstallSaysWhichToolIsMissing(
      String language, String tool, String extraKeys) {
    TestRepo repo = userRepo(temp.resolve("user"), localConfig("x", language, extraKeys));
    repo.setEnv("PATH", "");
    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        installLines(extraKeys.contains("hlint") ? "local:hlint" : "local")
            + "An error has occurred: FatalError: `"
            + tool
            + "` is not installed: hooks with `language: "
            + language
            + "` need it on PATH\n"
            + logLine(repo),
        r.stdout());
    assertEquals("", r.stderr());
  }

  @Test
  void condaCanBeMicromamba() {
    TestRepo repo = userRepo(temp.resolve("user"), localConfig("x", "conda", ""));
    repo.setEnv("PATH", "").setEnv("PRE_COMMIT_USE_MICROMAMBA", "1");
    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(r.stdout().contains("`micromamba` is not installed"), r::toString);
  }

  /** Byte for byte what pre-commit 4.6.2 prints for these two assertions. */
  @Test
  void aLanguageVersionForASystemOnlyLanguageIsPreCommitsAssertionError() {
    TestRepo repo =
        userRepo(
            temp.resolve("user"), localConfig("p", "perl", "        language_version: '5.36'\n"));
    CliResult r = repo.run("install-hooks");
    assertEquals(3, r.exitCode(), r::toString);
    assertEquals(
        INSTALL_LINES
            + "An unexpected error has occurred: AssertionError: for now, pre-commit requires"
            + " system-installed perl -- you selected `language_version: 5.36`\n"
            + logLine(repo),
        r.stdout());
  }

  @Test
  void additionalDependenciesForSwiftArePreCommitsAssertionError() {
    TestRepo repo =
        userRepo(
            temp.resolve("user"),
            localConfig("s", "swift", "        additional_dependencies: [a, \"b'c\"]\n"));
    CliResult r = repo.run("install-hooks");
    assertEquals(3, r.exitCode(), r::toString);
    assertEquals(
        installLines("local:a,b'c")
            + "An unexpected error has occurred: AssertionError: for now, pre-commit does not"
            + " support additional_dependencies for swift -- you selected"
            + " `additional_dependencies: ['a', \"b'c\"]`\n"
            + logLine(repo),
        r.stdout());
  }

  @Test
  void haskellWithoutCabalFilesOrDependenciesIsAFatalError() {
    TestRepo repo = userRepo(temp.resolve("user"), localConfig("h", "haskell", ""));
    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        INSTALL_LINES
            + "An error has occurred: FatalError: Expected .cabal files or"
            + " additional_dependencies\n"
            + logLine(repo),
        r.stdout());
  }

  /** pre-commit would download go 1.2; precommit names the system's go instead. */
  @Test
  void aGoVersionTheSystemDoesNotHaveIsAUserErrorNotADownload() {
    TestRepo repo =
        GolangLanguageE2ETest.offline(
            userRepo(
                temp.resolve("user"),
                localConfig("g", "golang", "        language_version: '1.2'\n")));
    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .startsWith(
                INSTALL_LINES
                    + "An error has occurred: FatalError: `language_version: 1.2` asks for a go"
                    + " that `go env GOVERSION` does not report (it says go1."),
        r::toString);
    assertTrue(
        r.stdout().contains("): precommit uses the system's toolchain and downloads none\n"),
        r::toString);
  }

  @Test
  void aRustToolchainRustupDoesNotHaveIsAUserErrorNotADownload() {
    TestRepo repo =
        RustLanguageE2ETest.offline(
            userRepo(
                temp.resolve("user"),
                localConfig("r", "rust", "        language_version: 0.0.1\n")));
    CliResult r = repo.run("install-hooks");
    assertEquals(1, r.exitCode(), r::toString);
    assertEquals(
        INSTALL_LINES
            + "An error has occurred: FatalError: `language_version: 0.0.1` needs the rust"
            + " toolchain `0.0.1` installed in rustup (precommit uses the system's toolchains and"
            + " downloads none): run `rustup toolchain install 0.0.1`\n"
            + logLine(repo),
        r.stdout());
  }
}
