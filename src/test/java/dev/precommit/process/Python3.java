package dev.precommit.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Runs CPython as the reference implementation for differential tests. */
final class Python3 {
  private Python3() {}

  /** Runs {@code script} with {@code args}; skips the test when python3 is not installed. */
  static String run(Path cwd, String script, String... args)
      throws IOException, InterruptedException {
    Map<String, String> env = System.getenv();
    assumeTrue(
        Executables.findExecutable("python3", cwd, env).isPresent(), "python3 is not installed");
    List<String> argv = new ArrayList<>(List.of("python3", "-c", script));
    argv.addAll(List.of(args));
    Result result = new ProcessRunner().run(argv, cwd, env);
    assertEquals(0, result.exitCode(), result.outputText());
    return result.outputText();
  }

  /** Writes one hex-encoded UTF-8 string per line (hex keeps newlines and NULs intact). */
  static Path writeHexLines(Path dir, List<String> values) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String value : values) {
      lines.add(hex(value));
    }
    return Files.write(dir.resolve("cases.txt"), lines, StandardCharsets.US_ASCII);
  }

  static String hex(String value) {
    return HexFormat.of().formatHex(value.getBytes(StandardCharsets.UTF_8));
  }

  static String unhex(String hex) {
    return new String(HexFormat.of().parseHex(hex), StandardCharsets.UTF_8);
  }
}
