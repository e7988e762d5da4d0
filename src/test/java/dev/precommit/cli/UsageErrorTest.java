package dev.precommit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precommit.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Command-line mistakes end as argparse ends them: usage on stderr, then pre-commit 4.6.2's error
 * line (with our program name), exit 2, and nothing on stdout.
 */
class UsageErrorTest {
  @TempDir Path temp;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "run --bogus|precommit: error: unrecognized arguments: --bogus",
        "run a b|precommit: error: unrecognized arguments: b",
        "run --all-files --files x"
            + "|precommit run: error: argument --files: not allowed with argument --all-files/-a",
        "run --files x -a"
            + "|precommit run: error: argument --all-files/-a: not allowed with argument --files",
        "run --color|precommit run: error: argument --color: expected one argument",
        "run --color sometimes|precommit run: error: argument --color: invalid choice:"
            + " 'sometimes' (choose from 'auto', 'always', 'never')",
        "autoupdate -j x|precommit autoupdate: error: argument -j/--jobs: invalid int value: 'x'",
        "install -t nope|precommit install: error: argument -t/--hook-type: invalid choice: 'nope'"
            + " (choose from 'commit-msg', 'post-checkout', 'post-commit', 'post-merge',"
            + " 'post-rewrite', 'pre-commit', 'pre-merge-commit', 'pre-push', 'pre-rebase',"
            + " 'prepare-commit-msg')",
        "run --hook-stage nope|precommit run: error: argument --hook-stage: invalid choice: 'nope'"
            + " (choose from 'commit-msg', 'post-checkout', 'post-commit', 'post-merge',"
            + " 'post-rewrite', 'pre-commit', 'pre-merge-commit', 'pre-push', 'pre-rebase',"
            + " 'prepare-commit-msg', 'manual')",
      })
  void errorLineAndExitCodeAreArgparses(String args, String errorLine) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("HOME", temp.toString(), "PRECOMMIT_HOME", temp.resolve("store").toString()),
            temp,
            false,
            args.split(" "));
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, stderr);
    assertEquals("", out.toString(StandardCharsets.UTF_8));
    assertTrue(stderr.startsWith("usage: precommit"), stderr);
    assertTrue(stderr.endsWith("\n" + errorLine + "\n"), stderr);
  }

  @ParameterizedTest
  @CsvSource({"bogus"})
  void anUnknownCommandListsTheCommands(String command) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new ByteArrayOutputStream(),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("HOME", temp.toString()),
            temp,
            false,
            command);
    String stderr = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, stderr);
    assertTrue(
        stderr.contains(
            "precommit: error: argument command: invalid choice: 'bogus' (choose from 'run', "),
        stderr);
    assertTrue(!stderr.contains("__train"), stderr);
  }
}
