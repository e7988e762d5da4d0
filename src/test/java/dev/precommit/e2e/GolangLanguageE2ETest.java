package dev.precommit.e2e;

import static dev.precommit.e2e.SystemLanguageRuns.installsOnceUppercasesAndIsReused;
import static dev.precommit.e2e.SystemLanguageRuns.localConfig;
import static dev.precommit.e2e.SystemLanguageRuns.manifest;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code language: golang} end to end with the system's go, offline: a dependency-free module is
 * built by {@code go install ./...} into the environment's bin ({@code GOPROXY=off}); a local
 * hook's additional dependency comes from a module mirror on disk.
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

  /**
   * A module proxy on disk ({@code GOPROXY=file://...}, the layout every Go module mirror serves)
   * holding {@code example.com/upper v1.0.0}.
   */
  private Path moduleProxy() throws IOException {
    Path proxy = temp.resolve("proxy");
    Path versions = Files.createDirectories(proxy.resolve("example.com/upper/@v"));
    String goMod = "module example.com/upper\n\ngo 1.19\n";
    Files.writeString(versions.resolve("list"), "v1.0.0\n");
    Files.writeString(
        versions.resolve("v1.0.0.info"),
        "{\"Version\":\"v1.0.0\",\"Time\":\"2026-01-01T00:00:00Z\"}");
    Files.writeString(versions.resolve("v1.0.0.mod"), goMod);
    try (ZipOutputStream zip =
        new ZipOutputStream(Files.newOutputStream(versions.resolve("v1.0.0.zip")))) {
      for (Map.Entry<String, String> file :
          Map.of("go.mod", goMod, "main.go", UPPER_GO).entrySet()) {
        zip.putNextEntry(new ZipEntry("example.com/upper@v1.0.0/" + file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return proxy;
  }

  @Test
  void localHookInstallsAModuleFromAMirrorAsAdditionalDependency() throws IOException {
    TestRepo repo =
        userRepo(
            temp.resolve("user"),
            localConfig(
                "upper",
                "golang",
                "        additional_dependencies: [example.com/upper@v1.0.0]\n"));
    offline(repo).setEnv("GOPROXY", moduleProxy().toUri().toString()).setEnv("GOSUMDB", "off");

    Path env = installsOnceUppercasesAndIsReused(repo, "local", "golangenv-system");
    // the local skeleton's placeholder module and the dependency
    assertTrue(Files.isExecutable(env.resolve("bin/noop")));
    assertTrue(Files.isExecutable(env.resolve("bin/upper")));
    assertFalse(Files.exists(env.resolve("pkg")), "the module cache is removed");
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
  }
}
