package dev.precommit.e2e;

import static dev.precommit.e2e.SystemLanguageRuns.installsOnceUppercasesAndIsReused;
import static dev.precommit.e2e.SystemLanguageRuns.manifest;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: rust} end to end with the system's cargo, offline: {@code cargo install --path
 * .} of a dependency-free crate.
 */
class RustLanguageE2ETest {
  static final String UPPER_RS =
      "use std::fs;\n\nfn main() {\n    for f in std::env::args().skip(1) {\n"
          + "        let text = fs::read_to_string(&f).unwrap();\n"
          + "        fs::write(&f, text.to_uppercase()).unwrap();\n    }\n}\n";

  @TempDir Path temp;

  /**
   * cargo offline, and rustup's toolchains where the test's HOME does not have them: a rustup
   * install keeps them under the developer's home, which the isolated HOME hides.
   */
  static TestRepo offline(TestRepo repo) {
    repo.setEnv("CARGO_NET_OFFLINE", "true");
    String rustupHome = System.getenv("RUSTUP_HOME");
    Path defaultRustup = Path.of(System.getProperty("user.home"), ".rustup");
    if (rustupHome != null) {
      repo.setEnv("RUSTUP_HOME", rustupHome);
    } else if (Files.isDirectory(defaultRustup)) {
      repo.setEnv("RUSTUP_HOME", defaultRustup.toString());
    }
    return repo;
  }

  @Test
  void crateIsInstalledWithCargoInstallIntoItsRootAndReused() throws IOException {
    HookRepoFixture hooks =
        HookRepoFixture.create(
            temp.resolve("hooks"),
            Map.of(
                "Cargo.toml",
                "[package]\nname = \"upper-rs\"\nversion = \"0.1.0\"\nedition = \"2021\"\n\n"
                    + "[dependencies]\n",
                "src/main.rs",
                UPPER_RS,
                ".pre-commit-hooks.yaml",
                manifest("upper-rs", "rust")));
    TestRepo repo = offline(userRepo(temp.resolve("user"), hooks.config("upper", "")));

    Path env = installsOnceUppercasesAndIsReused(repo, hooks.path().toString(), "rustenv-system");
    assertTrue(Files.isExecutable(env.resolve("bin/upper-rs")));
  }
}
