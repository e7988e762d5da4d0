package dev.precommit.e2e;

import static dev.precommit.e2e.InstalledHook.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** install.sh's launcher and the class archive it builds, on the packaged jar. */
class LauncherIT {
  @TempDir Path temp;

  @Test
  void installShWritesALauncherThatRunsAndBuildsTheClassArchive() throws IOException {
    TestRepo repo = TestRepo.init(temp.resolve("r"));
    repo.env().remove("PRECOMMIT_NO_TRAIN");
    repo.setEnv("XDG_CACHE_HOME", temp.resolve("cache").toString());
    repo.setEnv("PREFIX", temp.resolve("prefix").toString());
    Path installSh = Path.of("install.sh").toAbsolutePath();
    CliResult install =
        repo.exec(Path.of(".").toAbsolutePath(), List.of("bash", installSh.toString()));
    assertEquals(0, install.exitCode(), install::toString);
    Path launcher = temp.resolve("prefix/bin/precommit");
    assertTrue(Files.isExecutable(launcher));
    try (Stream<Path> archives = Files.list(temp.resolve("cache/precommit-jvm"))) {
      List<String> names = archives.map(p -> p.getFileName().toString()).toList();
      assertTrue(
          names.stream().anyMatch(n -> n.endsWith(".aot") || n.endsWith(".jsa")),
          () -> "archive built: " + names);
    }
    repo.write(
        ".pre-commit-config.yaml",
        "repos:\n-   repo: local\n    hooks:\n    -   id: t\n        name: t\n"
            + "        entry: 'true'\n        language: system\n");
    repo.git("add", "-A");
    CliResult run = repo.exec(repo.root(), List.of(launcher.toString(), "run"));
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("t" + ".".repeat(72) + "Passed\n", run.stdout());
    assertEquals("", run.stderr(), "no JVM archive chatter");
    CliResult version = git(repo, "--version");
    assertEquals(0, version.exitCode());
  }
}
