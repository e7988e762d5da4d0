package dev.precommit.e2e;

import static dev.precommit.e2e.PythonLanguageE2ETest.INSTALLING;
import static dev.precommit.e2e.SystemLanguageRuns.userRepo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code install-hooks} installs independent environments in parallel (here: ruby hook repositories
 * whose gemspecs take a second to evaluate and note when they ran) while printing exactly
 * pre-commit's sequential lines, and on a terminal shows a status line on stderr.
 */
class InstallHooksE2ETest {
  @TempDir Path temp;

  /** A gem hook repository whose gemspec sleeps and logs its start and end to $SPAN_LOG. */
  private HookRepoFixture slowGemRepo(String name, String body) {
    Map<String, String> files = new HashMap<>();
    files.put(
        name + ".gemspec",
        "File.open(ENV['SPAN_LOG'], 'a') { |f| f.puts \"start "
            + name
            + " #{Process.clock_gettime(Process::CLOCK_REALTIME)}\" }\n"
            + body
            + "File.open(ENV['SPAN_LOG'], 'a') { |f| f.puts \"end "
            + name
            + " #{Process.clock_gettime(Process::CLOCK_REALTIME)}\" }\n"
            + "Gem::Specification.new do |s|\n  s.name = '"
            + name
            + "'\n  s.version = '1.0.0'\n  s.summary = 'x'\n  s.authors = ['T']\n"
            + "  s.license = 'MIT'\n  s.files = []\nend\n");
    files.put(
        ".pre-commit-hooks.yaml",
        "-   id: " + name + "\n    name: " + name + "\n    entry: \"true\"\n    language: ruby\n");
    return HookRepoFixture.create(temp.resolve(name), files);
  }

  private static String config(List<HookRepoFixture> repos) {
    StringBuilder config = new StringBuilder("repos:\n");
    for (HookRepoFixture repo : repos) {
      String id = repo.path().getParent().getFileName().toString();
      config.append(repo.config(id, "").substring("repos:\n".length()));
    }
    return config.toString();
  }

  private static String installLines(List<HookRepoFixture> repos) {
    StringBuilder out = new StringBuilder();
    for (HookRepoFixture repo : repos) {
      out.append("[INFO] Installing environment for ")
          .append(repo.path())
          .append(".\n")
          .append(INSTALLING);
    }
    return out.toString();
  }

  private static String initLines(List<HookRepoFixture> repos) {
    StringBuilder out = new StringBuilder();
    for (HookRepoFixture repo : repos) {
      out.append("[INFO] Initializing environment for ").append(repo.path()).append(".\n");
    }
    return out.toString();
  }

  /** start and end time (seconds) of each gemspec's evaluation. */
  private static Map<String, double[]> spans(Path log) throws IOException {
    Map<String, double[]> spans = new HashMap<>();
    for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
      String[] parts = line.split(" ");
      double[] span = spans.computeIfAbsent(parts[1], k -> new double[2]);
      span[parts[0].equals("start") ? 0 : 1] = Double.parseDouble(parts[2]);
    }
    return spans;
  }

  @Test
  void independentEnvironmentsInstallAtOnceWithPreCommitsOutputInConfigOrder() throws IOException {
    List<HookRepoFixture> repos =
        List.of(slowGemRepo("first", "sleep 1.5\n"), slowGemRepo("second", "sleep 1.5\n"));
    TestRepo repo = userRepo(temp.resolve("user"), config(repos));
    Path log = temp.resolve("spans.log");
    repo.setEnv("SPAN_LOG", log.toString());

    CliResult r = repo.run("install-hooks");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(initLines(repos) + installLines(repos), r.stdout());
    assertEquals("", r.stderr());
    Map<String, double[]> spans = spans(log);
    double[] first = spans.get("first");
    double[] second = spans.get("second");
    assertTrue(
        first[0] < second[1] && second[0] < first[1],
        () -> "the two installs did not overlap: " + List.of(first, second));

    assertEquals("", repo.run("install-hooks").stdout());
  }

  @Test
  void theFirstFailureInConfigOrderIsReportedAfterTheLinesBeforeIt() {
    List<HookRepoFixture> repos =
        List.of(
            slowGemRepo("slow", "sleep 1\n"),
            slowGemRepo("broken", "raise 'no gem today'\n"),
            slowGemRepo("fine", ""));
    TestRepo repo = userRepo(temp.resolve("user"), config(repos));
    repo.setEnv("SPAN_LOG", temp.resolve("spans.log").toString());

    CliResult r = repo.run("install-hooks");
    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(
        r.stdout()
            .startsWith(
                initLines(repos)
                    + installLines(repos.subList(0, 2))
                    + "An unexpected error has occurred: CalledProcessError: command:"
                    + " ('gem', 'build', 'broken.gemspec')\nreturn code: 1\n"),
        r::toString);
    assertTrue(r.stdout().contains("no gem today"), r::toString);
  }

  @Test
  void onATerminalAStatusLineOnStderrShowsWhatIsInstallingAndIsClearedAfterwards() {
    List<HookRepoFixture> repos =
        List.of(slowGemRepo("first", "sleep 0.5\n"), slowGemRepo("second", "sleep 0.5\n"));
    TestRepo repo = userRepo(temp.resolve("user"), config(repos));
    repo.setEnv("SPAN_LOG", temp.resolve("spans.log").toString())
        .setEnv("TERM", "xterm")
        .setEnv("COLUMNS", "500");

    CliResult r = repo.runOnTerminal("install-hooks", "--color", "never");
    assertEquals(0, r.exitCode(), r::toString);
    assertEquals(initLines(repos) + installLines(repos), r.stdout());
    assertTrue(r.stderr().startsWith("\r\033[K| installing: ruby "), r::toString);
    for (HookRepoFixture hooks : repos) {
      assertTrue(r.stderr().contains("ruby " + hooks.path() + " (0s)"), r::toString);
    }
    assertTrue(r.stderr().endsWith("\r\033[K"), r::toString);
    assertEquals("", repo.runOnTerminal("install-hooks", "--color", "never").stderr());
  }
}
