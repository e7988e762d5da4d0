package dev.precommit.e2e;

import static dev.precommit.e2e.SystemLanguageRuns.installsOnceUppercasesAndIsReused;
import static dev.precommit.e2e.SystemLanguageRuns.manifest;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: golang} end to end with the system's go, offline ({@code GOPROXY=off}): a
 * dependency-free module is built by {@code go install ./...} into the environment's bin.
 */
class GolangLanguageE2ETest {
  static final String UPPER_GO =
      "package main\n\nimport (\n\t\"os\"\n\t\"strings\"\n)\n\n"
          + "func main() {\n\tfor _, f := range os.Args[1:] {\n"
          + "\t\tb, err := os.ReadFile(f)\n\t\tif err != nil {\n\t\t\tpanic(err)\n\t\t}\n"
          + "\t\tif err := os.WriteFile(f, []byte(strings.ToUpper(string(b))), 0o644); err != nil"
          + " {\n\t\t\tpanic(err)\n\t\t}\n\t}\n}\n";

  @TempDir Path temp;

  /** No module proxy, no toolchain download: everything comes from the disk. */
  static TestRepo offline(TestRepo repo) {
    return repo.setEnv("GOPROXY", "off")
        .setEnv("GOFLAGS", "-mod=mod")
        .setEnv("GOTOOLCHAIN", "local");
  }

  @Test
  void moduleIsInstalledWithGoInstallIntoItsGopathAndReused() throws IOException {
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("hooks"),
            Map.of(
                "go.mod",
                "module example.com/upper-go\n\ngo 1.19\n",
                "main.go",
                UPPER_GO,
                ".pre-commit-hooks.yaml",
                manifest("upper-go", "golang")));
    TestRepo repo = offline(userRepo(temp.resolve("user"), hooks.config("upper", "")));

    Path env = installsOnceUppercasesAndIsReused(repo, hooks.path().toString(), "golangenv-system");
    assertTrue(Files.isExecutable(env.resolve("bin/upper-go")));
    // the module cache (GOPATH/pkg) is removed after the install, as pre-commit does
    assertFalse(Files.exists(env.resolve("pkg")));
  }
}
