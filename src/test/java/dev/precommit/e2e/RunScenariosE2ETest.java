package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance scenarios (spec §12, §14): each directory under {@code scenarios/} sets up a real
 * repository and runs one command; stdout and the exit code must equal what pre-commit 4.6.2
 * printed for the same setup ({@code expected.out}, recorded by {@code record.py}).
 */
class RunScenariosE2ETest {
  static final Path SCENARIOS = Path.of("src", "test", "resources", "scenarios").toAbsolutePath();

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> outputAndExitCodeEqualPreCommits() throws IOException {
    List<Path> dirs;
    try (Stream<Path> s = Files.list(SCENARIOS)) {
      dirs =
          s.filter(Files::isDirectory)
              .filter(d -> !d.getFileName().toString().startsWith("_"))
              .sorted()
              .toList();
    }
    assertTrue(dirs.size() >= 25, "at least 25 scenarios");
    return dirs.stream()
        .map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
  }

  private void check(Path dir) throws IOException {
    Path base = Files.createTempDirectory(temp, dir.getFileName().toString());
    TestRepo repo = TestRepo.init(base);
    CliResult setup =
        repo.exec(repo.root(), List.of("sh", "-e", dir.resolve("setup.sh").toString()));
    assertEquals(0, setup.exitCode(), setup::toString);
    List<String> args = Files.readAllLines(dir.resolve("args"), StandardCharsets.UTF_8);
    if (Files.exists(dir.resolve("env"))) {
      for (String line : Files.readAllLines(dir.resolve("env"), StandardCharsets.UTF_8)) {
        int eq = line.indexOf('=');
        repo.setEnv(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    Path cwd = repo.root();
    if (Files.exists(dir.resolve("cwd"))) {
      cwd = repo.root().resolve(Files.readString(dir.resolve("cwd")).strip());
    }
    CliResult r = repo.runIn(cwd, args.toArray(String[]::new));
    // compared as bytes (ISO-8859-1 keeps each byte): hook output is never re-encoded
    String actual =
        durationFree(
            normalise(
                new String(r.stdoutBytes(), StandardCharsets.ISO_8859_1)
                    + new String(
                        r.stderr().getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1),
                repo));
    String expected =
        durationFree(
            new String(
                Files.readAllBytes(dir.resolve("expected.out")), StandardCharsets.ISO_8859_1));
    int expectedRc = Integer.parseInt(Files.readString(dir.resolve("expected.rc")).strip());
    assertEquals(expected, actual, () -> "scenario " + dir.getFileName() + "\n" + r);
    assertEquals(expectedRc, r.exitCode(), () -> "exit code of " + dir.getFileName());
  }

  /** Wall-clock durations differ run to run; their format is covered by HookRunnerTest. */
  static String durationFree(String text) {
    return text.replaceAll("- duration: [0-9.]+s", "- duration: <t>s");
  }

  static String normalise(String text, TestRepo repo) {
    return text.replace(repo.root().toString(), "<root>")
        .replace(repo.home().toString(), "<home>")
        .replaceAll("Check the log at \\S+", "Check the log at <log>");
  }
}
