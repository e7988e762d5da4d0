package dev.precommit.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every corpus file through {@code validate-config} / {@code validate-manifest}: exit code, the
 * {@code =====>} line, the {@code ==> At} chain and the warnings must equal the verdicts that
 * pre-commit 4.6.2 gave ({@code ORACLE.tsv}).
 */
class CorpusConformanceTest {
  static final Path CORPUS = Path.of("src", "test", "resources", "corpus").toAbsolutePath();

  /**
   * Where we differ from pre-commit on purpose, file by file: pre-commit rejects {@code repo:
   * builtin} (it has no rev), which we accept as the catalog of built-in hooks (see docs/hooks.md).
   * Every other corpus file must get the oracle's verdict exactly.
   */
  static final java.util.Map<String, Verdict> DOCUMENTED_DIFFERENCES =
      java.util.Map.of("onnx__onnx.yaml", new Verdict("0", "ok", "", ""));

  @TempDir Path temp;

  record Verdict(String exitCode, String result, String where, String warnings) {}

  @TestFactory
  Stream<DynamicTest> everyCorpusFileGetsTheOraclesVerdict() throws IOException {
    List<String> rows = Files.readAllLines(CORPUS.resolve("ORACLE.tsv"), StandardCharsets.UTF_8);
    assertTrue(rows.size() > 200, "ORACLE.tsv must list the corpus");
    List<DynamicTest> tests = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] cols = row.split("\t", -1);
      String kind = cols[0];
      String file = cols[1];
      Verdict oracle = new Verdict(cols[2], cols[3], cols[4], cols[5]);
      Verdict expected = DOCUMENTED_DIFFERENCES.getOrDefault(file, oracle);
      tests.add(DynamicTest.dynamicTest(kind + " " + file, () -> check(kind, file, expected)));
    }
    return tests.stream();
  }

  @org.junit.jupiter.api.Test
  void theDocumentedDifferencesAreRealDifferencesFromTheOracle() throws IOException {
    List<String> rows = Files.readAllLines(CORPUS.resolve("ORACLE.tsv"), StandardCharsets.UTF_8);
    for (String name : DOCUMENTED_DIFFERENCES.keySet()) {
      String row =
          rows.stream().filter(r -> r.split("\t", -1)[1].equals(name)).findFirst().orElseThrow();
      assertTrue(row.contains("Missing required key: rev"), row);
    }
  }

  private void check(String kind, String file, Verdict expected) {
    Path path = CORPUS.resolve(kind.equals("config") ? "configs" : "manifests").resolve(file);
    TestRepo env = TestRepo.plainDirectory(temp);
    CliResult r =
        env.runIn(
            env.root(),
            kind.equals("config") ? "validate-config" : "validate-manifest",
            path.toString());
    assertEquals(expected, verdictOf(r, path.toString(), file), r::toString);
  }

  /** The same reduction make_oracle.py applies to pre-commit's output. */
  static Verdict verdictOf(CliResult r, String path, String base) {
    List<String> lines =
        (r.stdout() + r.stderr())
            .lines()
            .map(String::stripTrailing)
            .filter(l -> !l.isBlank())
            .collect(Collectors.toList());
    List<String> warnings = lines.stream().filter(l -> l.startsWith("[WARNING]")).toList();
    List<String> errors = lines.stream().filter(l -> !l.startsWith("[WARNING]")).toList();
    String msg;
    String where;
    if (r.exitCode() == 0) {
      msg = "ok";
      where = "";
    } else {
      msg =
          errors.stream()
              .filter(l -> l.startsWith("=====>"))
              .findFirst()
              .orElse(errors.isEmpty() ? "" : errors.get(0));
      where =
          errors.stream()
              .filter(l -> l.startsWith("==> ") && !l.startsWith("==> File "))
              .map(l -> l.substring(4))
              .collect(Collectors.joining(" / "));
    }
    return new Verdict(
        String.valueOf(r.exitCode()),
        clean(msg, path, base),
        clean(where, path, base),
        clean(String.join(" | ", warnings), path, base));
  }

  private static String clean(String s, String path, String base) {
    return s.replace("\t", " ").replace(path, base);
  }
}
