package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Drives the packaged jar as a subprocess, the way a user's shell and git hooks do. */
public final class InstalledHook {
  private InstalledHook() {}

  public static Path jar() {
    String jar = System.getProperty("precommit.jar", "target/precommit.jar");
    return Path.of(jar).toAbsolutePath();
  }

  /** {@code java -jar precommit.jar args...} in the repository root. */
  public static CliResult precommit(TestRepo repo, String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    argv.add("-jar");
    argv.add(jar().toString());
    argv.addAll(List.of(args));
    return repo.exec(repo.root(), argv);
  }

  /** Installs hooks of the given types; fails the test if install fails. */
  public static void install(TestRepo repo, String... hookTypes) {
    List<String> args = new ArrayList<>(List.of("install"));
    for (String type : hookTypes) {
      args.add("-t");
      args.add(type);
    }
    CliResult r = precommit(repo, args.toArray(String[]::new));
    assertEquals(0, r.exitCode(), r::toString);
  }

  /** Runs git; output and exit code are returned, not asserted. */
  public static CliResult git(TestRepo repo, String... args) {
    List<String> argv = new ArrayList<>(List.of("git"));
    argv.addAll(List.of(args));
    return repo.exec(repo.root(), argv);
  }
}
