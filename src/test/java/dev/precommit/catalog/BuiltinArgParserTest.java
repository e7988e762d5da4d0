package dev.precommit.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.precommit.process.PythonRepr;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The hooks' argument parsing against Python's own argparse (declared like the originals in
 * argparse_twins.py): the same file names, exit code and error text, byte for byte.
 */
class BuiltinArgParserTest {
  private static final List<List<String>> CASES =
      List.of(
          List.of("check-yaml", "a", "--unsafe", "b"),
          List.of("check-yaml", "a", "b", "--unsafe"),
          List.of("check-yaml", "--unsafe", "a", "--", "-b"),
          List.of("check-yaml", "-m", "--un", "a"),
          List.of("check-yaml", "--bogus", "a"),
          List.of("check-yaml", "-", "x"),
          List.of("check-yaml", "--allow", "a"),
          List.of("check-yaml", "-x y", "z"),
          List.of("check-yaml", "-mm", "a"),
          List.of("check-yaml", "--unsafe=1"),
          List.of("check-yaml", "-m1"),
          List.of("check-added-large-files", "--maxkb=x"),
          List.of("check-added-large-files", "--max", "5", "a"),
          List.of("check-added-large-files", "--maxkb"),
          List.of("check-added-large-files", "--maxkb", "-1", "a"),
          List.of("check-added-large-files", "--maxkb=\u0663", "a"),
          List.of("check-added-large-files", "--maxkb= 1_0 ", "a"),
          List.of("check-added-large-files", "--maxkb=1__0", "a"),
          List.of("check-added-large-files", "--enf", "a", "b"),
          List.of("check-added-large-files", "--", "--maxkb=1"),
          List.of("mixed-line-ending", "-fbogus"),
          List.of("mixed-line-ending", "-f=lf", "a"),
          List.of("mixed-line-ending", "-f", "crlf"),
          List.of("mixed-line-ending", "--fix"),
          List.of("mixed-line-ending", "-f"),
          List.of("mixed-line-ending", "--fix", "--", "a"),
          List.of("pretty-format-json", "--no"),
          List.of("pretty-format-json", "--no=1"),
          List.of("pretty-format-json", "--indent", "\t", "a"),
          List.of("pretty-format-json", "--top-keys=a,b"),
          List.of("pretty-format-json", "--no-s", "x"),
          List.of("file-contents-sorter", "--unique", "--ignore-case", "a"),
          List.of("file-contents-sorter"),
          List.of("file-contents-sorter", "--ignore-case", "--ignore-case", "a"),
          List.of("name-tests-test", "--django", "--pytest", "a"),
          List.of("name-tests-test", "--pytest", "--django"),
          List.of("name-tests-test", "--unittest", "a"),
          List.of("name-tests-test", "--pytest-t", "a"),
          List.of("name-tests-test", "--py", "a"),
          List.of("trailing-whitespace-fixer", "--markdown-linebreak-ext"),
          List.of("trailing-whitespace-fixer", "--markdown-linebreak-ext", "--", "a"),
          List.of("trailing-whitespace-fixer", "--chars=", "a"),
          List.of("trailing-whitespace-fixer", "--no-markdown", "a"),
          List.of("trailing-whitespace-fixer", "--m=md", "a"),
          List.of("trailing-whitespace-fixer", "--bogus-flag"),
          List.of("no-commit-to-branch", "a"),
          List.of("no-commit-to-branch", "-b", "x", "-p", "y"),
          List.of("no-commit-to-branch", "-bmain", "--pattern=release/.*"),
          List.of("no-commit-to-branch", "-b"),
          List.of("detect-aws-credentials"),
          List.of("detect-aws-credentials", "--credentials-file"),
          List.of("detect-aws-credentials", "a", "--allow-missing-credentials"),
          List.of("check-vcs-permalinks", "--additional-github-domain", "x", "a"),
          List.of("check-merge-conflict", "--assume-in-merge", "a", "b"),
          List.of("check-json", "-h"),
          List.of("check-json", "--help", "a"));

  @Test
  void argumentsParseAsArgparseParsesThem() throws IOException, InterruptedException {
    Assumptions.assumeTrue(BuiltinFixturesTest.hasPython3(), "python3 is not installed");
    StringBuilder input = new StringBuilder();
    for (List<String> c : CASES) {
      input.append(String.join("\u001f", c)).append('\n');
    }
    String script;
    try (InputStream in = getClass().getResourceAsStream("argparse_twins.py")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Process python = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
    try (OutputStream stdin = python.getOutputStream()) {
      stdin.write(input.toString().getBytes(StandardCharsets.UTF_8));
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, python.waitFor(), out);
    String[] expected = out.split("\u0000\n", -1);
    List<String> actual = new ArrayList<>();
    for (List<String> c : CASES) {
      actual.add(javaVerdict(c.get(0), c.subList(1, c.size())));
    }
    for (int i = 0; i < CASES.size(); i++) {
      assertEquals(expected[i], actual.get(i), String.join(" ", CASES.get(i)));
    }
  }

  private static String javaVerdict(String prog, List<String> argv) {
    ArgParser parser = Catalog.program(prog).parser();
    try {
      ArgParser.Parsed parsed = parser.parse(argv);
      List<String> quoted = parsed.filenames().stream().map(PythonRepr::string).toList();
      return "0\t[" + String.join(", ", quoted) + "]\n";
    } catch (ArgParser.Exit e) {
      return e.code() + "\t[]\n" + e.text();
    }
  }
}
