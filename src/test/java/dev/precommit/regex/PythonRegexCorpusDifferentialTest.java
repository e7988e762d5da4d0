package dev.precommit.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Acceptance test: every {@code files}/{@code exclude} regex in the shared corpus of real configs
 * and manifests selects exactly the paths that Python's {@code re.search} selects.
 */
class PythonRegexCorpusDifferentialTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "corpus").toAbsolutePath();
  private static final Path SRC_ZIP = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/lib/src.zip");

  /** Paths a repository might hold that the JDK sources do not exercise. */
  private static final List<String> CRAFTED =
      List.of(
          "",
          ".pre-commit-config.yaml",
          ".pre-commit-hooks.yaml",
          ".gitignore",
          ".github/workflows/ci.yml",
          ".github/ISSUE_TEMPLATE/bug.md",
          "foo/bar.py",
          "bar.py",
          "setup.py",
          "setup.cfg",
          "pyproject.toml",
          "README.md",
          "README.rst",
          "CHANGELOG.md",
          "LICENSE",
          "Makefile",
          "docs/conf.py",
          "docs/_templates/layout.html",
          "tests/fixtures/a.json",
          "tests/functional/m/missing/missing_final_newline.py",
          "src/pkg/__init__.py",
          "src/pkg/_vendor/six.py",
          "migrations/0001_initial.py",
          "app/migrations/0002_auto.py",
          "node_modules/x/index.js",
          "vendor/github.com/a/b.go",
          "a.min.js",
          "static/lib/jquery.js",
          "snapshots/__snapshots__/x.snap",
          "CHANGES/123.bugfix.rst",
          "changelog/1234.feature.rst",
          "changelog.d/+abc.feature.md",
          "crates/ruff_linter/resources/mdtest/x.md",
          "crates/ruff_linter/resources/test/x.py",
          "foo.py\n",
          "foo.py\n\n",
          "bar\n.py",
          "dir/\u00e9t\u00e9.py",
          "\u65e5\u672c\u8a9e/\u30d5\u30a1\u30a4\u30eb.md",
          "emoji/\ud83d\ude00.txt",
          "K\u212a/\u017f.py",
          "\u0130stanbul.PY",
          "UPPER/CASE.PY",
          "Dockerfile",
          "docker-compose.yml",
          "x.ipynb",
          "a b/c d.txt",
          "tab\there.py",
          "-leading-dash.py",
          "deep/a/b/c/d/e/f/g.yaml",
          "\u0661\u0662.py");

  @Test
  void corpusPatternsSelectTheSamePathsAsPythonReSearch() throws Exception {
    List<String> paths = paths();
    List<String> yamlFiles = new ArrayList<>();
    for (String dir : List.of("configs", "manifests")) {
      try (Stream<Path> files = Files.list(CORPUS.resolve(dir))) {
        files
            .filter(p -> p.toString().endsWith(".yaml"))
            .sorted()
            .forEach(p -> yamlFiles.add(p.toString()));
      }
    }
    assertTrue(yamlFiles.size() > 100, "corpus not found under " + CORPUS);

    List<String> pathJson = new ArrayList<>();
    paths.forEach(p -> pathJson.add(PythonOracle.json(p)));
    Path pathsFile = PythonOracle.writeTemp("paths", PythonOracle.jsonArray(pathJson));
    List<String> args = new ArrayList<>(List.of(PythonOracle.script().toString(), "corpus"));
    args.add(pathsFile.toString());
    args.addAll(yamlFiles);
    List<String> lines = PythonOracle.run(args, "");

    int patterns = 0;
    int accepted = 0;
    long comparisons = 0;
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += 2) {
      String pattern = PythonOracle.unjson(lines.get(i).substring("PATTERN ".length()));
      String verdict = lines.get(i + 1);
      patterns++;
      Pattern compiled;
      try {
        compiled = PythonRegex.compile(pattern);
      } catch (InvalidPythonRegexException e) {
        if (!verdict.startsWith("ERROR")) {
          mismatches.add(pattern + ": rejected (" + e.getMessage() + ") but Python accepts it");
        }
        continue;
      }
      if (verdict.startsWith("ERROR")) {
        mismatches.add(pattern + ": accepted but Python says " + verdict);
        continue;
      }
      accepted++;
      BitSet expected = new BitSet();
      String indices = verdict.substring("OK".length()).trim();
      if (!indices.isEmpty()) {
        for (String index : indices.split(",")) {
          expected.set(Integer.parseInt(index));
        }
      }
      Matcher matcher = compiled.matcher("");
      for (int p = 0; p < paths.size(); p++) {
        comparisons++;
        boolean found = matcher.reset(paths.get(p)).find();
        if (found != expected.get(p)) {
          mismatches.add(
              pattern
                  + " on "
                  + PythonOracle.json(paths.get(p))
                  + ": Java "
                  + found
                  + ", Python "
                  + expected.get(p));
        }
      }
    }
    System.out.printf(
        "corpus differential: %d yaml files, %d distinct patterns (%d valid), %d paths,"
            + " %d comparisons, %d mismatches%n",
        yamlFiles.size(), patterns, accepted, paths.size(), comparisons, mismatches.size());
    assertTrue(patterns > 300, "expected hundreds of corpus patterns, got " + patterns);
    assertEquals(List.of(), mismatches.subList(0, Math.min(50, mismatches.size())));
  }

  private static List<String> paths() throws Exception {
    assertTrue(Files.isRegularFile(SRC_ZIP), "path list source missing: " + SRC_ZIP);
    List<String> paths = new ArrayList<>();
    try (ZipFile zip = new ZipFile(SRC_ZIP.toFile())) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        paths.add(entries.nextElement().getName());
      }
    }
    assertTrue(paths.size() > 10_000, "src.zip has too few entries: " + paths.size());
    paths.addAll(CRAFTED);
    return paths;
  }
}
