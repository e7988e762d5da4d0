package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.config.ConfigLoader;
import dev.precommit.e2e.TestRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every fixture under hooks-catalog/&lt;hook-id&gt;/cases/ (written by
 * hooks-catalog/tools/make_fixtures.py): the inputs are staged in a fresh git repository, the hook
 * runs with the fixture's arguments, and its exit code, its output (byte for byte) and every file
 * afterwards must be as recorded.
 */
class BuiltinFixturesTest {
  static final Path CATALOG = Path.of("hooks-catalog");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyFixtureGivesTheRecordedResult() throws IOException {
    Map<String, String> entries = new HashMap<>();
    for (Map<String, Object> hook :
        ConfigLoader.loadManifestText(Catalog.manifestText(), "builtin", w -> {})) {
      entries.put((String) hook.get("id"), (String) hook.get("entry"));
    }
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> hooks = Files.list(CATALOG)) {
      for (Path hookDir : hooks.sorted().toList()) {
        Path cases = hookDir.resolve("cases");
        if (!Files.isDirectory(cases)) {
          continue;
        }
        String id = hookDir.getFileName().toString();
        try (Stream<Path> all = Files.list(cases)) {
          for (Path c : all.sorted().toList()) {
            tests.add(
                DynamicTest.dynamicTest(
                    id + " " + c.getFileName(), () -> check(entries.get(id), c)));
          }
        }
      }
    }
    assertTrue(
        tests.size() > 250, "the fixtures are missing: run hooks-catalog/tools/make_fixtures.py");
    return tests.stream();
  }

  private static final java.util.Set<String> NEED_PYTHON =
      java.util.Set.of(
          "check-ast",
          "check-builtin-literals",
          "check-docstring-first",
          "debug-statement-hook",
          "double-quote-string-fixer");

  static boolean hasPython3() {
    for (String dir : System.getenv("PATH").split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, "python3"))) {
        return true;
      }
    }
    return false;
  }

  private void check(String entry, Path fixture) throws Exception {
    // the Python-source hooks run the real interpreter: a differential test where it exists
    org.junit.jupiter.api.Assumptions.assumeTrue(
        !NEED_PYTHON.contains(entry) || hasPython3(), "python3 is not installed");
    Path base = Files.createTempDirectory(temp, "case");
    TestRepo repo = TestRepo.init(base);
    Path in = fixture.resolve("in");
    List<Path> inputs = List.of();
    // git keeps no empty directories: a fixture without input files has no in/ in a clone
    if (Files.isDirectory(in)) {
      try (Stream<Path> files = Files.walk(in)) {
        inputs = files.filter(Files::isRegularFile).sorted().toList();
      }
    }
    for (Path file : inputs) {
      Path target = repo.root().resolve(in.relativize(file).toString());
      Files.createDirectories(target.getParent());
      Files.copy(file, target);
    }
    for (String name : lines(fixture.resolve("executable"))) {
      Files.setPosixFilePermissions(
          repo.root().resolve(name), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    for (String link : lines(fixture.resolve("symlinks"))) {
      String[] parts = link.split(" -> ");
      Files.createSymbolicLink(repo.root().resolve(parts[0]), Path.of(parts[1]));
    }
    if (!inputs.isEmpty()) {
      repo.git("add", "-A");
    }
    List<String> args = lines(fixture.resolve("args"));
    BuiltinLanguage.Invocation run = BuiltinLanguage.invoke(entry, args, repo.root(), repo.env());
    String expectedOutput = Files.readString(fixture.resolve("output"), StandardCharsets.UTF_8);
    assertEquals(expectedOutput, new String(run.output(), StandardCharsets.UTF_8), "output");
    assertArrayEquals(Files.readAllBytes(fixture.resolve("output")), run.output(), "output bytes");
    assertEquals(
        Integer.parseInt(Files.readString(fixture.resolve("exit")).strip()),
        run.exitCode(),
        "exit code");
    for (Path file : inputs) {
      String name = in.relativize(file).toString();
      Path fixed = fixture.resolve("out").resolve(name);
      byte[] expected = Files.readAllBytes(Files.exists(fixed) ? fixed : file);
      assertEquals(
          new String(expected, StandardCharsets.ISO_8859_1),
          new String(Files.readAllBytes(repo.root().resolve(name)), StandardCharsets.ISO_8859_1),
          "content of " + name);
      if (Files.exists(fixed)) {
        assertTrue(
            run.changed().contains(name) || run.changed().contains("*"),
            name + " is reported as changed");
      }
    }
  }

  private static List<String> lines(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.isEmpty()) {
      return List.of();
    }
    return List.of(text.substring(0, text.length() - 1).split("\n", -1));
  }
}
