package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Checks shared by the remote-repository tests: store contents and how failures look. */
final class RemoteAssertions {
  private RemoteAssertions() {}

  /** A consuming repository whose committed config is {@code config}, with a file {@code bar}. */
  static TestRepo consumer(Path base, String config) {
    TestRepo repo = TestRepo.init(base);
    repo.write(".pre-commit-config.yaml", config).write("bar", "bar\n");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "init");
    return repo;
  }

  /** One remote repo with the given hooks section (each line already indented). */
  static String config(String repo, String rev, String hooks) {
    return "repos:\n-   repo: " + repo + "\n    rev: '" + rev + "'\n    hooks:\n" + hooks;
  }

  static String verboseBashHook() {
    return "    -   id: bash_hook\n        verbose: true\n";
  }

  static Path store(TestRepo repo) {
    return Path.of(repo.env().get("PRECOMMIT_HOME"));
  }

  /** The finished entries ({@code repos/*.entry}) of a store. */
  static List<String> entries(Path store) {
    Path repos = store.resolve("repos");
    if (!Files.isDirectory(repos)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(repos)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".entry"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of one entry file: repo, rev, commit, dependencies. */
  static List<String> entry(Path store, String name) {
    try {
      return Files.readAllLines(store.resolve("repos").resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path entryDir(Path store, String name) {
    return store.resolve("repos").resolve(name.substring(0, name.length() - ".entry".length()));
  }

  /** After a failed build: no entry, no directory under repos/, no leftover build under tmp/. */
  static void assertNothingHalfWritten(Path store) {
    for (String dir : List.of("repos", "tmp")) {
      Path path = store.resolve(dir);
      if (Files.isDirectory(path)) {
        try (Stream<Path> s = Files.list(path)) {
          List<Path> left = s.toList();
          assertEquals(List.of(), left, "nothing may be left in " + path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * A user-facing failure: exit 1, exactly one {@code An error has occurred: } line containing
   * {@code fragment}, then the log pointer; no stack trace anywhere on the terminal.
   */
  static void assertOneLineError(CliResult r, String fragment) {
    assertEquals(1, r.exitCode(), r::toString);
    List<String> lines = r.stdout().lines().toList();
    List<String> errors =
        lines.stream().filter(l -> l.startsWith("An error has occurred: ")).toList();
    assertEquals(1, errors.size(), r::toString);
    assertTrue(errors.get(0).contains(fragment), () -> "expected '" + fragment + "' in\n" + r);
    assertNoStackTrace(r);
  }

  static void assertNoStackTrace(CliResult r) {
    for (String line : (r.stdout() + "\n" + r.stderr()).lines().toList()) {
      assertFalse(
          line.matches("\\s+at .*\\(.*\\)")
              || line.startsWith("Caused by:")
              || line.contains("```"),
          () -> "stack trace on the terminal:\n" + r);
    }
  }

  /** Nothing precommit printed or logged contains {@code secret}. */
  static void assertNoSecret(CliResult r, Path store, String secret) {
    assertFalse(r.stdout().contains(secret), r::toString);
    assertFalse(r.stderr().contains(secret), r::toString);
    Path log = store.resolve("precommit.log");
    if (Files.isRegularFile(log)) {
      try {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(text.contains(secret), () -> "log leaks the secret:\n" + text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Hook durations differ run to run. */
  static String normalise(CliResult r) {
    return RunScenariosE2ETest.durationFree(r.stdout());
  }
}
